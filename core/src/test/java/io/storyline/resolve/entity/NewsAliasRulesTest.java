package io.storyline.resolve.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alias rules beyond equal keys, each on articles made up for it: the ways news names one thing differently
 * across articles, and the look-alike names that must stay apart.
 */
class NewsAliasRulesTest {
    private final EntityResolver resolver = new EntityResolver();
    private final TaggedArticles articles = new TaggedArticles();

    private static String id(Resolution r, String name) {
        return TaggedArticles.named(r, name).id();
    }

    @Test
    void aCourtesyWordTheTaggerLeftOutIsListedWithTheNameAndMakesAPerson() {
        Resolution r = resolver.resolve(List.of(articles.article("a",
                "Senator Mark Halvorsen spoke. Later Mr. Halvorsen left; Ms. Okafor, who said nothing, stayed.", true,
                "PERSON:Mark Halvorsen", "PERSON:Halvorsen", "LOCATION:Okafor")));
        Entity halvorsen = TaggedArticles.named(r, "Mark Halvorsen");
        assertEquals("Mark Halvorsen", halvorsen.name(), "a courtesy word does not make a name fuller");
        assertTrue(halvorsen.aliases().containsAll(List.of("Halvorsen", "Mr. Halvorsen")), halvorsen.aliases().toString());
        assertEquals("PERSON", TaggedArticles.named(r, "Ms. Okafor").type());
    }

    @Test
    void aSurnameAloneJoinsAFullNameTheTaggerTookForAPlace() {
        Resolution r = resolver.resolve(List.of(articles.article("a",
                "Liliane Bettencourt died on Thursday. Bettencourt was 94.", true,
                "LOCATION:Liliane Bettencourt", "PERSON:Bettencourt")));
        Entity e = TaggedArticles.named(r, "Bettencourt");
        assertEquals("Liliane Bettencourt", e.name());
        assertEquals("PERSON", e.type());
        assertTrue(e.typedBy().contains("Bettencourt"), e.typedBy());
    }

    @Test
    void aSurnameAloneDoesNotRetypeANameMadeOfEnglishWords() {
        Resolution r = resolver.resolve(List.of(articles.article("a",
                "The Iron Lady Sirleaf Foundation opened. Sirleaf spoke.", true,
                "ORGANIZATION:Iron Lady Sirleaf Foundation", "PERSON:Sirleaf")));
        assertNotEquals(id(r, "Iron Lady Sirleaf Foundation"), id(r, "Sirleaf"));
        assertEquals("ORGANIZATION", TaggedArticles.named(r, "Iron Lady Sirleaf Foundation").type());
    }

    @Test
    void aSurnameWithoutItsArticleJoinsTheFullNameInAnotherArticle() {
        Resolution r = resolver.resolve(List.of(
                articles.article("a", "Nuri al-Maliki arrived.", true, "PERSON:Nuri al-Maliki"),
                articles.article("b", "Maliki said no.", true, "PERSON:Maliki")));
        assertEquals(id(r, "Nuri al-Maliki"), id(r, "Maliki"));
    }

    @Test
    void aMiddleNameDroppedAcrossOutletsIsOnePerson() {
        Resolution r = resolver.resolve(List.of(
                articles.article("cnn", "Recep Erdogan apologised.", true, "PERSON:Recep Erdogan"),
                articles.article("wsj", "Recep Tayyip Erdogan apologised.", true, "PERSON:Recep Tayyip Erdogan")));
        assertEquals(id(r, "Recep Erdogan"), id(r, "Recep Tayyip Erdogan"));
    }

    @Test
    void twoLettersJoinTheirExpansionOnlyWhenTypedAlike() {
        Resolution r = resolver.resolve(List.of(
                articles.article("a", "The Associated Press reported it.", true, "ORGANIZATION:Associated Press"),
                articles.article("b", "AP said so.", true, "ORGANIZATION:AP"),
                articles.article("c", "Little Rock is far away.", true, "LOCATION:Little Rock"),
                articles.article("d", "LR said so.", true, "ORGANIZATION:LR")));
        assertEquals(id(r, "AP"), id(r, "Associated Press"));
        assertNotEquals(id(r, "LR"), id(r, "Little Rock"));
    }

    @Test
    void aCompanysFirstWordJoinsItsFullNameInTheSameArticleUnlessItIsAnEnglishWord() {
        Resolution r = resolver.resolve(List.of(
                articles.article("a", "Lockheed Martin won. Lockheed said it would hire.", true,
                        "ORGANIZATION:Lockheed Martin", "ORGANIZATION:Lockheed"),
                articles.article("b", "D-Wave Systems sold one; D-Wave said so.", true,
                        "ORGANIZATION:D-Wave Systems", "ORGANIZATION:D-Wave"),
                articles.article("c", "Federal Express rose. Federal agents came.", true,
                        "ORGANIZATION:Federal Express", "ORGANIZATION:Federal")));
        assertEquals(id(r, "Lockheed Martin"), id(r, "Lockheed"));
        assertEquals(id(r, "D-Wave Systems"), id(r, "D-Wave"));
        assertNotEquals(id(r, "Federal Express"), id(r, "Federal"));
    }

    @Test
    void anOrganisationNamedWithoutItsPlaceJoinsTheOnlyNameWithIt() {
        Resolution r = resolver.resolve(List.of(
                articles.article("a", "In New York, the New York Mets won.", true, "LOCATION:New York", "ORGANIZATION:New York Mets"),
                articles.article("b", "The Mets lost.", true, "ORGANIZATION:Mets"),
                articles.article("c", "The US Senate voted; the French Senate did too.", true,
                        "ORGANIZATION:US Senate", "ORGANIZATION:French Senate"),
                articles.article("d", "The Senate voted.", true, "ORGANIZATION:Senate")));
        assertEquals(id(r, "New York Mets"), id(r, "Mets"));
        assertNotEquals(id(r, "US Senate"), id(r, "Senate"), "two senates: the short name says nothing");
    }

    @Test
    void oneVowelOfASurnameIsARomanisationButOfAGivenNameAnotherPerson() {
        Resolution r = resolver.resolve(List.of(
                articles.article("a", "Fuad Karimova spoke.", true, "PERSON:Fuad Karimova"),
                articles.article("b", "Fuad Karimovu spoke.", true, "PERSON:Fuad Karimovu"),
                articles.article("c", "Maria Lindqvist and Marie Lindqvist played.", true,
                        "PERSON:Maria Lindqvist", "PERSON:Marie Lindqvist")));
        assertEquals(id(r, "Fuad Karimova"), id(r, "Fuad Karimovu"));
        assertNotEquals(id(r, "Maria Lindqvist"), id(r, "Marie Lindqvist"));
    }

    @Test
    void theKindOfRegionAfterAPlacesNameIsNotPartOfIt() {
        Resolution r = resolver.resolve(List.of(
                articles.article("a", "Floods hit Hebei Province.", true, "LOCATION:Hebei Province"),
                articles.article("b", "Hebei was dry.", true, "LOCATION:Hebei"),
                articles.article("c", "Mexico City and Mexico.", true, "LOCATION:Mexico City", "LOCATION:Mexico")));
        assertEquals(id(r, "Hebei Province"), id(r, "Hebei"));
        assertNotEquals(id(r, "Mexico City"), id(r, "Mexico"));
    }

    @Test
    void englishWordsAndEnglishPlaceNamesAreNotRomanisationsOfOneAnother() {
        Resolution r = resolver.resolve(List.of(
                articles.article("a", "Delhi voted.", true, "LOCATION:Delhi"),
                articles.article("b", "Daily voted.", true, "LOCATION:Daily"),
                articles.article("c", "Ford spoke.", true, "PERSON:Ford"),
                articles.article("d", "Fourth spoke.", true, "PERSON:Fourth"),
                articles.article("e", "Europe and Europa.", true, "LOCATION:Europe", "LOCATION:Europa")));
        assertEquals(NameKey.of("Delhi"), NameKey.of("Daily"));
        assertNotEquals(id(r, "Delhi"), id(r, "Daily"));
        assertNotEquals(id(r, "Ford"), id(r, "Fourth"));
        assertNotEquals(id(r, "Europe"), id(r, "Europa"));
    }

    @Test
    void aRomanisationKeyJoinsNoNamesOfDifferentTypes() {
        Resolution r = resolver.resolve(List.of(
                articles.article("a", "Kasuri said so.", true, "ORGANIZATION:Kasuri"),
                articles.article("b", "Kassuri spoke.", true, "PERSON:Kassuri"),
                articles.article("c", "Kassuri spoke again.", true, "ORGANIZATION:Kassuri")));
        assertEquals(NameKey.of("Kasuri"), NameKey.of("Kassuri"));
        Entity person = r.entities().stream().filter(e -> e.type().equals("PERSON")).findFirst().orElseThrow();
        assertEquals(2, r.entities().size(), r.entities().toString());
        assertEquals(List.of("b"), person.articles());
    }

    @Test
    void aShortNameBeginsACompanysNameOnlyWhenSpelledAsItBegins() {
        Resolution r = resolver.resolve(List.of(articles.article("a",
                "Nissan Motor Co. Ltd. and Nissan Mutual Life Insurance Co. met. Nissan Motor spoke first.", true,
                "ORGANIZATION:Nissan Motor Co. Ltd.", "ORGANIZATION:Nissan Mutual Life Insurance Co.",
                "ORGANIZATION:Nissan Motor")));
        assertEquals(id(r, "Nissan Motor Co. Ltd."), id(r, "Nissan Motor"));
        assertNotEquals(id(r, "Nissan Mutual Life Insurance Co."), id(r, "Nissan Motor"));
    }

    @Test
    void aSurnameAloneInAnotherArticleJoinsTheOnlyFullNameEndingWithItThoughTaggedAnOrganisation() {
        Resolution r = resolver.resolve(List.of(
                articles.article("a", "Khalid Mashrafi met envoys.", true, "ORGANIZATION:Khalid Mashrafi"),
                articles.article("b", "But Mashrafi said no.", true, "PERSON:But Mashrafi")));
        Entity e = TaggedArticles.named(r, "Mashrafi");
        assertEquals("Khalid Mashrafi", e.name());
        assertEquals("PERSON", e.type());
    }

    @Test
    void aSurnameAloneInAnotherArticleLeavesAPlaceEndingWithItAPlace() {
        Resolution r = resolver.resolve(List.of(
                articles.article("a", "Trade through Mong Kok grew.", true, "LOCATION:Mong Kok"),
                articles.article("b", "Mr. Kok said so.", true, "PERSON:Kok")));
        assertEquals("LOCATION", TaggedArticles.named(r, "Mong Kok").type());
        assertNotEquals(id(r, "Mong Kok"), id(r, "Kok"));
    }
}
