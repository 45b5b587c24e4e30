package io.storyline.clean.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineFeaturesTest {

    @Test
    void newsParagraphReadsAsProse() {
        assertTrue(LineFeatures.of("The central bank raised its main interest rate on Tuesday for the third time this year, "
                + "citing stubborn inflation in services.").isProse());
    }

    @Test
    void frenchAndGermanParagraphsReadAsProse() {
        assertTrue(LineFeatures.of("Le gouvernement a annoncé mardi une hausse des taxes sur les carburants, une mesure qui "
                + "devrait entrer en vigueur dans les prochains mois.").isProse());
        assertTrue(LineFeatures.of("Die Regierung hat am Dienstag eine Erhöhung der Steuern auf Kraftstoffe angekündigt, die "
                + "in den nächsten Monaten in Kraft treten soll.").isProse());
    }

    @Test
    void titleCasedLinkListIsNotProse() {
        LineFeatures list = LineFeatures.of("World Business Markets Opinion Climate Science Health Sport Culture Travel Video Podcasts");
        assertFalse(list.isProse());
        assertTrue(list.isTitleCased());
    }

    @Test
    void captionWithBracketedCreditEndsLikeASentence() {
        assertTrue(LineFeatures.of("Rescue workers search the rubble in Kathmandu on Monday. (Reuters)").endsLikeSentence());
        assertTrue(LineFeatures.of("The minister speaks in Brussels on Wednesday. [AP/YONHAP]").endsLikeSentence());
    }

    @Test
    void headlineIsHeadlineLikeButASentenceIsNot() {
        assertTrue(LineFeatures.of("Council approves plan for riverside park").isHeadlineLike());
        assertFalse(LineFeatures.of("The council approved the plan on Monday.").isHeadlineLike());
        assertFalse(LineFeatures.of("Menu").isHeadlineLike());
    }

    @Test
    void urlsAndEmailsAreSeen() {
        assertTrue(LineFeatures.of("Read it at https://example.com/story").hasUrl());
        assertTrue(LineFeatures.of("BY JANE DOE [jane.doe@example.com]").hasEmail());
    }

    @Test
    void chineseTextCountsWordsFromCharacters() {
        LineFeatures chinese = LineFeatures.of("国家统计局周二公布的数据显示，今年前三季度国内生产总值同比增长百分之五，高于市场普遍预期，消费和投资均有所回升。");
        assertTrue(chinese.spaceless());
        assertTrue(chinese.words() >= 20);
        assertTrue(chinese.isProse());
    }
}
