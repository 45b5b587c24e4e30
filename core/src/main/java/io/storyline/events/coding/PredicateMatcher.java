package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.UniversalPos;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Codes a verb of a parsed sentence with the verb dictionary, as PETRARCH does: the verb's lemma and particles
 * pick its entries, the most specific pattern whose words stand in order on the subject's and the objects' side
 * decides the code, and without a fitting pattern the verb's own coding does. A pattern coded "---" (no event) that
 * fits wins like any other: that is how "released a report" stops being a release.
 */
public final class PredicateMatcher {
    private final VerbDictionary dictionary;

    public PredicateMatcher(VerbDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The coding of word {@code verb}, or empty when it is no verb of the dictionary or means no event here. */
    public Optional<CodedPredicate> match(DependencyTree tree, int verb) {
        return match(tree, verb, VerbSides.subjectSide(tree, verb));
    }

    /** As {@link #match(DependencyTree, int)}, with the subject's words found elsewhere (a shared or relative subject). */
    public Optional<CodedPredicate> match(DependencyTree tree, int verb, List<SyntaxNode> subjectSide) {
        SyntaxNode node = tree.node(verb);
        if (node.pos() != UniversalPos.VERB && node.pos() != UniversalPos.AUX) {
            return Optional.empty();
        }
        List<Word> objectSide = words(VerbSides.objectSide(tree, verb));
        List<Word> subject = words(subjectSide);
        String lemma = node.lemma().toLowerCase(Locale.ROOT);
        CodedPredicate best = null;
        int bestScore = -1;
        VerbDictionary.Verb fallback = null;
        for (VerbDictionary.Verb entry : dictionary.verbs(lemma)) {
            if (!particlesFollow(entry.particles(), node, objectSide)) {
                continue;
            }
            // an entry with particles ("fire at") is more specific than the bare verb, whatever its patterns
            int base = entry.particles().size() * 10;
            if (entry.coding().isEvent() && (fallback == null || entry.particles().size() >= fallback.particles().size())) {
                fallback = entry;
            }
            for (VerbPattern pattern : entry.block().patterns()) {
                int score = base + pattern.specificity();
                if (score >= bestScore && fits(pattern.subjectSide(), subject) && fits(pattern.objectSide(), objectSide)) {
                    best = new CodedPredicate(verb, entry, pattern, pattern.coding(),
                            "verb '" + entry.words() + "' with pattern '" + pattern.text() + "' → CAMEO " + pattern.coding().cameo());
                    bestScore = score;
                }
            }
        }
        // a particle verb's own coding ("fire at") outranks the bare verb's patterns ("fire * rockets")
        if (fallback != null && (best == null || fallback.particles().size() * 10 > bestScore)) {
            best = new CodedPredicate(verb, fallback, null, fallback.coding(),
                    "verb '" + fallback.words() + "' → CAMEO " + fallback.coding().cameo() + " (no pattern fitted)");
        }
        return Optional.ofNullable(best).filter(p -> p.coding().isEvent());
    }

    /** A word of a pattern's side with the forms patterns are compared with, computed once a sentence. */
    private record Word(int index, String text, String lemma, String singular) {
    }

    private static List<Word> words(List<SyntaxNode> nodes) {
        return nodes.stream().map(n -> {
            String text = n.text().toLowerCase(Locale.ROOT);
            return new Word(n.index(), text, n.lemma().toLowerCase(Locale.ROOT), singular(text));
        }).toList();
    }

    private static boolean particlesFollow(List<String> particles, SyntaxNode verb, List<Word> objectSide) {
        if (particles.isEmpty()) {
            return true;
        }
        int from = 0;
        for (int p = 0; p < particles.size(); p++) {
            int at = find(List.of(particles.get(p)), objectSide, from);
            // the first particle stands right after the verb (an adverb may come between)
            if (at < 0 || p == 0 && objectSide.get(at).index() > verb.index() + 3) {
                return false;
            }
            from = at + 1;
        }
        return true;
    }

    /** Whether each element has one alternative standing in the words, the elements in order. */
    private static boolean fits(List<List<List<String>>> elements, List<Word> words) {
        int from = 0;
        for (List<List<String>> element : elements) {
            int found = -1;
            for (List<String> phrase : element) {
                int at = find(phrase, words, from);
                if (at >= 0 && (found < 0 || at < found)) {
                    found = at;
                }
            }
            if (found < 0) {
                return false;
            }
            from = found + 1;
        }
        return true;
    }

    /** Where the phrase starts in {@code words} at or after {@code from}, its words adjacent in the sentence; -1 if nowhere. */
    private static int find(List<String> phrase, List<Word> words, int from) {
        for (int i = from; i + phrase.size() <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) {
                Word w = words.get(i + k);
                all = (k == 0 || w.index() == words.get(i + k - 1).index() + 1) && sameWord(phrase.get(k), w);
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    /** CAMEO writes nouns in the form it met them ("PRISONERS"); a word matches its text, its lemma or its singular. */
    private static boolean sameWord(String patternWord, Word word) {
        if (word.text().equals(patternWord) || word.lemma().equals(patternWord)) {
            return true;
        }
        String single = singular(patternWord);
        return word.lemma().equals(single) || word.text().equals(single) || word.singular().equals(single);
    }

    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
