package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.RoleMention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleAttacherTest {
    private static final RoleLexicon.Head MINISTER = new RoleLexicon.Head(List.of("minister"), "government", "title", false);

    /** "Minister Anna Berg, … Carl Lund, minister, …" repeated: a long page of titles and names. */
    private static String page(int units, List<RoleTitle> roles, List<EntityMention> people) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < units; i++) {
            int role = text.length();
            text.append("Minister ");
            roles.add(new RoleTitle(new RoleMention("Minister", role, role + 8), MINISTER, List.of(), List.of(), false));
            int name = text.length();
            text.append("Anna Berg spoke. ");
            people.add(new EntityMention("PERSON", "Anna Berg", name, name + 9));
            int other = text.length();
            text.append("Carl Lund, ");
            people.add(new EntityMention("PERSON", "Carl Lund", other, other + 9));
            int apposition = text.length();
            text.append("minister, agreed.\n");
            roles.add(new RoleTitle(new RoleMention("minister", apposition, apposition + 8), MINISTER, List.of(), List.of(), false));
        }
        return text.toString();
    }

    @Test
    void titlesAttachToTheNameBeforeAndAfterThem() {
        List<RoleTitle> roles = new ArrayList<>();
        List<EntityMention> people = new ArrayList<>();
        String text = page(2, roles, people);
        List<TitleAttachment> found = new TitleAttacher().attach(text, roles, people);
        assertEquals(4, found.size());
        assertEquals("Anna Berg", found.get(0).person().surface());
        assertEquals("Carl Lund", found.get(1).person().surface());
    }

    /** The attacher scanned every person of the page for every title: quadratic, minutes on a long article. */
    @Test
    void peopleLookedAtGrowLinearlyWithThePage() {
        long small = lookedAt(1_000);
        long large = lookedAt(10_000);
        assertTrue(large <= small * 12, "1,000 units: " + small + " looks, 10,000 units: " + large);
    }

    private static long lookedAt(int units) {
        List<RoleTitle> roles = new ArrayList<>();
        List<EntityMention> people = new ArrayList<>();
        String text = page(units, roles, people);
        TitleAttacher attacher = new TitleAttacher();
        assertEquals(2 * units, attacher.attach(text, roles, people).size());
        return attacher.personsLookedAt();
    }
}
