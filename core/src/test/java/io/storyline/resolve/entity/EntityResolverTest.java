package io.storyline.resolve.entity;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.RoleMention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver();
    private long order;

    /** An article whose mentions are the given "TYPE:surface" strings, found in order in the text. */
    private ArticleMentions article(String id, String text, boolean feedsNames, String... typedSurfaces) {
        List<EntityMention> mentions = new ArrayList<>();
        List<RoleMention> roles = new ArrayList<>();
        int from = 0;
        for (String ts : typedSurfaces) {
            String type = ts.substring(0, ts.indexOf(':'));
            String surface = ts.substring(ts.indexOf(':') + 1);
            int at = text.indexOf(surface, from);
            if (at < 0) {
                throw new IllegalArgumentException(surface + " not in text after " + from);
            }
            if (type.equals("ROLE")) {
                roles.add(new RoleMention(surface, at, at + surface.length()));
            } else {
                mentions.add(new EntityMention(type, surface, at, at + surface.length()));
            }
            from = at + surface.length();
        }
        return new ArticleMentions(id, order++, mentions, roles, text, feedsNames);
    }

    private static Entity named(Resolution r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + r.entities()));
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
}
