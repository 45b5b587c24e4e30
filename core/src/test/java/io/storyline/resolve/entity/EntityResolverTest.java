package io.storyline.resolve.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver();
    private final TaggedArticles articles = new TaggedArticles();

    private ArticleMentions article(String id, String text, boolean feedsNames, String... typedSurfaces) {
        return articles.article(id, text, feedsNames, typedSurfaces);
    }

    private static Entity named(Resolution r, String name) {
        return TaggedArticles.named(r, name);
    }

    @Test
    void fourRomanisationsOfOnePresidentAreOneEntityAndANamesakeAnother() {
        Resolution r = resolver.resolve(List.of(
                article("a", "President Yoon Suk Yeol spoke.", true, "PERSON:Yoon Suk Yeol"),
                article("b", "President Yoon Sok-yol and Yoon Sok-yul.", true, "PERSON:Yoon Sok-yol", "PERSON:Yoon Sok-yul"),
                article("c", "Envoy Yoon Soongu met Yoon Suk-yeol.", true, "PERSON:Yoon Soongu", "PERSON:Yoon Suk-yeol")));
        Entity president = named(r, "Yoon Suk Yeol");
        assertEquals(president, named(r, "Yoon Sok-yol"));
        assertEquals(president, named(r, "Yoon Sok-yul"));
        assertEquals(president, named(r, "Yoon Suk-yeol"));
        assertNotEquals(president.id(), named(r, "Yoon Soongu").id());
        assertEquals(List.of("a", "b", "c"), president.articles());
        assertTrue(president.merges().stream().anyMatch(m -> m.rule().contains("romanisation")));
    }

    @Test
    void aSurnameAloneJoinsTheFullNameOfTheSameArticle() {
        Resolution r = resolver.resolve(List.of(article("a",
                "Adviser Kim Sung-han said so. Later Kim stated it again.", true, "PERSON:Kim Sung-han", "PERSON:Kim")));
        Entity kim = named(r, "Kim Sung-han");
        assertEquals(2, kim.mentions());
        assertEquals(1, r.entities().size());
    }

    @Test
    void aSurnameJoinedToTheFullNameOfItsArticleIsOneOfItsAliases() {
        Resolution r = resolver.resolve(List.of(article("a",
                "Adviser Kim Sung-han said so. Later Kim stated it again.", true, "PERSON:Kim Sung-han", "PERSON:Kim")));
        assertEquals(List.of("Kim"), named(r, "Kim Sung-han").aliases());
    }

    @Test
    void aSurnameAloneInAnotherArticleJoinsTheOnlyFullNameWithIt() {
        Resolution r = resolver.resolve(List.of(
                article("a", "Jens Stoltenberg arrived.", true, "PERSON:Jens Stoltenberg"),
                article("b", "Stoltenberg said.", true, "PERSON:Stoltenberg")));
        assertEquals(1, r.entities().size());
        assertEquals(List.of("a", "b"), named(r, "Jens Stoltenberg").articles());
    }

    @Test
    void acronymsJoinTheirExpansion() {
        Resolution r = resolver.resolve(List.of(
                article("a", "The North Atlantic Treaty Organization (NATO) met.", true,
                        "ORGANIZATION:North Atlantic Treaty Organization", "ORGANIZATION:NATO"),
                article("b", "NATO said.", true, "ORGANIZATION:NATO")));
        Entity nato = named(r, "NATO");
        assertEquals("North Atlantic Treaty Organization", nato.name());
        assertEquals(3, nato.mentions());
        assertTrue(nato.merges().stream().anyMatch(m -> m.rule().equals("acronym")));
    }

    @Test
    void titlesWrittenAgainstANameBelongToThatPerson() {
        Resolution r = resolver.resolve(List.of(article("a",
                "NATO Secretary General Jens Stoltenberg spoke. Lim Soo-suk, spokesperson for the Foreign Ministry, said.",
                true, "ROLE:NATO Secretary General", "PERSON:Jens Stoltenberg", "PERSON:Lim Soo-suk",
                "ROLE:spokesperson for the Foreign Ministry")));
        assertEquals(List.of("NATO Secretary General"), named(r, "Jens Stoltenberg").titles());
        assertEquals(List.of("spokesperson for the Foreign Ministry"), named(r, "Lim Soo-suk").titles());
    }

    @Test
    void aSpunCopyLinksItsMentionsButLendsNoNamesOrTitles() {
        Resolution r = resolver.resolve(List.of(
                article("orig", "NATO Secretary General Jens Stoltenberg spoke.", true,
                        "ROLE:NATO Secretary General", "PERSON:Jens Stoltenberg"),
                article("spun", "NATO Secretary Basic Jens Stoltenberg spoke.", false,
                        "ROLE:NATO Secretary Basic", "PERSON:Jens Stoltenberg")));
        Entity jens = named(r, "Jens Stoltenberg");
        assertEquals(List.of("NATO Secretary General"), jens.titles());
        assertEquals(2, jens.mentions());
    }

    // the ways news names one thing differently across articles, and look-alike names that must stay apart

    @Test
    void aCourtesyWordMakesAPersonAndJoinsTheFullName() {
        Resolution r = resolver.resolve(List.of(
                article("n1", "Liliane Bettencourt died. Ms. Bettencourt was 94.", true, "PERSON:Liliane Bettencourt", "LOCATION:Ms. Bettencourt")));
        Entity e = named(r, "Liliane Bettencourt");
        assertEquals("PERSON", e.type());
        assertTrue(e.aliases().contains("Ms. Bettencourt"));
    }

    @Test
    void legalFormsAndShortCompanyNamesJoinTheCompany() {
        Resolution r = resolver.resolve(List.of(
                article("n2", "Microsoft Corp. and Toyota Motor Corp. agreed.", true, "ORGANIZATION:Microsoft Corp.", "ORGANIZATION:Toyota Motor Corp."),
                article("n3", "Microsoft said Toyota would buy.", true, "ORGANIZATION:Microsoft", "ORGANIZATION:Toyota")));
        assertEquals(named(r, "Microsoft Corp.").id(), named(r, "Microsoft").id());
        assertEquals(named(r, "Toyota Motor Corp.").id(), named(r, "Toyota").id());
    }

    @Test
    void aShortNameOfTwoCompaniesJoinsNeither() {
        Resolution r = resolver.resolve(List.of(
                article("n4", "Mitsubishi Corp. and Mitsubishi Heavy Industries Ltd. bid.", true, "ORGANIZATION:Mitsubishi Corp.",
                        "ORGANIZATION:Mitsubishi Heavy Industries Ltd."),
                article("n5", "Mitsubishi Motors Corp. rose.", true, "ORGANIZATION:Mitsubishi Motors Corp.")));
        assertNotEquals(named(r, "Mitsubishi Corp.").id(), named(r, "Mitsubishi Heavy Industries Ltd.").id());
        assertNotEquals(named(r, "Mitsubishi Motors Corp.").id(), named(r, "Mitsubishi Heavy Industries Ltd.").id());
    }

    @Test
    void aMiddleNameOrGenerationDroppedIsOnePersonButTwoMiddleNamesAreTwo() {
        Resolution r = resolver.resolve(List.of(
                article("n6", "James A. Baker III led it.", true, "PERSON:James A. Baker III"),
                article("n7", "James Baker spoke.", true, "PERSON:James Baker"),
                article("n8", "George W. Bush and George H. W. Bush met.", true, "PERSON:George W. Bush", "PERSON:George H. W. Bush")));
        assertEquals(named(r, "James A. Baker III").id(), named(r, "James Baker").id());
        assertNotEquals(named(r, "George W. Bush").id(), named(r, "George H. W. Bush").id());
    }

    @Test
    void anAcronymInAnotherArticleJoinsItsOnlyExpansion() {
        Resolution r = resolver.resolve(List.of(
                article("n9", "The Centers for Disease Control and Prevention warned.", true, "ORGANIZATION:Centers for Disease Control and Prevention"),
                article("n10", "The CDC said so, and the U.S. agreed.", true, "ORGANIZATION:CDC", "LOCATION:U.S."),
                article("n11", "The United States agreed.", true, "LOCATION:United States")));
        assertEquals(named(r, "CDC").id(), named(r, "Centers for Disease Control and Prevention").id());
        assertEquals(named(r, "U.S.").id(), named(r, "United States").id());
        assertTrue(named(r, "CDC").merges().stream().anyMatch(m -> m.rule().startsWith("acronym")));
    }

    @Test
    void aSurnameJoinsTheFullNameThatDominatesTheCorpus() {
        List<ArticleMentions> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(article("n12", "Donald Trump spoke.", true, "PERSON:Donald Trump"));
        }
        articles.add(article("n13", "Melania Trump spoke.", true, "PERSON:Melania Trump"));
        articles.add(article("n14", "Trump said.", true, "PERSON:Trump"));
        Resolution r = resolver.resolve(articles);
        assertEquals(named(r, "Donald Trump").id(), named(r, "Trump").id());
        assertNotEquals(named(r, "Donald Trump").id(), named(r, "Melania Trump").id());
    }

    @Test
    void englishWordsAndShortWordsAreNotRomanisationsOfANameThoughTheirKeysAgree() {
        Resolution r = resolver.resolve(List.of(
                article("n15", "Nissan Motor rose.", true, "ORGANIZATION:Nissan Motor"),
                article("n16", "Nissan Mutual fell.", true, "ORGANIZATION:Nissan Mutual"),
                article("n17", "Ford spoke.", true, "ORGANIZATION:Ford"),
                article("n18", "Fourth spoke.", true, "ORGANIZATION:Fourth"),
                article("n19", "Muammar Gaddafi spoke.", true, "PERSON:Muammar Gaddafi"),
                article("n20", "Muammar Qadhafi spoke.", true, "PERSON:Muammar Qadhafi")));
        assertEquals(NameKey.of("Nissan Motor"), NameKey.of("Nissan Mutual"));
        assertNotEquals(named(r, "Nissan Motor").id(), named(r, "Nissan Mutual").id());
        assertNotEquals(named(r, "Ford").id(), named(r, "Fourth").id());
        assertEquals(named(r, "Muammar Gaddafi").id(), named(r, "Muammar Qadhafi").id());
    }

    @Test
    void countriesAndOrganisationsTheDictionariesKnowGetTheirTypeAndAStableId() {
        Resolution r = resolver.resolve(List.of(article("a",
                "Turkey and NATO met; the Red Cross and Hamas were there.", true,
                "PERSON:Turkey", "LOCATION:NATO", "PERSON:Red Cross", "PERSON:Hamas")));
        assertEquals("LOCATION", named(r, "Turkey").type());
        assertEquals("TUR", named(r, "Turkey").knownId());
        assertEquals("ORGANIZATION", named(r, "NATO").type());
        assertEquals("IGOWSTNAT", named(r, "NATO").knownId());
        assertEquals("ORGANIZATION", named(r, "Red Cross").type());
        assertEquals("ORGANIZATION", named(r, "Hamas").type());
        assertTrue(named(r, "Hamas").typedBy().contains("Phoenix"), named(r, "Hamas").typedBy());
    }

    @Test
    void aVesselAProductAndAUnitAreNeitherPeopleNorPlaces() {
        Resolution r = resolver.resolve(List.of(article("a",
                "Troops boarded the ship Mavi Marmara. Google closed its Stadia streaming service. Add 2 Tbsp of oil.", true,
                "PERSON:Mavi Marmara", "ORGANIZATION:Google", "PERSON:Stadia", "LOCATION:Tbsp")));
        assertEquals("MISC", named(r, "Mavi Marmara").type());
        assertEquals("a vessel: after 'ship'", named(r, "Mavi Marmara").typedBy());
        assertEquals("MISC", named(r, "Stadia").type());
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("Tbsp")), r.entities().toString());
    }

    @Test
    void aVesselWordInTheSentenceBeforeSaysNothingAboutTheNextName() {
        Resolution r = resolver.resolve(List.of(article("a", "They boarded the ship. Erdogan spoke.", true,
                "PERSON:Erdogan")));
        assertEquals("PERSON", named(r, "Erdogan").type());
        assertNull(named(r, "Erdogan").knownId());
    }

    @Test
    void pageCaptionGluedToANameIsNotPartOfIt() {
        Resolution r = resolver.resolve(List.of(article("a", "Media captionJulian Assange left. Julian Assange spoke.", true,
                "PERSON:Media captionJulian Assange", "PERSON:Julian Assange")));
        assertEquals(1, r.entities().size());
        assertEquals("Julian Assange", r.entities().get(0).name());
        assertEquals(List.of(), r.entities().get(0).aliases());
    }

    @Test
    void europeAndEuropaAreTwoPlacesButTwoSpellingsOfAPersonStayOne() {
        Resolution r = resolver.resolve(List.of(
                article("a", "Leaders of Europe met.", true, "LOCATION:Europe"),
                article("b", "The probe flew past Europa.", true, "LOCATION:Europa"),
                article("c", "Mohammed Ali spoke.", true, "PERSON:Mohammed Ali"),
                article("d", "Muhammad Ali spoke.", true, "PERSON:Muhammad Ali")));
        assertNotEquals(named(r, "Europe").id(), named(r, "Europa").id());
        assertEquals(named(r, "Mohammed Ali").id(), named(r, "Muhammad Ali").id());
    }

    @Test
    void aPeoplesAdjectiveAndACapitalActingStandForTheirCountry() {
        Resolution r = resolver.resolve(List.of(
                article("a", "Turkish officials said the talks failed. Turkey denied it.", true, "LOCATION:Turkey"),
                article("b", "Seoul urged calm, and South Korean troops stayed in Seoul.", true, "LOCATION:Seoul",
                        "LOCATION:Seoul")));
        Entity turkey = named(r, "Turkey");
        assertEquals(1, turkey.references().size());
        assertEquals("Turkish officials", turkey.references().get(0).surface());
        assertTrue(turkey.references().get(0).how().contains("adjective"));
        Entity korea = named(r, "South Korea");
        assertEquals("KOR", korea.knownId());
        assertEquals(List.of("Seoul", "South Korean troops"),
                korea.references().stream().map(Entity.Reference::surface).sorted().toList());
        assertEquals("LOCATION", named(r, "Seoul").type(), "the city stays a place of its own");
    }

    @Test
    void aCapitalAsAPlaceIsNoReferenceToItsCountry() {
        Resolution r = resolver.resolve(List.of(article("a", "Talks in Seoul ended.", true, "LOCATION:Seoul")));
        assertEquals(1, r.entities().size());
    }
}
