package io.storyline.nlp.annotate;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.RoleMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionRepairsTest {
    @Test
    void familyNameWithHyphenatedGivenNameIsOnePersonWhateverTheTaggerSaid() {
        String text = "National Security Adviser Kim Sung-han revealed it.";
        List<EntityMention> tagged = List.of(new EntityMention("PERSON", "Kim", 26, 29),
                new EntityMention("MISC", "Sung-han", 30, 38));
        assertEquals(List.of(new EntityMention("PERSON", "Kim Sung-han", 26, 38)),
                MentionRepairs.completeNames(text, tagged));
    }

    @Test
    void capitalisedWordsThatAreNotFamilyNamesAreLeftAlone() {
        String text = "The Anglo-Saxon world and Mr Smith-Jones.";
        assertEquals(List.of(), MentionRepairs.completeNames(text, List.of()));
    }

    @Test
    void rolesAreNotOrganisations() {
        List<EntityMention> tagged = List.of(new EntityMention("ORGANIZATION", "National Security Adviser", 0, 25),
                new EntityMention("PERSON", "Kim Sung-han", 26, 38));
        assertEquals(List.of(tagged.get(1)), MentionRepairs.withoutRoles(tagged,
                List.of(new RoleMention("National Security Adviser", 0, 25))));
    }

    @Test
    void honorificsAreNotPartOfAName() {
        List<EntityMention> tagged = List.of(new EntityMention("PERSON", "Mayor Anna Lindqvist", 0, 20),
                new EntityMention("PERSON", "Dr. Li", 30, 36), new EntityMention("ORGANIZATION", "General Motors", 40, 54));
        assertEquals(List.of(new EntityMention("PERSON", "Anna Lindqvist", 6, 20), new EntityMention("PERSON", "Li", 34, 36),
                tagged.get(2)), MentionRepairs.withoutLeadingTitles(tagged));
    }

    /** Each mention was tested against every role: quadratic, minutes on a long article. */
    @Test
    void rolesLookedAtGrowWithTheLogarithmOfThePageNotItsLength() {
        java.util.concurrent.atomic.LongAdder probes = new java.util.concurrent.atomic.LongAdder();
        List<EntityMention> mentions = new java.util.ArrayList<>();
        List<RoleMention> roles = new java.util.ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            int at = i * 40;
            roles.add(new RoleMention("Foreign Ministry spokesman", at, at + 26));
            mentions.add(new EntityMention("ORGANIZATION", "Foreign Ministry", at, at + 16)); // inside the role
            mentions.add(new EntityMention("LOCATION", "Seoul", at + 30, at + 35)); // outside it
        }
        List<EntityMention> kept = MentionRepairs.withoutRoles(mentions, roles, probes);
        assertEquals(100_000, kept.size());
        assertEquals("Seoul", kept.get(0).surface());
        assertTrue(probes.sum() <= 200_000L * 18, "probes: " + probes.sum()); // log2(100,000) < 17 a mention
    }
}
