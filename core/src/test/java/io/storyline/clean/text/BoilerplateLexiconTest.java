package io.storyline.clean.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateLexiconTest {
    private final BoilerplateLexicon lexicon = new BoilerplateLexicon();

    private Optional<String> reason(String line) {
        return lexicon.reasonFor(line, LineFeatures.of(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[ad_1]|ad-marker",
            "ADVERTISEMENT|ad-marker",
            "— Advertisement —|ad-marker",
            "Publicité|ad-marker",
            "News » World » Asia|navigation",
            "Skip to main content|navigation",
            "Share Tweet Email|share-prompt",
            "Print Email Share|share-prompt",
            "Log in to Facebook or Google account to comment|share-prompt",
            "Sign up for our morning newsletter|share-prompt",
            "Leave a Reply|comment-widget",
            "12 Comments|comment-widget",
            "Your email address will not be published.|comment-widget",
            "Disclaimer: the publisher provides this content as is, without warranty of any kind.|legal-disclaimer",
            "© 2021 Example Media Group. All rights reserved.|copyright",
            "Copyright 2019 The Agency. May not be redistributed.|copyright",
            "Source link|source-link",
            "Quelle: dpa|source-link",
            "Tags: Economy, Trade, Asia|widget-heading",
            "Friday, March 29, 2024|date-widget",
            "1/30/2023 12:19:20 AM|date-widget",
            "Updated 3 hours ago|date-widget",
            "Published: 12 June 2017|date-widget",
            "72°F|date-widget",
            "NEWSWIRE30012023007066015264ID1105493060|tracking-id",
            "https://ift.tt/3GjW4XY 22, 2022 at 10:27PM|feed-stamp",
            "Sponsored: Cheap flights to Lisbon from $99|ad-marker",
            "READ MORE: Council rethinks riverside park|teaser",
            "Das FWR reagiert mit Entsetzen auf den Amoklauf. (Quelle: Fleischmann/Unsplash/DJV)|caption",
            "Twitter freischalten|embed-placeholder",
            "Lesezeit: 2 Minuten|reader-prompt",
            "<form class=\"third-party-services__configuration-form\" data-drupal-selector=\"x\">|markup"})
    void namesTheFurniture(String line, String expected) {
        assertEquals(Optional.of(expected), reason(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The company will share its quarterly results with investors on Friday, the spokesman said.",
            "Officials said the home of the former minister was searched on Monday.",
            "“We do not accept that,” the prime minister told parliament on Wednesday.",
            "SEOUL (Reuters) – The president arrived in Seoul on Sunday for a two-day visit.",
            "Council approves plan for riverside park",
            "Analysts widely had forecast a 0.2 percent rise in the consumer price index."})
    void leavesArticleLinesAlone(String line) {
        assertEquals(Optional.empty(), reason(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related Articles", "Read more", "Most Popular Articles", "Latest Post", "You may also like",
            "Lire aussi", "Mehr zum Thema", "Noticias relacionadas", "Leggi anche", "Leia também", "Lue aiheesta lisää:",
            "Czytaj także", "Läs också"})
    void recognisesBlockOpenersInSeveralLanguages(String line) {
        assertTrue(lexicon.isBlockOpener(line, LineFeatures.of(line)));
    }

    @Test
    void aSentenceAboutRelatedMattersIsNoOpener() {
        String line = "Related talks are expected to resume next week in Geneva.";
        assertFalse(lexicon.isBlockOpener(line, LineFeatures.of(line)));
    }

    @Test
    void feedOriginFollowsAFeedStamp() {
        assertTrue(lexicon.isFeedOrigin("from Example – Daily news"));
        assertFalse(lexicon.isFeedOrigin("From the start, the talks were tense."));
    }
}
