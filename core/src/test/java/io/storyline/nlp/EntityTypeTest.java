package io.storyline.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityTypeTest {
    @Test
    void isWrittenAsTheContractsWord() throws Exception {
        assertEquals("\"ORGANIZATION\"", new ObjectMapper().writeValueAsString(EntityType.ORG));
    }

    @Test
    void readsTheContractsWordInAnyCaseAndNothingElse() {
        assertEquals(Optional.of(EntityType.PER), EntityType.ofLabel("person"));
        assertEquals(Optional.empty(), EntityType.ofLabel("PER"));
        assertEquals(Optional.empty(), EntityType.ofLabel("PEOPLE"));
    }
}
