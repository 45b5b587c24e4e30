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
import java.util.Optional;
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
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''");
    /** Prepositions before a gerund whose subject is the main clause's ("by establishing", "after meeting"). */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "before", "while", "when", "since",
            "upon", "on", "without");
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
        for (SyntaxNode child : withSubjectsOfAuxiliaries(tree, verb)) {
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
                String preposition = preposition(tree, child);
                obliques.add(new Arguments.Oblique(child.index(), preposition));
                if (targets.isEmpty() && TARGET_PREPOSITIONS.contains(preposition) && isParticipant(child)) {
                    addWithConjuncts(tree, child.index(), targets);
                    why.add("'" + preposition + " " + child.text() + "' is the target");
                }
            }
        }
        if (targets.isEmpty()) {
            objectPhraseTarget(tree, verb).ifPresent(nmod -> {
                addWithConjuncts(tree, nmod.index(), targets);
                why.add("'" + nmod.text() + "' of the object '" + tree.node(nmod.head()).text() + "' is the target");
            });
        }
        if (actors.isEmpty()) {
            inherit(tree, verb, actors, targets, passive, why);
        }
        return new Arguments(actors, targets, obliques, why);
    }

    /**
     * Whom the event is for when its object names no one: the object's phrase ("set up a mission to NATO",
     * "slapped sanctions on Russia") or the verb's own ("set up a mission to NATO headquarters", where the parser
     * hung the phrase on the verb). Word indexes with their conjuncts; empty when there is none.
     */
    public List<Integer> phraseTargets(DependencyTree tree, int verb) {
        List<Integer> out = new ArrayList<>();
        Optional<SyntaxNode> ofObject = objectPhraseTarget(tree, verb);
        if (ofObject.isPresent()) {
            addWithConjuncts(tree, ofObject.get().index(), out);
            return out;
        }
        for (SyntaxNode obl : tree.children(verb, "obl")) {
            if (TARGET_PREPOSITIONS.contains(preposition(tree, obl)) && isParticipant(obl)) {
                addWithConjuncts(tree, obl.index(), out);
                return out;
            }
        }
        return out;
    }

    private static Optional<SyntaxNode> objectPhraseTarget(DependencyTree tree, int verb) {
        for (SyntaxNode object : tree.children(verb, "obj")) {
            for (SyntaxNode nmod : tree.children(object.index(), "nmod")) {
                if (TARGET_PREPOSITIONS.contains(preposition(tree, nmod)) && isParticipant(nmod)) {
                    return Optional.of(nmod);
                }
            }
        }
        return Optional.empty();
    }

    private static String preposition(DependencyTree tree, SyntaxNode phrase) {
        return tree.children(phrase.index(), "case").stream().map(ArgumentFinder::lower).findFirst().orElse("");
    }

    /**
     * The verb's dependents, with the subject the parser hung on one of its auxiliaries when the verb has none of
     * its own ("that I have now invited": "I" under "have").
     */
    private static List<SyntaxNode> withSubjectsOfAuxiliaries(DependencyTree tree, int verb) {
        List<SyntaxNode> children = new ArrayList<>(tree.children(verb));
        if (children.stream().noneMatch(c -> c.baseRelation().equals("nsubj"))) {
            for (SyntaxNode aux : tree.children(verb, "aux")) {
                children.addAll(tree.children(aux.index(), "nsubj"));
            }
        }
        return children;
    }

    private void inherit(DependencyTree tree, int verb, List<Integer> actors, List<Integer> targets, boolean passive,
                         List<String> why) {
        SyntaxNode node = tree.node(verb);
        if (node.head() < 0) {
            return;
        }
        SyntaxNode head = tree.node(node.head());
        if (acrossAQuoteMark(tree, verb, head.index())) {
            return; // the speaker outside a quote does not do what the quote tells
        }
        switch (node.relation()) {
            case "conj" -> {
                Arguments first = find(tree, head.index());
                actors.addAll(first.actors());
                if (!first.actors().isEmpty()) {
                    why.add("shares the subject of '" + head.text() + "' it is coordinated with");
                }
            }
            case "advcl" -> {
                // "ambushed a patrol, killing two soldiers": a participle clause shares the main clause's subject;
                // so do an infinitive ("expressed his intention to invite") and a gerund after a preposition ("by
                // establishing a mission, we will"), whose subject English leaves out because it is the main one's
                Optional<SyntaxNode> forNoun = hasMark(tree, verb, "to") ? forNounBefore(tree, head.index(), verb)
                        : Optional.empty();
                if (forNoun.isPresent()) {
                    // "called for Netanyahu to resign": the "for" noun, not the caller, is to do it
                    actors.add(forNoun.get().index());
                    why.add("'for " + forNoun.get().text() + " to " + node.text() + "': its subject");
                } else if (sharesTheMainSubject(tree, verb)) {
                    Arguments main = find(tree, head.index());
                    actors.addAll(main.actors());
                    if (!main.actors().isEmpty()) {
                        why.add("the participle shares the subject of '" + head.text() + "'");
                    }
                }
            }
            case "acl" -> {
                // "the first time for a president to attend": the "for" noun is the infinitive's subject
                if (hasMark(tree, verb, "to") && VerbSides.hasCase(tree, head, "for")) {
                    actors.add(head.index());
                    why.add("'for " + head.text() + " to " + node.text() + "': its subject");
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

    private static boolean acrossAQuoteMark(DependencyTree tree, int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            if (QUOTE_MARKS.contains(tree.node(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesTheMainSubject(DependencyTree tree, int verb) {
        List<SyntaxNode> marks = tree.children(verb, "mark");
        boolean gerund = tree.node(verb).text().toLowerCase(Locale.ROOT).endsWith("ing");
        if (marks.isEmpty()) {
            return gerund && verb > 0 && tree.node(verb - 1).text().equals(",");
        }
        String mark = lower(marks.get(0));
        return mark.equals("to") || gerund && GERUND_PREPOSITIONS.contains(mark);
    }

    /** The head's "for" oblique standing between the head and the infinitive ("called for X to resign"). */
    private static Optional<SyntaxNode> forNounBefore(DependencyTree tree, int head, int infinitive) {
        return tree.children(head, "obl").stream()
                .filter(o -> o.index() > head && o.index() < infinitive && VerbSides.hasCase(tree, o, "for"))
                .findFirst();
    }

    private static boolean hasMark(DependencyTree tree, int verb, String mark) {
        return tree.children(verb, "mark").stream().anyMatch(m -> lower(m).equals(mark));
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
