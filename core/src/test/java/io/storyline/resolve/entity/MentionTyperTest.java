package io.storyline.resolve.entity;

import io.storyline.nlp.EntityMention;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MentionTyperTest {
    private final MentionTyper typer = new MentionTyper(KnownNames.standard());

    private MentionTyper.Typed type(String text, String type, String surface) {
        int at = text.indexOf(surface);
        return typer.type(text, new EntityMention(type, surface, at, at + surface.length()), surface).orElseThrow();
    }

    @Test
    void aKnownCompanysBareNameThatActsIsTheCompanyButTheRiverStaysAPlace() {
        MentionTyper.Typed company = type("Amazon said it would hire 1,000 people.", "LOCATION", "Amazon");
        assertEquals("ORGANIZATION", company.type());
        assertEquals("MNCUSAMED:amazon-com", company.knownId());
        MentionTyper.Typed river = type("Fires spread along the Amazon river.", "LOCATION", "Amazon");
        assertEquals("LOCATION", river.type());
        assertNull(river.knownId());
    }

    @Test
    void aPlaceThatIsNoKnownCompanyStaysAPlaceWhateverItDoes() {
        assertEquals("LOCATION", type("Nebraska said no.", "LOCATION", "Nebraska").type());
    }

    @Test
    void aPersonTheDictionaryCodesByTheGroupHeLeadsStaysAPerson() {
        MentionTyper.Typed leader = type("Khaled Meshaal spoke in Damascus.", "PERSON", "Khaled Meshaal");
        assertEquals("PERSON", leader.type());
        assertEquals("PSEREBHMS", leader.knownId());
        assertEquals("ORGANIZATION", type("Hamas spoke in Damascus.", "PERSON", "Hamas").type());
    }
}
