package io.storyline.events.coding;

import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import io.storyline.events.ArticleInput;
import io.storyline.events.CountryTable;
import io.storyline.events.EntityDirectory;
import io.storyline.nlp.Annotations;
import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.EntityMention;
import io.storyline.resolve.entity.Entity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipantReaderTest {
    private static final Entity RUSSIA = new Entity("e-rus", "Russia", "LOCATION", List.of(), List.of(), List.of("a"), 3,
            List.of(), List.of());

    /** A reader over one sentence; entities given as (surface, type, id) are found in its text. */
    private static Optional<ParticipantReader.Participant> read(String conllu, String word, String[]... entities) {
        ConlluTrees.Parsed p = ConlluTrees.parse(conllu, 0);
        List<EntityMention> mentions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String[] e : entities) {
            int at = p.text().indexOf(e[0]);
            mentions.add(new EntityMention(e[1], e[0], at, at + e[0].length()));
            ids.add(e[2]);
        }
        ArticleInput article = new ArticleInput("a", p.text(), new PublishedDate("2024-04-03", Granularity.DAY, "test", 1.0),
                new Annotations(mentions, List.of(), List.of(), List.of()), ids, "a", "Outlet");
        ParticipantReader reader = new ParticipantReader(article, new EntityDirectory(List.of(RUSSIA)),
                CountryTable.standard(), ActorDictionary.standard());
        DependencyTree tree = p.tree();
        return reader.read(tree, ConlluTrees.word(tree, word));
    }

    @Test
    void nationalityAndRoleNameAnActorWithItsCountryAndSector() {
        Optional<ParticipantReader.Participant> police = read("""
                1 Russian Russian ADJ 2 amod
                2 police police NOUN 3 nsubj
                3 detained detain VERB 0 root
                4 him he PRON 3 obj
                """, "police");
        assertTrue(police.isPresent());
        assertEquals("Russian police", police.get().name());
        assertEquals(List.of(), police.get().ids());
        assertEquals("RUS/COP", police.get().code().label());
    }

    @Test
    void aCommonNounNoDictionaryKnowsIsNoActor() {
        assertTrue(read("""
                1 The the DET 2 det
                2 technology technology NOUN 3 nsubj
                3 helped help VERB 0 root
                4 Iran Iran PROPN 3 obj
                """, "technology").isEmpty());
    }

    @Test
    void aThingOfAPeopleStandsForItsCountry() {
        Optional<ParticipantReader.Participant> ships = read("""
                1 Seoul Seoul PROPN 2 nsubj
                2 sanctioned sanction VERB 0 root
                3 two two NUM 5 nummod
                4 Russian Russian ADJ 5 amod
                5 ships ship NOUN 2 obj
                """, "ships");
        assertTrue(ships.isPresent());
        assertEquals(List.of("e-rus"), ships.get().ids());
    }

    @Test
    void aPeoplesNameStandingAloneIsItsCountry() {
        Optional<ParticipantReader.Participant> russians = read("""
                1 The the DET 2 det
                2 Russians Russians PROPN 3 nsubj
                3 vetoed veto VERB 0 root
                4 it it PRON 3 obj
                """, "Russians", new String[]{"Russians", "MISC", "e-russians"});
        assertTrue(russians.isPresent());
        assertEquals(List.of("e-rus"), russians.get().ids());
    }

    @Test
    void theTwoLeadersAreThePairLastNamed() {
        Optional<ParticipantReader.Participant> pair = read("""
                1 Putin Putin PROPN 2 nsubj
                2 met meet VERB 0 root
                3 Xi Xi PROPN 2 obj
                4 and and CCONJ 8 cc
                5 the the DET 7 det
                6 two two NUM 7 nummod
                7 leaders leader NOUN 8 nsubj
                8 signed sign VERB 2 conj
                9 it it PRON 8 obj
                """, "leaders", new String[]{"Putin", "PERSON", "e-putin"}, new String[]{"Xi", "PERSON", "e-xi"});
        assertTrue(pair.isPresent());
        assertEquals(List.of("e-xi", "e-putin"), pair.get().ids());
    }
}
