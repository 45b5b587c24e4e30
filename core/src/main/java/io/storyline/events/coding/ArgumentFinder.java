package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.UniversalPos;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who did what to whom around an event verb in a dependency tree: the subject (in the passive the "by"
 * phrase, the passive subject being the target), the objects, and where the subject is not the verb's own the one
 * it shares: the first of coordinated verbs ("arrested and charged"), the noun a relative clause modifies ("police,
 * who raided"), the controller of an xcomp ("agreed to pay": the one who agreed; "ordered La Prensa to suspend": La
 * Prensa). Coordinated nouns are all participants ("Russia and China"); appositions are not extra participants.
 */
public final class ArgumentFinder {
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    /** Prepositions whose object is whom the event was done to or with, rather than where or when. */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "against", "to", "on", "at", "toward",
            "towards", "from", "for");

    public Arguments find(DependencyTree tree, int verb) {
        List<String> why = new ArrayList<>();
        List<Integer> actors = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        List<Arguments.Oblique> obliques = new ArrayList<>();
        boolean passive = VerbSides.passive(tree, verb);
        for (SyntaxNode child : tree.children(verb)) {
            String base = child.baseRelation();
            boolean byAgent = base.equals("obl") && (child.relation().equals("obl:agent") || VerbSides.hasCase(tree, child, "by"));
            if (passive && byAgent) {
                addWithConjuncts(tree, child.index(), actors);
                why.add("'" + child.text() + "' is the agent of the passive");
            } else if (base.equals("nsubj") && !RELATIVE_PRONOUNS.contains(lower(child)) && !inDateline(tree, child.index())) {
                addWithConjuncts(tree, child.index(), passive ? targets : actors);
                why.add("'" + child.text() + "' is the " + (passive ? "passive subject: the target" : "subject"));
            } else if (base.equals("obj") || base.equals("iobj")) {
                addWithConjuncts(tree, child.index(), targets);
            } else if (base.equals("obl") || base.equals("nmod")) {
                String preposition = tree.children(child.index(), "case").stream().map(ArgumentFinder::lower)
                        .findFirst().orElse("");
                obliques.add(new Arguments.Oblique(child.index(), preposition));
                if (targets.isEmpty() && TARGET_PREPOSITIONS.contains(preposition) && isParticipant(child)) {
                    addWithConjuncts(tree, child.index(), targets);
                    why.add("'" + preposition + " " + child.text() + "' is the target");
                }
            }
        }
        if (targets.isEmpty()) {
            // "set up a mission to NATO", "slapped sanctions on Russia": the object's phrase names whom it is for
            for (SyntaxNode object : tree.children(verb, "obj")) {
                for (SyntaxNode nmod : tree.children(object.index(), "nmod")) {
                    String preposition = tree.children(nmod.index(), "case").stream().map(ArgumentFinder::lower)
                            .findFirst().orElse("");
                    if (targets.isEmpty() && TARGET_PREPOSITIONS.contains(preposition) && isParticipant(nmod)) {
                        addWithConjuncts(tree, nmod.index(), targets);
                        why.add("'" + preposition + " " + nmod.text() + "' of the object '" + object.text() + "' is the target");
                    }
                }
            }
        }
        if (actors.isEmpty()) {
            inherit(tree, verb, actors, targets, passive, why);
        }
        return new Arguments(actors, targets, obliques, why);
    }

    private void inherit(DependencyTree tree, int verb, List<Integer> actors, List<Integer> targets, boolean passive,
                         List<String> why) {
        SyntaxNode node = tree.node(verb);
        if (node.head() < 0) {
            return;
        }
        SyntaxNode head = tree.node(node.head());
        switch (node.relation()) {
            case "conj" -> {
                Arguments first = find(tree, head.index());
                actors.addAll(first.actors());
                if (!first.actors().isEmpty()) {
                    why.add("shares the subject of '" + head.text() + "' it is coordinated with");
                }
            }
            case "advcl" -> {
                // "ambushed a patrol, killing two soldiers": a participle clause shares the main clause's subject
                if (node.text().toLowerCase(Locale.ROOT).endsWith("ing") && tree.children(verb, "mark").isEmpty()
                        && verb > 0 && tree.node(verb - 1).text().equals(",")) {
                    Arguments main = find(tree, head.index());
                    actors.addAll(main.actors());
                    if (!main.actors().isEmpty()) {
                        why.add("the participle shares the subject of '" + head.text() + "'");
                    }
                }
            }
            case "acl:relcl" -> {
                (passive ? targets : actors).add(head.index());
                why.add("'" + head.text() + "' is the noun its relative clause modifies");
            }
            case "xcomp" -> {
                List<SyntaxNode> objects = tree.children(head.index(), "obj");
                if (!objects.isEmpty()) {
                    actors.add(objects.get(0).index());
                    why.add("'" + objects.get(0).text() + "' is the object of '" + head.text() + "', who is to do it");
                } else {
                    Arguments controller = find(tree, head.index());
                    // "X is expected to attend", "X was invited to join": the passive subject is who is to do it
                    List<Integer> who = controller.actors().isEmpty() && VerbSides.passive(tree, head.index())
                            ? tree.children(head.index(), "nsubj").stream().map(SyntaxNode::index).toList()
                            : controller.actors();
                    actors.addAll(who);
                    if (!who.isEmpty()) {
                        why.add("the subject of '" + head.text() + "' controls it");
                    }
                }
            }
            default -> {
            }
        }
    }

    private static void addWithConjuncts(DependencyTree tree, int head, List<Integer> into) {
        into.add(head);
        for (SyntaxNode conj : tree.children(head, "conj")) {
            if (conj.pos() == UniversalPos.PROPN || conj.pos() == UniversalPos.NOUN || conj.pos() == UniversalPos.PRON) {
                into.add(conj.index());
            }
        }
    }

    private static boolean isParticipant(SyntaxNode node) {
        return (node.pos() == UniversalPos.PROPN || node.pos() == UniversalPos.NOUN || node.pos() == UniversalPos.PRON)
                && !namesADayOrMonth(node);
    }

    /** "arrived on Sunday", "met in May": a day or month is when, never whom (the JDK's enums are the vocabulary). */
    private static boolean namesADayOrMonth(SyntaxNode node) {
        String name = node.text().toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().equals(name))
                || Arrays.stream(Month.values()).anyMatch(m -> m.name().equals(name));
    }

    private static String lower(SyntaxNode n) {
        return n.text().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the word lies in a wire dateline ("SEOUL (Reuters) –"): the sentence opens with a place, the agency
     * in brackets and a dash. Parsers often take the place for the subject; it only says where the story was filed.
     */
    static boolean inDateline(DependencyTree tree, int word) {
        for (int i = 1; i < tree.size() && i <= 8; i++) {
            String text = tree.node(i).text();
            if (DASHES.contains(text)) {
                return word < i && tree.node(i - 1).text().equals(")") && tree.nodes().subList(0, i).stream()
                        .anyMatch(n -> n.text().equals("("));
            }
        }
        return false;
    }
}
