package io.storyline.nlp.quote;

import io.storyline.SharedData;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.nlp.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Speaker accuracy on real news pages, judged by hand: quote-speakers-sample.tsv (10 pages; its first run scored
 * accuracy 0.832, then rules were improved with its errors in view) and quote-speakers-heldout.tsv (13 other pages,
 * judged after that, not tuned to). Entity mentions come from {@link NameMarker}, a crude stand-in for the NER stage, so some errors are
 * its own.
 */
class QuoteSpeakerSampleTest {
    private static final Path PAGES = SharedData.path("data",
            "readability-test-pages");

    @Test
    void attributesMostQuotesOfSamplePagesCorrectly() throws IOException {
        assertTrue(accuracy("quote-speakers-sample.tsv") >= 0.85);
    }

    @Test
    void attributesQuotesOfHeldOutPagesWithHighPrecision() throws IOException {
        assertTrue(accuracy("quote-speakers-heldout.tsv") >= 0.70);
    }

    private static double accuracy(String goldFile) throws IOException {
        QuoteFinder finder = new QuoteFinder();
        Map<String, List<Quote>> quotesOfPage = new HashMap<>();
        Set<Quote> used = new HashSet<>();
        int right = 0;
        int total = 0;
        int attributed = 0;
        int attributedRight = 0;
        int withSpeaker = 0;
        for (String line : gold(goldFile).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            List<Quote> quotes = quotesOfPage.computeIfAbsent(cols[0], page -> find(finder, page));
            Quote quote = quotes.stream().filter(q -> !used.contains(q) && q.text().replace('\n', ' ').startsWith(cols[1]))
                    .findFirst().orElse(null);
            total++;
            boolean expectsSpeaker = !cols[2].equals("-");
            withSpeaker += expectsSpeaker ? 1 : 0;
            if (quote == null) {
                System.out.println("quote not found: " + cols[0] + " " + cols[1]);
                continue;
            }
            used.add(quote);
            boolean correct = expectsSpeaker ? quote.speaker() != null && quote.speaker().surface().contains(cols[2])
                    : quote.speaker() == null;
            right += correct ? 1 : 0;
            if (quote.speaker() != null) {
                attributed++;
                attributedRight += correct ? 1 : 0;
            }
            if (!correct) {
                System.out.println("wrong: " + cols[0] + " [" + cols[1] + "] want " + cols[2] + ", got "
                        + (quote.speaker() == null ? "-" : quote.speaker().surface()) + " | " + quote.evidence());
            }
        }
        System.out.printf("%s: quote speakers on %d hand-judged quotes: accuracy %.3f, speaker precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                goldFile, total, right / (double) total, attributedRight / (double) attributed, attributedRight, attributed,
                attributedRight / (double) withSpeaker, attributedRight, withSpeaker);
        return right / (double) total;
    }

    private static List<Quote> find(QuoteFinder finder, String page) {
        try {
            String html = Files.readString(PAGES.resolve(page).resolve("expected.html"));
            String text = String.join("\n", Jsoup.parse(html).select("p, h1, h2, h3, li, blockquote > p").eachText());
            return finder.find(text, NameMarker.mark(text));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String gold(String file) throws IOException {
        try (InputStream in = QuoteSpeakerSampleTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
