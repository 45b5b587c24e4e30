package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import io.storyline.language.LexiconFile;
import io.storyline.nlp.SyntaxNode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads from the tree whether an event verb's report says it happened: its own auxiliaries and adverbs ("did not",
 * "will", "would", "if"), then up the chain of verbs whose complement it is ("refused to", "denied that", "plans to",
 * "is expected to", "unlikely to"). The cues are in {@code modality.txt}; a negation beats a plan beats a possibility,
 * so "will not attend" is negated.
 */
public final class ModalityReader {
    private static final ModalityReader STANDARD = new ModalityReader(
            LexiconFile.lines(ModalityReader.class, "/io/storyline/events/modality.txt"));
    private static final Set<String> OWN = Set.of("aux", "advmod", "mark", "neg", "det");
    private static final Set<String> COMPLEMENT = Set.of("xcomp", "ccomp");
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did");

    /** The status and the words that decided it. */
    public record Modality(EventStatus status, String cue) {
    }

    private final Map<String, EventStatus> own = new HashMap<>();
    private final Map<String, EventStatus> governing = new HashMap<>();

    public ModalityReader(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\\|");
            if (f.length != 3) {
                throw new IllegalArgumentException("modality cues: need 'lemma | STATUS | own|governs': " + line);
            }
            EventStatus status = EventStatus.valueOf(f[1].strip());
            (f[2].strip().equals("governs") ? governing : own).put(f[0].strip().toLowerCase(Locale.ROOT), status);
        }
    }

    public static ModalityReader standard() {
        return STANDARD;
    }

    public Modality read(DependencyTree tree, int verb) {
        Modality found = new Modality(EventStatus.HAPPENED, null);
        SyntaxNode self = tree.node(verb);
        if (self.baseRelation().equals("acl") && self.head() >= 0 && infinitive(tree, verb) && !inPastClause(tree, verb)) {
            // "the first time for a president to attend": an infinitive describing a noun tells no happening;
            // in a present or future clause it is what is to come
            found = new Modality(EventStatus.PLANNED, "to " + self.text() + " (an infinitive describing '"
                    + tree.node(self.head()).text() + "')");
        }
        for (int at = verb, steps = 0; at >= 0 && steps < 6; steps++) {
            SyntaxNode node = tree.node(at);
            if (at != verb) {
                found = stronger(found, governing.get(node.lemma().toLowerCase(Locale.ROOT)), node.text() + " (governs the event)");
            }
            for (SyntaxNode child : tree.children(at)) {
                if (OWN.contains(child.baseRelation())) {
                    String word = child.text().toLowerCase(Locale.ROOT).replace('’', '\'');
                    EventStatus s = own.getOrDefault(word, own.get(child.lemma().toLowerCase(Locale.ROOT)));
                    // a head's possibility ("would like to") does not make its complement possible; its negation does
                    if (at == verb || s == EventStatus.NEGATED) {
                        found = stronger(found, s, child.text() + (at == verb ? "" : " " + node.text()));
                    }
                }
            }
            // an infinitive clause is what its head wants, asks or plans ("called for X to resign", "urged X to
            // withdraw"), even where the parser hangs it as an adverbial clause
            if (!COMPLEMENT.contains(node.baseRelation()) && !(node.baseRelation().equals("advcl") && infinitive(tree, at))) {
                break;
            }
            at = node.head();
        }
        return found;
    }

    private static boolean infinitive(DependencyTree tree, int verb) {
        return tree.children(verb, "mark").stream().anyMatch(m -> m.text().equalsIgnoreCase("to"));
    }

    /** Whether the clause the word sits in is told in the past ("it was the first time for him to attend"). */
    private static boolean inPastClause(DependencyTree tree, int word) {
        int at = word;
        for (int steps = 0; tree.node(at).head() >= 0 && steps < tree.size(); steps++) {
            at = tree.node(at).head();
        }
        for (SyntaxNode child : tree.children(at)) {
            if ((child.baseRelation().equals("cop") || child.baseRelation().equals("aux"))
                    && PAST_AUXILIARIES.contains(child.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return tree.node(at).pos() == io.storyline.nlp.UniversalPos.VERB
                && tree.node(at).text().toLowerCase(Locale.ROOT).endsWith("ed");
    }

    private static Modality stronger(Modality current, EventStatus s, String cue) {
        if (s == null || s.ordinal() <= current.status().ordinal()) {
            return current;
        }
        return new Modality(s, cue);
    }
}
