package io.storyline.clean.meta.date;

import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

    private String solved(String page, PageDateHints hints) {
        return resolver.solve(resolver.clues(page, page, null, hints)).map(x -> x.published().value()).orElse(null);
    }

    private static PageDateHints german(String published, String modified) {
        return new PageDateHints(published, modified, null, null, "de");
    }

    private static final String PROSE = "Der Gemeinderat hat am Dienstag beschlossen, dass die neue Schule im Ort gebaut wird.";

    @Test
    void germanOrdinalDateUnderTheHeadlineDatesThePage() {
        assertEquals("2015-08-03", solved("Nummer zwei: Leo\n3. August 2015 · Filed under Allgemein\n" + PROSE, german(null, null)));
    }

    @Test
    void bracketedDatelineOpeningTheStoryDatesThePage() {
        assertEquals("2018-01-18", solved("Neue Schule\n(18.01.2018) " + PROSE + " " + PROSE, german(null, null)));
        assertEquals("2021-11-12", solved("Neue Schule\nKarlsruhe, (12.11.2021). " + PROSE, german(null, null)));
    }

    @Test
    void dateInOrdinaryProseIsNoDateline() {
        String page = "Headline\nOn July 31, 2019, U.S. officials said that the new rules would take effect next year.";
        assertNotEquals("2019-07-31", solved(page, new PageDateHints(null, null, null, null, "en")));
    }

    @Test
    void modifiedTimePrintedOnThePageOutweighsAnOlderPublishedTime() {
        String page = "Schmerzen bei Fischen\n12.01.2022\n" + PROSE;
        assertEquals("2022-01-12", solved(page, german("2021-11-29T14:13:37+00:00", "2022-01-12T14:27:30+00:00")));
    }

    @Test
    void publishedTimeWinsOverAModifiedTimeThePageDoesNotShow() {
        assertEquals("2021-11-29", solved("Schmerzen bei Fischen\n" + PROSE, german("2021-11-29T14:13:37+00:00", "2022-01-12T14:27:30+00:00")));
    }

    @Test
    void localMidnightWrittenInUtcIsReadInTheOutletsZone() {
        assertEquals("2021-11-05", solved("Wahlen\n" + PROSE, german("2021-11-04T23:00Z", null)));
        assertEquals("2019-10-18", solved("Wahlen\n" + PROSE, german("2019-10-18T22:04:00Z", null)));
        assertEquals("2021-11-04", solved("Wahlen\n" + PROSE, german("2021-11-04T23:00+01:00", null)));
    }

    @Test
    void weekdayDateInTheAddressMonthIsThePostsOwnDate() {
        String page = "Friday, December 23, 2016\nMy winter reading list\nThese are the books that I want to read over the holidays this year.";
        PageDateHints hints = new PageDateHints(null, null, "https://someone.blogspot.com/2016/12/reading.html", null, "en");
        assertEquals("2016-12-23", solved(page, hints));
    }

    @Test
    void germanPublicationLabelOnTheLineAboveDatesThePage() {
        String page = """
                Ältere Beiträge
                Liebe Menschen Europas
                Publiziert am
                13. Januar 2014
                von Autor
                Die Versammlung hat am Wochenende beschlossen, die Erklärung an alle Menschen in Europa zu richten, sagten die Sprecher.
                Kommentare: 12. Mai 2012
                """;
        assertEquals("2014-01-13", solved(page, german(null, null)));
    }

    @Test
    void frenchUpdateLabelMakesADateALaterChangeNotThePublication() {
        String page = "Titre de l'article\nPublié le 3 mars 2021\nMis à jour le 5 mars 2021\n"
                + "Le conseil municipal a voté le plan après des mois de discussions avec les habitants du quartier.";
        assertEquals("2021-03-03", solved(page, new PageDateHints(null, null, null, null, "fr")));
    }

    @Test
    void dateAsAPieceOfABloggersMetaLineIsTheStamp() {
        String page = """
                Nummer zwei: Leo
                3. August 2015 · Filed under ziemlich privat
                Es ist schon einige Zeit her, als Henry auf die Welt kam. Vor ein paar Tagen hat es auch Leo geschafft, Nummer zwei.
                Archive
                August 2015 (1)
                Oktober 2014 (1)
                """;
        assertEquals("2015-08-03", solved(page, german(null, null)));
    }

    @Test
    void stampAtTheStorysHeadBeatsAListStampFarAboveIt() {
        String page = """
                Édition du 12 octobre 2020
                Recherche
                Connexion
                Éditions précédentes
                Tous les sites
                Qui sommes-nous
                Libre cours : la violence me manque
                Par Matthieu Hy
                le 07 Mai 2020
                C'est la guerre. Et pourtant, à moi aussi, la violence me manque. Faute d'audiences, certains s'essaient à la tribune.
                Je fais des efforts pour m'intéresser. Je sais par exemple que le sort des juges n'est pas plus enviable que celui des avocats.
                """;
        String value = resolver.solve(resolver.clues(page, page.lines().skip(9).reduce("", (a, b) -> a + b + "\n"),
                "Libre cours : la violence me manque", new PageDateHints(null, null, null, null, "fr")))
                .map(x -> x.published().value()).orElse(null);
        assertEquals("2020-05-07", value);
    }

    @Test
    void scriptDataDatesAPageWithNothingElseButLosesToAVisibleStamp() {
        String story = "Headline\nThe shop describes the coffee grown at two thousand metres above the sea in the south of the country.\n";
        assertEquals("2019-03-02", solved(story, new PageDateHints(null, null, null, null, "en", "2019-03-02T06:22:28+01:00")));
        assertEquals("2019-04-10", solved("Headline\nApril 10, 2019\n" + story.substring(9),
                new PageDateHints(null, null, null, null, "en", "2019-03-02T06:22:28+01:00")));
    }
}
