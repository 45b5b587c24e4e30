package io.storyline.events.coding;

import io.storyline.language.LexiconFile;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Tells, before any parse, whether a sentence may hold an event: whether one of its words is a form of a verb the
 * dictionary codes as an event (regular inflections generated from the lemma, irregular ones from
 * {@code irregular-verbs.txt}) or a noun that tells one. Parsing is most of the event stage's cost, and most
 * sentences of news tell no coded event; a sentence this screen lets pass is coded in full, so it may only err
 * towards parsing. Hand-written because the forms must be known without the parser's own lemmatizer, which sits
 * behind the {@code DependencyParser} interface.
 */
public final class EventWordScreen {
    /** Each form of an event verb or noun, with the words one of which must also stand in the sentence (none: any). */
    private final Map<String, Set<String>> cuesByForm = new HashMap<>();

    public EventWordScreen(VerbDictionary verbs, NominalEvents nouns) {
        Map<String, Set<String>> cues = verbs.eventCues();
        // a lemma of one or two letters would make "is" or "as" look like a verb form
        cues.forEach((lemma, words) -> (lemma.length() < 3 ? Set.of(lemma) : inflections(lemma))
                .forEach(form -> add(form, words)));
        for (String line : LexiconFile.lines(EventWordScreen.class, "/io/storyline/events/irregular-verbs.txt")) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 2 && cues.containsKey(f[1])) {
                add(f[0].toLowerCase(Locale.ROOT), cues.get(f[1]));
            }
        }
        for (String noun : nouns.nouns()) {
            inflections(noun).forEach(form -> add(form, Set.of()));
        }
    }

    private void add(String form, Set<String> words) {
        Set<String> known = cuesByForm.get(form);
        if (known == null) {
            cuesByForm.put(form, words);
        } else if (!known.isEmpty()) {
            Set<String> both = new HashSet<>(known);
            both.addAll(words);
            cuesByForm.put(form, words.isEmpty() ? Set.of() : both);
        }
    }

    public boolean mayTellAnEvent(Sentence sentence) {
        Set<String> words = null;
        for (Token token : sentence.tokens()) {
            Set<String> cues = cuesByForm.get(lower(token));
            if (cues == null) {
                continue;
            }
            if (cues.isEmpty()) {
                return true;
            }
            if (words == null) {
                words = new HashSet<>();
                for (Token t : sentence.tokens()) {
                    words.add(lower(t));
                    words.add(PredicateMatcher.singular(lower(t)));
                }
            }
            for (String cue : cues) {
                if (words.contains(cue) || words.contains(PredicateMatcher.singular(cue))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The regular forms of a word: -s/-es/-ies, -ed/-d/-ied, -ing (with a final e dropped), a doubled consonant. */
    static Set<String> inflections(String lemma) {
        Set<String> out = new HashSet<>();
        String w = lemma.toLowerCase(Locale.ROOT);
        out.add(w);
        char last = w.isEmpty() ? ' ' : w.charAt(w.length() - 1);
        String stem = w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
        out.add(w + "s");
        out.add(w + "es");
        out.add(stem + "ed");
        out.add(stem + "ing");
        out.add(w + "ing");
        if (last == 'y' && w.length() > 2) {
            String base = w.substring(0, w.length() - 1);
            out.add(base + "ies");
            out.add(base + "ied");
        }
        if (w.length() > 2 && "bdgklmnprtz".indexOf(last) >= 0) {
            out.add(w + last + "ed");
            out.add(w + last + "ing");
        }
        return out;
    }
}
