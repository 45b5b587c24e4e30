package io.storyline.clean.text;

import io.storyline.SharedData;
import io.storyline.clean.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real articles (TempEval-3 silver TimeML, never looked at while writing the rules) wrapped in generated
 * furniture by {@link NoiseInjector}; the extractor must keep the article lines and drop the noise.
 */
class NoiseInjectionTest {
    private static final int ARTICLES = 300;
    private static final long SEED = Long.getLong("noise.seed", 20240329L);

    static int articleLines;
    static int articleKept;
    static int noiseLines;
    static int noiseDropped;
    static int titles;
    static int titlesFound;
    static final List<String> leaks = new ArrayList<>();
    static final List<String> losses = new ArrayList<>();
    static final List<String> titleMisses = new ArrayList<>();
    static final Map<String, Integer> dropReasons = new java.util.TreeMap<>();

    @BeforeAll
    static void run() {
        Path folder = SharedData.path("data", "tempeval3", "TE3-Silver-data");
        List<TimeMlArticles.Article> articles = TimeMlArticles.sample(folder, 8, ARTICLES);
        NoiseInjector injector = new NoiseInjector(SEED);
        TextArticleExtractor extractor = new TextArticleExtractor();
        for (TimeMlArticles.Article article : articles) {
            List<NoiseInjector.Line> page = injector.page(article.title(), article.paragraphs());
            String dump = String.join("\n\n", page.stream().map(NoiseInjector.Line::text).toList());
            Extraction extraction = extractor.extract(dump);
            if (article.file().equals(System.getProperty("noise.debug"))) {
                System.out.println(dump + "\n----- title: " + extraction.title() + "\n" + extraction.text() + "\n-----");
                extraction.removed().forEach(r -> System.out.println("  - [" + r.reason() + "] " + r.block()));
            }
            Map<String, Integer> output = new HashMap<>();
            for (String line : extraction.text().split("\n")) {
                output.merge(line, 1, Integer::sum);
            }
            titles++;
            if (article.title().equals(extraction.title())) {
                titlesFound++;
            } else {
                titleMisses.add(article.title() + "  <>  " + extraction.title());
            }
            for (NoiseInjector.Line line : page) {
                if (line.label() == NoiseInjector.Label.ARTICLE) {
                    articleLines++;
                    if (take(output, line.text())) {
                        articleKept++;
                    } else {
                        losses.add(article.file() + ": " + line.text());
                    }
                }
            }
            Map<String, java.util.ArrayDeque<String>> reasonsByLine = new HashMap<>();
            extraction.removed().forEach(r -> reasonsByLine.computeIfAbsent(r.block(), k -> new java.util.ArrayDeque<>()).add(r.reason()));
            for (NoiseInjector.Line line : page) {
                if (line.label() == NoiseInjector.Label.NOISE) {
                    var reasons = reasonsByLine.get(line.text().strip());
                    if (reasons != null && !reasons.isEmpty()) {
                        dropReasons.merge(reasons.poll(), 1, Integer::sum);
                    }
                    noiseLines++;
                    if (take(output, line.text())) {
                        leaks.add(article.file() + ": " + line.text());
                    } else {
                        noiseDropped++;
                    }
                }
            }
        }
        System.out.printf("noise injection: %d articles, article lines kept %d/%d = %.4f, noise lines dropped %d/%d = %.4f, titles %d/%d%n",
                articles.size(), articleKept, articleLines, (double) articleKept / articleLines, noiseDropped, noiseLines,
                (double) noiseDropped / noiseLines, titlesFound, titles);
        System.out.println("  noise dropped by reason: " + dropReasons);
        losses.stream().limit(5).forEach(l -> System.out.println("  lost:   " + l));
        titleMisses.stream().limit(5).forEach(l -> System.out.println("  title:  " + l));
        leaks.stream().limit(5).forEach(l -> System.out.println("  leaked: " + l));
    }

    private static boolean take(Map<String, Integer> output, String line) {
        Integer count = output.get(line.strip());
        if (count == null || count == 0) {
            return false;
        }
        output.put(line.strip(), count - 1);
        return true;
    }

    @Test
    void keepsAtLeast98PercentOfArticleLines() {
        assertTrue(articleKept >= 0.98 * articleLines, () -> "kept " + articleKept + "/" + articleLines);
    }

    @Test
    void dropsAtLeast95PercentOfNoiseLines() {
        assertTrue(noiseDropped >= 0.95 * noiseLines, () -> "dropped " + noiseDropped + "/" + noiseLines);
    }

    /** Some TempEval TITLE elements are not headlines ("= (PICTURES) =", "by Martin Parry"), hence the lower floor. */
    @Test
    void findsMostHeadlines() {
        assertTrue(titlesFound >= 0.8 * titles, () -> "titles " + titlesFound + "/" + titles);
    }
}
