package io.storyline.clean.meta.date;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.clean.PublishedDate;
import io.storyline.clean.meta.ReadabilityPages;
import io.storyline.clean.meta.WireAgencies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unseen data: the 130 pages of Mozilla Readability's test suite, whose expected metadata gives publishedTime
 * for 33. The resolver reads the page's visible text block by block; hints carry only a quick scrape of
 * JSON-LD datePublished / article:published_time (the real hint extraction is another stage's job). Measured
 * twice: with that hint, and from the visible text alone, which is what the clue solver is worth by itself.
 */
class ReadabilityPagesDateTest {

    record Page(String name, String text, String title, String scrapedPublished, LocalDate truth) {
    }

    static List<Page> pages = new ArrayList<>();

    @BeforeAll
    static void load() {
        for (ReadabilityPages.Page p : ReadabilityPages.load()) {
            JsonNode published = p.expected().path("publishedTime");
            pages.add(new Page(p.name(), p.text(), p.title(), p.scrapedPublished(),
                    published.isTextual() ? LocalDate.parse(published.asText().substring(0, 10)) : null));
        }
    }

    static DateTally run(boolean withHint, List<String> datedWithoutTruth) {
        PublishedDateResolver resolver = new PublishedDateResolver(new WireAgencies()::namedIn);
        DateTally tally = new DateTally();
        for (Page p : pages) {
            PublishedDate got = resolver.resolve(p.text(), p.text(), p.title(), withHint ? p.scrapedPublished() : null, null, null)
                    .orElse(null);
            if (p.truth() != null) {
                int wrong = tally.wrong;
                tally.add(p.truth(), got);
                if (System.getenv("DEBUG_DATES") != null && (tally.wrong > wrong || got == null)) {
                    System.out.println("WRONG " + p.name() + " truth " + p.truth() + " hint " + p.scrapedPublished() + " got " + got);
                }
            } else if (got != null) {
                datedWithoutTruth.add(p.name() + "=" + got.value());
            }
        }
        return tally;
    }

    @Test
    void datesPagesFromScrapedHint() {
        List<String> extra = new ArrayList<>();
        DateTally t = run(true, extra);
        System.out.println("Readability pages with publishedTime, hint + text: " + t + "; dated without truth: " + extra.size());
        assertTrue(t.pages >= 30, t.toString());
        assertTrue(t.right >= 31, t.toString());
        assertTrue(t.wrong <= 1, t.toString());
    }

    @Test
    void datesPagesFromVisibleTextAlone() {
        List<String> extra = new ArrayList<>();
        DateTally t = run(false, extra);
        System.out.println("Readability pages with publishedTime, text only: " + t + "; dated without truth: " + extra.size() + " " + extra);
        assertTrue(t.right + t.withinDay >= 10, t.toString());
        assertTrue(t.wrong <= 2, t.toString());
    }
}
