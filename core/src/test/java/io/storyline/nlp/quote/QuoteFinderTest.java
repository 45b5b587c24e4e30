package io.storyline.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up articles with names and roles unlike the seeds'. */
class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private static Quote quote(List<Quote> quotes, String opening) {
        return quotes.stream().filter(q -> q.text().startsWith(opening)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + opening + " in " + quotes.stream().map(Quote::text).toList()));
    }

    private static String speaker(List<Quote> quotes, String opening) {
        EntityMention s = quote(quotes, opening).speaker();
        return s == null ? null : s.surface();
    }

    private static final String HEALTH = """
            Funding gap widens at health agency

            WHO Director-General Maria Okafor warned on Monday that money was running short.
            “We cannot continue like this for another year,” the WHO chief told reporters in Geneva. "Countries must pay what they promised."
            Brazilian Foreign Minister Carlos Mendes said his government "will honour every commitment it has made".
            “This is not the time for excuses,” Mendes added.
            “We will meet again in March and again in June,” he said.
            According to Okafor, “the shortfall is now larger than at any time since the agency began.”
            “The agency needs stable money,” said Hiroshi Tanaka, a spokesman for the Japanese Health Ministry.
            “Nobody can run hospitals on promises,” the director-general was quoted as saying by local radio.
            “Stable budgets save lives,” said the foreign minister.
            """;

    private List<Quote> healthQuotes() {
        return finder.find(HEALTH, Mentions.of(HEALTH, "PERSON:Maria Okafor", "PERSON:Okafor", "PERSON:Carlos Mendes",
                "PERSON:Mendes", "PERSON:Hiroshi Tanaka", "ORGANIZATION:WHO", "ORGANIZATION:Health Ministry",
                "LOCATION:Geneva"));
    }

    @Test
    void roleNominalResolvesToThePersonGivenThatTitle() {
        assertEquals("Maria Okafor", speaker(healthQuotes(), "We cannot continue"));
        assertEquals("Maria Okafor", speaker(healthQuotes(), "Nobody can run hospitals"));
        assertEquals("Carlos Mendes", speaker(healthQuotes(), "Stable budgets save lives"));
    }

    @Test
    void quoteAfterAttributedOneInSameParagraphContinuesIt() {
        Quote q = quote(healthQuotes(), "Countries must pay");
        assertEquals("Maria Okafor", q.speaker().surface());
        assertTrue(q.evidence().startsWith("continues"), q.evidence());
    }

    @Test
    void surnameResolvesToFullNameAndPronounToLatestSpeaker() {
        assertEquals("Carlos Mendes", speaker(healthQuotes(), "will honour every commitment"));
        assertEquals("Carlos Mendes", speaker(healthQuotes(), "This is not the time"));
        assertEquals("Carlos Mendes", speaker(healthQuotes(), "We will meet again"));
        assertEquals("Maria Okafor", speaker(healthQuotes(), "the shortfall is now larger"));
    }

    @Test
    void saidPersonCommaRoleTakesThePerson() {
        Quote q = quote(healthQuotes(), "The agency needs stable money");
        assertEquals("Hiroshi Tanaka", q.speaker().surface());
        assertEquals(HEALTH.indexOf("Hiroshi Tanaka"), q.speaker().start());
    }

    @Test
    void quoteOffsetsCoverTheQuotedWords() {
        for (Quote q : healthQuotes()) {
            assertEquals(q.text(), HEALTH.substring(q.start(), q.end()));
        }
    }

    private static final String TALKS = """
            Koreas agree to reopen hotline

            SEOUL (Wire) - Park Min-jun, the unification minister, said in a statement on Friday:
            “The talks will resume next week in the border village.

            “Both sides have agreed to keep the channel open at all times,” he said.
            Park described the deal as "a modest but real step forward".
            Opposition lawmaker Choi Eun-ha told a radio station that the deal was "far too little, far too late".
            Choi was quoted as saying: "We have heard these promises many times before."
            "There is no timetable for a summit," the ministry said in a separate note.
            "Nothing about this is new at all."
            """;

    @Test
    void multiParagraphQuoteIsOneQuoteAttributedByItsClosingCue() {
        List<Quote> quotes = finder.find(TALKS, Mentions.of(TALKS, "PERSON:Park Min-jun", "PERSON:Park",
                "PERSON:Choi Eun-ha", "PERSON:Choi", "ORGANIZATION:Wire", "LOCATION:SEOUL"));
        Quote first = quote(quotes, "The talks will resume");
        assertTrue(first.text().contains("\nBoth sides have agreed"), first.text());
        assertEquals("Park Min-jun", first.speaker().surface());
        assertEquals("Park Min-jun", speaker(quotes, "a modest but real step"));
        assertEquals("Choi Eun-ha", speaker(quotes, "far too little"));
        assertEquals("Choi Eun-ha", speaker(quotes, "We have heard these promises"));
    }

    @Test
    void organisationSpeakerAndItsContinuation() {
        List<Quote> quotes = finder.find(TALKS, Mentions.of(TALKS, "PERSON:Park Min-jun", "PERSON:Choi Eun-ha",
                "ORGANIZATION:ministry"));
        assertEquals("ministry", speaker(quotes, "There is no timetable"));
        assertEquals("ministry", speaker(quotes, "Nothing about this is new"));
    }

    @Test
    void noCueNoSpeaker() {
        String text = "Markets fell.\n“This is a disaster for savers,” read a banner outside.\n“Prices will recover soon enough.”";
        List<Quote> quotes = finder.find(text, List.of());
        assertEquals(2, quotes.size());
        assertNull(quotes.get(0).speaker());
        assertNull(quotes.get(1).speaker());
    }

    @Test
    void pronounWithoutAnEarlierPersonStaysUnattributed() {
        String text = "“We will appeal the ruling in full,” she said.";
        assertNull(finder.find(text, List.of()).get(0).speaker());
    }

    @Test
    void scareQuotesAreLeftOut() {
        String text = "The ministry called it an “unfriendly” move by “hostile forces”.";
        assertEquals(List.of(), finder.find(text, List.of()));
    }

    @Test
    void vagueTitleOfAnotherOrganisationDoesNotResolve() {
        String text = "IMF Managing Director Ana Ruiz spoke first.\n“Rates must stay high for longer,” said the World Bank chief.";
        List<Quote> quotes = finder.find(text, Mentions.of(text, "PERSON:Ana Ruiz", "ORGANIZATION:IMF"));
        assertNull(quotes.get(0).speaker(), quotes.get(0).evidence());
    }

    @Test
    void deputyIsNotTheMinister() {
        String text = "Deputy Foreign Minister Sven Holt arrived.\n“We are ready to sign the accord,” the foreign minister said.";
        List<Quote> quotes = finder.find(text, Mentions.of(text, "PERSON:Sven Holt"));
        assertNull(quotes.get(0).speaker(), quotes.get(0).evidence());
    }

    @Test
    void questionQuoteIsAttributedAcrossTheSplitAfterItsQuestionMark() {
        String text = "“Will the bank cut rates again this year?” Nadia Petrova said.";
        List<Quote> quotes = finder.find(text, Mentions.of(text, "PERSON:Nadia Petrova"));
        assertEquals("Nadia Petrova", quotes.get(0).speaker().surface());
    }

    @Test
    void titleBeforeAnUnmarkedNameIsNoBackReference() {
        String text = "Finnish President Aino Virta spoke first.\n“We must talk about the border,” President Lund told reporters.";
        List<Quote> quotes = finder.find(text, Mentions.of(text, "PERSON:Aino Virta"));
        assertNull(quotes.get(0).speaker(), quotes.get(0).evidence());
    }

    @Test
    void speakerIsSoughtInTheClauseNearestTheVerbFirst() {
        String text = "Omar Haddad arrived.\nAfter the vote in Paris, with Julia Brandt watching, he said “the result is a mandate for change”.";
        List<Quote> quotes = finder.find(text, Mentions.of(text, "PERSON:Omar Haddad", "PERSON:Julia Brandt", "LOCATION:Paris"));
        assertEquals("Omar Haddad", quotes.get(0).speaker().surface());
    }

    @Test
    void pronounFallsBackToTheLatestPersonMentioned() {
        String text = "At the harbour, skipper Lena Moss checks her nets.\n“Nobody fishes like this any more,” she said.";
        List<Quote> quotes = finder.find(text, Mentions.of(text, "PERSON:Lena Moss"));
        assertEquals("Lena Moss", quotes.get(0).speaker().surface());
        assertTrue(quotes.get(0).evidence().contains("latest person mentioned"), quotes.get(0).evidence());
    }

    @Test
    void shortQuotePassesItsSpeakerToTheQuoteAfterIt() {
        String text = "“I’m not,” Mr. Osei said. “This is the easy part of the job.”";
        List<Quote> quotes = finder.find(text, Mentions.of(text, "PERSON:Osei"));
        assertEquals(1, quotes.size());
        assertEquals("Osei", quotes.get(0).speaker().surface());
    }

    @Test
    void itResolvesToTheLatestOrganisationSubject() {
        String text = "Lena Moss bought the pills online.\nThe Food Safety Board warned buyers on Monday.\n"
                + "“Do not take any tablets sold as slimming aids,” it said in a statement.";
        List<Quote> quotes = finder.find(text, Mentions.of(text, "PERSON:Lena Moss", "ORGANIZATION:Food Safety Board"));
        assertEquals("Food Safety Board", quotes.get(0).speaker().surface());
    }
}
