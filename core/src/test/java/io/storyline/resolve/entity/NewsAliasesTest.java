package io.storyline.resolve.entity;

import io.storyline.nlp.EntityMention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ways news names one thing differently across articles, and look-alike names that must stay apart. */
class NewsAliasesTest {
    private final EntityResolver resolver = new EntityResolver();
    private long order;

    /** An article whose mentions are the given "TYPE:surface" strings, found in order in the text. */
    private ArticleMentions article(String text, String... typedSurfaces) {
        List<EntityMention> mentions = new ArrayList<>();
        int from = 0;
        for (String ts : typedSurfaces) {
            String type = ts.substring(0, ts.indexOf(':'));
            String surface = ts.substring(ts.indexOf(':') + 1);
            int at = text.indexOf(surface, from);
            mentions.add(new EntityMention(type, surface, at, at + surface.length()));
            from = at + surface.length();
        }
        long n = order++;
        return new ArticleMentions("a" + n, n, mentions, List.of(), text, true);
    }

    private static Entity named(Resolution r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + r.entities()));
    }

    @Test
    void aCourtesyWordMakesAPersonAndJoinsTheFullName() {
        Resolution r = resolver.resolve(List.of(
                article("Liliane Bettencourt died. Ms. Bettencourt was 94.", "PERSON:Liliane Bettencourt", "LOCATION:Ms. Bettencourt")));
        Entity e = named(r, "Liliane Bettencourt");
        assertEquals("PERSON", e.type());
        assertTrue(e.aliases().contains("Ms. Bettencourt"));
    }

    @Test
    void legalFormsAndShortCompanyNamesJoinTheCompany() {
        Resolution r = resolver.resolve(List.of(
                article("Microsoft Corp. and Toyota Motor Corp. agreed.", "ORGANIZATION:Microsoft Corp.", "ORGANIZATION:Toyota Motor Corp."),
                article("Microsoft said Toyota would buy.", "ORGANIZATION:Microsoft", "ORGANIZATION:Toyota")));
        assertEquals(named(r, "Microsoft Corp.").id(), named(r, "Microsoft").id());
        assertEquals(named(r, "Toyota Motor Corp.").id(), named(r, "Toyota").id());
    }

    @Test
    void aShortNameOfTwoCompaniesJoinsNeither() {
        Resolution r = resolver.resolve(List.of(
                article("Mitsubishi Corp. and Mitsubishi Heavy Industries Ltd. bid.", "ORGANIZATION:Mitsubishi Corp.",
                        "ORGANIZATION:Mitsubishi Heavy Industries Ltd."),
                article("Mitsubishi Motors Corp. rose.", "ORGANIZATION:Mitsubishi Motors Corp.")));
        assertNotEquals(named(r, "Mitsubishi Corp.").id(), named(r, "Mitsubishi Heavy Industries Ltd.").id());
        assertNotEquals(named(r, "Mitsubishi Motors Corp.").id(), named(r, "Mitsubishi Heavy Industries Ltd.").id());
    }

    @Test
    void aMiddleNameOrGenerationDroppedIsOnePersonButTwoMiddleNamesAreTwo() {
        Resolution r = resolver.resolve(List.of(
                article("James A. Baker III led it.", "PERSON:James A. Baker III"),
                article("James Baker spoke.", "PERSON:James Baker"),
                article("George W. Bush and George H. W. Bush met.", "PERSON:George W. Bush", "PERSON:George H. W. Bush")));
        assertEquals(named(r, "James A. Baker III").id(), named(r, "James Baker").id());
        assertNotEquals(named(r, "George W. Bush").id(), named(r, "George H. W. Bush").id());
    }

    @Test
    void anAcronymInAnotherArticleJoinsItsOnlyExpansion() {
        Resolution r = resolver.resolve(List.of(
                article("The Centers for Disease Control and Prevention warned.", "ORGANIZATION:Centers for Disease Control and Prevention"),
                article("The CDC said so, and the U.S. agreed.", "ORGANIZATION:CDC", "LOCATION:U.S."),
                article("The United States agreed.", "LOCATION:United States")));
        assertEquals(named(r, "CDC").id(), named(r, "Centers for Disease Control and Prevention").id());
        assertEquals(named(r, "U.S.").id(), named(r, "United States").id());
        assertTrue(named(r, "CDC").merges().stream().anyMatch(m -> m.rule().startsWith("acronym")));
    }

    @Test
    void aSurnameJoinsTheFullNameThatDominatesTheCorpus() {
        List<ArticleMentions> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(article("Donald Trump spoke.", "PERSON:Donald Trump"));
        }
        articles.add(article("Melania Trump spoke.", "PERSON:Melania Trump"));
        articles.add(article("Trump said.", "PERSON:Trump"));
        Resolution r = resolver.resolve(articles);
        assertEquals(named(r, "Donald Trump").id(), named(r, "Trump").id());
        assertNotEquals(named(r, "Donald Trump").id(), named(r, "Melania Trump").id());
    }

    @Test
    void englishWordsAndShortWordsAreNotRomanisationsOfANameThoughTheirKeysAgree() {
        Resolution r = resolver.resolve(List.of(
                article("Nissan Motor rose.", "ORGANIZATION:Nissan Motor"),
                article("Nissan Mutual fell.", "ORGANIZATION:Nissan Mutual"),
                article("Ford spoke.", "ORGANIZATION:Ford"),
                article("Fourth spoke.", "ORGANIZATION:Fourth"),
                article("Muammar Gaddafi spoke.", "PERSON:Muammar Gaddafi"),
                article("Muammar Qadhafi spoke.", "PERSON:Muammar Qadhafi")));
        assertEquals(NameKey.of("Nissan Motor"), NameKey.of("Nissan Mutual"));
        assertNotEquals(named(r, "Nissan Motor").id(), named(r, "Nissan Mutual").id());
        assertNotEquals(named(r, "Ford").id(), named(r, "Fourth").id());
        assertEquals(named(r, "Muammar Gaddafi").id(), named(r, "Muammar Qadhafi").id());
    }
}
