package io.storyline.clean.meta.date;

import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic pages, one behaviour each (the seeds are the golden case elsewhere). */
class PublishedDateResolverTest {

    private final PublishedDateResolver resolver = new PublishedDateResolver(text -> text.contains("Agency"));

    private Optional<PublishedDate> resolve(String page, Instant fetched) {
        return resolver.resolve(page, page, null, null, null, fetched);
    }

    @Test
    void weatherWidgetDateLosesToStoryClues() {
        String page = """
                21.3 C
                Paris
                Monday, May 6, 2024

                Minister names new envoy

                The minister, who took office on August 1, announced Tuesday that a new envoy will be named before the conference scheduled for October 3 in Geneva, officials said.
                Officials said the envoy would also cover trade talks and other matters for the government.

                https://t.example/abc 10, 2021 at 9:15AM
                from Example – News
                """;
        PublishedDate d = resolve(page, null).orElseThrow();
        assertEquals("2021-08-10", d.value(), d.evidence()); // a Tuesday between August 1 and October 3
        assertTrue(d.evidence().contains("overruled"), d.evidence());
    }

    @Test
    void labelledDatelineDecides() {
        String page = "Headline of the story\nPublished: 14 March 2019\nThe council met on Tuesday and said it would vote on the plan next week, members said after the meeting.";
        PublishedDate d = resolve(page, null).orElseThrow();
        assertEquals("2019-03-14", d.value());
        assertEquals(Granularity.DAY, d.granularity());
    }

    @Test
    void monthStampGivesMonth() {
        String page = "Headline of the story\nPublished: April 2023\nThe council met and said it would vote on the plan soon, members said after the long meeting.";
        assertEquals("2023-04", resolve(page, null).orElseThrow().value());
    }

    @Test
    void proseYearsAndWeekdaysAloneDateNothing() {
        String page = "Headline\nShares fell on Tuesday to their lowest level since 1996, traders said, as investors worried about the outlook for 1998 budgets.";
        assertTrue(resolve(page, null).isEmpty());
    }

    @Test
    void wireCopyrightDatesTheYearButSiteFooterDoesNot() {
        String story = "Headline\nThe ministry said on Monday it had approved the plan after months of talks with the unions and employers.\n";
        assertEquals("2020", resolve(story + "Copyright 2020 Example Agency.", null).orElseThrow().value());
        assertTrue(resolve(story + "© 2020 Example Site. All rights reserved.", null).isEmpty());
    }

    @Test
    void stampAfterCrawlTimeIsOverruled() {
        String page = "Headline\nMay 2, 2024\nPublished: March 3, 2030\nThe ministry said it had approved the plan after months of talks with unions and employers.";
        PublishedDate d = resolve(page, Instant.parse("2024-05-03T10:00:00Z")).orElseThrow();
        assertEquals("2024-05-02", d.value(), d.evidence());
        assertTrue(resolve("Headline\nPublished: March 3, 2030\nText.", Instant.parse("2024-05-03T10:00:00Z")).isEmpty());
    }

    @Test
    void metadataHintOutweighsPageStamps() {
        String page = "Headline\nJune 1, 2020\nText of the story that goes on for a while so that it reads as prose here.";
        PublishedDate d = resolver.resolve(page, page, null, "2020-06-03T08:00:00+02:00", null, null).orElseThrow();
        assertEquals("2020-06-03", d.value());
    }
}
