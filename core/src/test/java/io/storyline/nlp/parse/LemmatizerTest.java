package io.storyline.nlp.parse;

import io.storyline.nlp.UniversalPos;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.storyline.nlp.UniversalPos.NOUN;
import static io.storyline.nlp.UniversalPos.PROPN;
import static io.storyline.nlp.UniversalPos.VERB;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LemmatizerTest {
    private static Lemmatizer.Example ex(String form, UniversalPos pos, String lemma) {
        return new Lemmatizer.Example(form, pos, lemma);
    }

    private final Lemmatizer lemmatizer = Lemmatizer.learn(List.of(
            ex("realized", VERB, "realize"), ex("organized", VERB, "organize"), ex("criticized", VERB, "criticize"),
            ex("walked", VERB, "walk"), ex("talked", VERB, "talk"), ex("played", VERB, "play"),
            ex("helped", VERB, "help"), ex("camped", VERB, "camp"),
            ex("went", VERB, "go"), ex("Went", VERB, "go"), ex("said", VERB, "say"),
            ex("cities", NOUN, "city"), ex("parties", NOUN, "party"), ex("dogs", NOUN, "dog"), ex("talks", NOUN, "talk"),
            ex("Americans", PROPN, "American"), ex("Germans", PROPN, "German")));

    @Test
    void unseenWordsTakeTheEditScriptOfTheLongestKnownEnding() {
        assertEquals("apologize", lemmatizer.lemma("apologized", VERB));
        assertEquals("jump", lemmatizer.lemma("jumped", VERB));
        assertEquals("county", lemmatizer.lemma("counties", NOUN));
        assertEquals("cat", lemmatizer.lemma("cats", NOUN));
    }

    @Test
    void seenWordsKeepTheirLemmaWhateverTheirCase() {
        assertEquals("go", lemmatizer.lemma("went", VERB));
        assertEquals("go", lemmatizer.lemma("WENT", VERB));
        assertEquals("say", lemmatizer.lemma("said", VERB));
    }

    @Test
    void properNounsKeepTheirCapitals() {
        assertEquals("Canadian", lemmatizer.lemma("Canadians", PROPN));
        assertEquals("Israel", lemmatizer.lemma("Israel", PROPN));
    }

    @Test
    void curlyApostrophesReadAsStraightOnes() {
        Lemmatizer l = Lemmatizer.learn(List.of(ex("n't", UniversalPos.PART, "not")));
        assertEquals("not", l.lemma("n\u2019t", UniversalPos.PART));
    }
}
