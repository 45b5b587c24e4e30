package io.storyline.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleAttacherTest {
    private static List<String> attachments(String text, String... persons) {
        String[] typed = new String[persons.length];
        for (int i = 0; i < persons.length; i++) {
            typed[i] = "PERSON:" + persons[i];
        }
        List<EntityMention> entities = Mentions.of(text, typed);
        List<RoleTitle> roles = new RoleTagger().titles(text, new Tokenizer().tokenize(text), entities);
        return new TitleAttacher().attach(text, roles, entities).stream()
                .map(a -> a.title().surface() + " = " + a.person().surface()).toList();
    }

    @Test
    void titleBeforeTheName() {
        assertEquals(List.of("Chilean Foreign Minister = Rosa Vidal"), attachments("Chilean Foreign Minister Rosa Vidal spoke.", "Rosa Vidal"));
    }

    @Test
    void titleInAppositionAfterTheName() {
        assertEquals(List.of("a spokesman for the Interior Ministry = Paul Hart"),
                attachments("Paul Hart, a spokesman for the Interior Ministry, said so.", "Paul Hart"));
    }

    @Test
    void nameInAppositionAfterTheTitle() {
        assertEquals(List.of("Kenya’s envoy to Belgium = Amani Otieno"),
                attachments("It will be led by Kenya’s envoy to Belgium, Amani Otieno, officials said.", "Amani Otieno"));
    }

    @Test
    void titleAcrossALineBreakIsNotAttached() {
        assertEquals(List.of(), attachments("He met the Prime Minister\nTom Bell arrived later.", "Tom Bell"));
    }
}
