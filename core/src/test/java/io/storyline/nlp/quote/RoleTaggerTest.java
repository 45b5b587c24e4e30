package io.storyline.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.nlp.RoleMention;
import io.storyline.nlp.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTaggerTest {
    private final RoleTagger tagger = new RoleTagger();

    private List<String> roles(String text, String... persons) {
        String[] typed = new String[persons.length];
        for (int i = 0; i < persons.length; i++) {
            typed[i] = "PERSON:" + persons[i];
        }
        return tagger.tag(text, Mentions.of(text, typed)).stream().map(RoleMention::surface).toList();
    }

    private RoleTitle title(String text) {
        return tagger.titles(text, new Tokenizer().tokenize(text), List.of()).get(0);
    }

    @Test
    void tagsTitlesWithOrganisationAndCountryModifiers() {
        assertEquals(List.of("NATO Secretary General", "South Korean President"),
                roles("NATO Secretary General Ann Berg met South Korean President Lee Min-ho.", "Ann Berg", "Lee Min-ho"));
        assertEquals(List.of("Foreign Minister", "National Security Adviser", "Prime Minister"),
                roles("Meanwhile Foreign Minister Tom Ray, National Security Adviser Kim Ji-su and Prime Minister Aya Ito spoke.",
                        "Tom Ray", "Kim Ji-su", "Aya Ito"));
    }

    @Test
    void tagsRolesWithPostModifiersAndDeterminers() {
        assertEquals(List.of("spokesperson for the Foreign Ministry"),
                roles("“Yes,” Ana Silva, spokesperson for the Foreign Ministry, said.", "Ana Silva"));
        assertEquals(List.of("the NATO chief", "NATO boss", "the secretary general"),
                roles("the NATO chief met NATO boss fans and the secretary general"));
        assertEquals(List.of("The Secretary-General of NATO"), roles("The Secretary-General of NATO added that it was fine."));
        assertEquals(List.of("North Atlantic Treaty Organization (NATO) Secretary General"),
                roles("North Atlantic Treaty Organization (NATO) Secretary General Ann Berg spoke.", "Ann Berg"));
    }

    @Test
    void ignoresBareLowerCaseGenericWords() {
        assertEquals(List.of(), roles("He will head to Tokyo, where the talks will lead nowhere."));
    }

    @Test
    void keepsPossessiveCountryButNotNames() {
        assertEquals(List.of("South Korea’s national security adviser"),
                roles("Kim Ji-su, South Korea’s national security adviser, spoke.", "Kim Ji-su"));
    }

    @Test
    void vagueTitleCanReferToASpecificOneOfTheSameOrganisation() {
        RoleTitle specific = title("North Atlantic Treaty Organization (NATO) Secretary General");
        assertTrue(title("the NATO chief").canReferTo(specific));
        assertTrue(title("the secretary general").canReferTo(specific));
        assertTrue(title("the Secretary-General of NATO").canReferTo(specific));
        assertFalse(title("the UN chief").canReferTo(specific));
        assertFalse(title("the foreign minister").canReferTo(specific));
        assertTrue(title("the Korean president").canReferTo(title("South Korea's President")));
        assertFalse(title("the foreign minister").canReferTo(title("Deputy Foreign Minister")));
        assertTrue(title("the premier").canReferTo(title("Japanese Prime Minister")));
        assertTrue(title("the official").canReferTo(title("National Security Adviser")));
    }

    @Test
    void lexiconCanBeExtended() {
        RoleLexicon custom = new RoleLexicon(List.of("archbishop | archbishop | clergy"), List.of());
        String text = "Canterbury Archbishop Jo Tate preached.";
        assertEquals(List.of("Canterbury Archbishop"),
                new RoleTagger(custom).tag(text, Mentions.of(text, "PERSON:Jo Tate")).stream().map(RoleMention::surface).toList());
        assertEquals(List.of(), roles(text, "Jo Tate"));
    }

    @Test
    void usersAddTitlesFromAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path extra = dir.resolve("my-roles.txt");
        java.nio.file.Files.writeString(extra, "# our titles\nchief rabbi | chief-rabbi | clergy\n");
        RoleTagger tagger = new RoleTagger(RoleLexicon.standardWith(extra));
        String text = "Chief Rabbi Eli Stern met Foreign Minister Ana Lopes.";
        assertEquals(List.of("Chief Rabbi", "Foreign Minister"), tagger.tag(text, Mentions.of(text, "PERSON:Eli Stern",
                "PERSON:Ana Lopes")).stream().map(RoleMention::surface).toList());
    }
}
