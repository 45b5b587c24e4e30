package io.storyline.nlp.quote;

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
 * Speaker accuracy on real news pages the rules were not written from (quote-speakers-sample.tsv, judged by
 * hand). Entity mentions come from {@link NameMarker}, a crude stand-in for the NER stage, so some errors are
 * its own.
 */
class QuoteSpeakerSampleTest {
    private static final Path PAGES = Path.of(System.getProperty("storyline.root", "."), "..", "shared", "data",
            "readability-test-pages");

    @Test
    void attributesMostQuotesOfUnseenPagesCorrectly() throws IOException {
        QuoteFinder finder = new QuoteFinder();
        Map<String, List<Quote>> quotesOfPage = new HashMap<>();
        Set<Quote> used = new HashSet<>();
        int right = 0;
        int total = 0;
        int attributed = 0;
        int attributedRight = 0;
        int withSpeaker = 0;
        for (String line : gold().split("\n")) {
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
        System.out.printf("quote speakers on %d hand-judged quotes: accuracy %.3f, speaker precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                total, right / (double) total, attributedRight / (double) attributed, attributedRight, attributed,
                attributedRight / (double) withSpeaker, attributedRight, withSpeaker);
        assertTrue(right / (double) total >= 0.80);
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

    private static String gold() throws IOException {
        try (InputStream in = QuoteSpeakerSampleTest.class.getResourceAsStream("quote-speakers-sample.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
