package io.storyline.events.coding;

import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import io.storyline.events.ArticleInput;
import io.storyline.nlp.Annotations;
import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.EntityMention;
import io.storyline.nlp.TimeMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntacticEventExtractorTest {
    private static final SyntacticEventExtractor EXTRACTOR = new SyntacticEventExtractor();

    /** An article of hand-built sentences; entities given as (surface, type, id) are found in the text. */
    private static List<CodedEvent> extract(List<String> sentences, List<String[]> entities, List<String[]> times) {
        StringBuilder text = new StringBuilder();
        List<DependencyTree> trees = new ArrayList<>();
        for (String conllu : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            ConlluTrees.Parsed p = ConlluTrees.parse(conllu, text.length());
            text.append(p.text());
            trees.add(p.tree());
        }
        List<EntityMention> mentions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String[] e : entities) {
            int at = text.indexOf(e[0]);
            mentions.add(new EntityMention(e[1], e[0], at, at + e[0].length()));
            ids.add(e[2]);
        }
        List<TimeMention> timeMentions = new ArrayList<>();
        for (String[] t : times) {
            int at = text.indexOf(t[0]);
            timeMentions.add(new TimeMention(t[0], at, at + t[0].length(), "DATE", t[1], "test"));
        }
        ArticleInput article = new ArticleInput("a1", text.toString(),
                new PublishedDate("2024-04-03", Granularity.DAY, "test", 1.0),
                new Annotations(mentions, List.of(), timeMentions, List.of()), ids, "a1", "Outlet");
        return EXTRACTOR.extract(article, trees);
    }

    @Test
    void aCodedVerbBecomesAnEventMentionWithEntitiesPlaceDateAndTheHeadlineFlag() {
        List<CodedEvent> events = extract(List.of("""
                1 Russian Russian ADJ 2 amod
                2 police police NOUN 3 nsubj
                3 detained detain VERB 0 root
                4 Navalny Navalny PROPN 3 obj
                5 in in ADP 6 case
                6 Moscow Moscow PROPN 3 obl
                7 on on ADP 8 case
                8 Sunday Sunday PROPN 3 obl
                """, """
                1 Germany Germany PROPN 2 nsubj
                2 criticized criticize VERB 0 root
                3 the the DET 4 det
                4 arrest arrest NOUN 2 obj
                """), List.<String[]>of(new String[]{"Navalny", "PERSON", "e-navalny"},
                new String[]{"Moscow", "LOCATION", "e-moscow"}, new String[]{"Germany", "LOCATION", "e-germany"}),
                List.<String[]>of(new String[]{"Sunday", "2024-03-31"}));
        assertEquals(2, events.size());
        CodedEvent detain = events.get(0);
        assertEquals("COERCE", detain.mention().type());
        assertEquals(List.of("e-navalny"), detain.mention().targets());
        assertEquals("e-moscow", detain.mention().place());
        assertEquals(LocalDate.of(2024, 3, 31), detain.mention().start());
        assertTrue(detain.mention().stated());
        assertEquals("RUS", detain.mention().actorCountry());
        assertEquals("COP", detain.mention().actorSector());
        assertTrue(detain.mention().main(), "the lede's root event is the headline event");
        CodedEvent criticism = events.get(1);
        assertEquals("DISAPPROVE", criticism.mention().type());
        assertEquals(List.of("e-germany"), criticism.mention().actors());
        assertFalse(criticism.mention().main());
        assertFalse(criticism.mention().stated(), "no date in its sentence: the article's date bounds it");
        assertTrue(criticism.mention().evidence().why().contains("subject"), criticism.mention().evidence().why());
    }

    @Test
    void negatedReportsAndWrongSensesMakeNoEventAndPlansArePlanned() {
        List<CodedEvent> events = extract(List.of("""
                1 Iran Iran PROPN 2 nsubj
                2 refused refuse VERB 0 root
                3 to to PART 4 mark
                4 free free VERB 2 xcomp
                5 him he PRON 4 obj
                """, """
                1 The the DET 2 det
                2 bank bank NOUN 3 nsubj
                3 released release VERB 0 root
                4 an a DET 6 det
                5 analysts analyst NOUN 6 nmod:poss
                6 note note NOUN 3 obj
                """, """
                1 Japan Japan PROPN 3 nsubj
                2 will will AUX 3 aux
                3 host host VERB 0 root
                4 the the DET 5 det
                5 summit summit NOUN 3 obj
                """), List.<String[]>of(new String[]{"Iran", "LOCATION", "e-iran"},
                new String[]{"Japan", "LOCATION", "e-japan"}), List.of());
        assertEquals(1, events.size(), events.toString());
        assertEquals("CONSULT", events.get(0).mention().type());
        assertTrue(events.get(0).mention().planned());
    }

    @Test
    void aNounCarriesTheEventWhenNoVerbDoes() {
        List<CodedEvent> events = extract(List.of("""
                1 Japan Japan PROPN 3 nmod:poss
                2 's 's PART 1 case
                3 apology apology NOUN 6 nsubj
                4 to to ADP 5 case
                5 Korea Korea PROPN 3 nmod
                6 surprised surprise VERB 0 root
                7 many many ADJ 6 obj
                """), List.<String[]>of(new String[]{"Japan", "LOCATION", "e-japan"},
                new String[]{"Korea", "LOCATION", "e-korea"}), List.of());
        assertEquals(1, events.size());
        assertEquals("SUPPORT", events.get(0).mention().type());
        assertEquals(List.of("e-japan"), events.get(0).mention().actors());
        assertEquals(List.of("e-korea"), events.get(0).mention().targets());
    }

    @Test
    void anActorWithoutANameStillMakesAnEvent() {
        List<CodedEvent> events = extract(List.of("""
                1 Gunmen gunman NOUN 2 nsubj
                2 ambushed ambush VERB 0 root
                3 an a DET 5 det
                4 army army NOUN 5 compound
                5 patrol patrol NOUN 2 obj
                6 , , PUNCT 7 punct
                7 killing kill VERB 2 advcl
                8 two two NUM 9 nummod
                9 soldiers soldier NOUN 7 obj
                """), List.of(), List.of());
        assertEquals(2, events.size(), events.toString());
        for (CodedEvent e : events) {
            assertEquals("ASSAULT", e.mention().type());
            assertEquals(List.of("Gunmen"), e.mention().actorNames());
            assertEquals("UAF", e.mention().actorSector());
        }
        assertEquals(List.of("two soldiers"), events.get(1).mention().targetNames(), "the participle shares the subject");
    }

    @Test
    void aNounTellsTheEventOfASentenceWithoutAVerbOfOne() {
        List<CodedEvent> events = extract(List.of("""
                1 The the DET 2 det
                2 bombings bombing NOUN 4 nsubj
                3 were be AUX 4 cop
                4 condemned condemn VERB 0 root
                """), List.of(), List.of());
        assertEquals(1, events.size(), events.toString());
        assertEquals("ASSAULT", events.get(0).mention().type());
        assertTrue(events.get(0).mention().main());
    }
}
