package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import io.storyline.language.LexiconFile;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.UniversalPos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Events told by a noun ({@code nominal-events.txt}): "Japan's apology to Korea", "an offer of compensation",
 * "announced new sanctions against Russia". The possessor or the "by"/"from" phrase is the actor; when there is none
 * and the noun is the object of a verb, that verb's subject is ("Seoul announced sanctions"). Used only for sentences
 * without a verbal report of an event, since a verb, when there is one, tells more.
 */
public final class NominalEvents {
    private static final NominalEvents STANDARD = new NominalEvents(
            LexiconFile.lines(NominalEvents.class, "/io/storyline/events/nominal-events.txt"));
    private static final Set<String> ACTOR_CASES = Set.of("by", "from");
    private static final Set<String> TARGET_CASES = Set.of("to", "against", "on", "for", "with");

    /** A noun event: the noun, its coding, and its arguments. */
    public record Nominal(int noun, PloverCoding coding, Arguments arguments) {
    }

    private final Map<String, PloverCoding> byNoun = new HashMap<>();

    public NominalEvents(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\\|");
            byNoun.put(f[0].strip().toLowerCase(Locale.ROOT), PloverCoding.read(f, 1, line));
        }
    }

    public static NominalEvents standard() {
        return STANDARD;
    }

    /** The nouns that tell events. */
    public java.util.Set<String> nouns() {
        return java.util.Set.copyOf(byNoun.keySet());
    }

    public List<Nominal> find(DependencyTree tree, ArgumentFinder finder) {
        List<Nominal> out = new ArrayList<>();
        for (SyntaxNode node : tree.nodes()) {
            PloverCoding coding = node.pos() == UniversalPos.NOUN ? coding(node) : null;
            if (coding == null) {
                continue;
            }
            List<Integer> actors = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            List<String> why = new ArrayList<>();
            for (SyntaxNode child : tree.children(node.index())) {
                String preposition = tree.children(child.index(), "case").stream()
                        .map(c -> c.text().toLowerCase(Locale.ROOT)).findFirst().orElse("");
                if (child.relation().equals("nmod:poss") || ACTOR_CASES.contains(preposition)) {
                    actors.add(child.index());
                    why.add("'" + child.text() + "' owns or makes the " + node.text());
                } else if (TARGET_CASES.contains(preposition)) {
                    targets.add(child.index());
                    why.add("'" + preposition + " " + child.text() + "' is the target of the " + node.text());
                }
            }
            if (actors.isEmpty() && node.baseRelation().equals("obj") && node.head() >= 0) {
                Arguments verb = finder.find(tree, node.head());
                actors.addAll(verb.actors());
                if (!verb.actors().isEmpty()) {
                    why.add("the subject of '" + tree.node(node.head()).text() + "' makes the " + node.text());
                }
            }
            out.add(new Nominal(node.index(), coding, new Arguments(actors, targets, List.of(), why)));
        }
        return out;
    }

    private PloverCoding coding(SyntaxNode node) {
        PloverCoding c = byNoun.get(node.text().toLowerCase(Locale.ROOT));
        return c != null ? c : byNoun.get(node.lemma().toLowerCase(Locale.ROOT));
    }
}
