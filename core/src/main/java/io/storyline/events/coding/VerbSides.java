package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.SyntaxNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The words on each side of a verb as CAMEO patterns see them: the subject's words (the "by" agent in the passive)
 * and the words of its objects, obliques and complements (the passive subject being the object). Clauses of their
 * own (ccomp, advcl, conj, parataxis) are left out: they are coded as verbs of their own.
 */
final class VerbSides {
    private static final Set<String> OBJECT_SIDE = Set.of("obj", "iobj", "obl", "xcomp", "compound", "nmod", "dep",
            "advmod", "acl");

    private VerbSides() {
    }

    /**
     * Whether the verb is passive. A passive verb is a past participle: "is proposing" is the progressive of an active
     * verb even where the parser labels its subject and auxiliary as passive.
     */
    static boolean passive(DependencyTree tree, int verb) {
        return !tree.node(verb).text().toLowerCase(java.util.Locale.ROOT).endsWith("ing") && tree.children(verb).stream()
                .anyMatch(c -> c.relation().equals("nsubj:pass") || c.relation().equals("aux:pass"));
    }

    /** The subject's words: its nsubj subtree, or in the passive the "by" phrase (obl:agent). */
    static List<SyntaxNode> subjectSide(DependencyTree tree, int verb) {
        boolean passive = passive(tree, verb);
        List<SyntaxNode> out = new ArrayList<>();
        for (SyntaxNode child : tree.children(verb)) {
            boolean agent = child.relation().equals("obl:agent") || child.baseRelation().equals("obl") && hasCase(tree, child, "by");
            if (passive ? agent : child.baseRelation().equals("nsubj") || child.baseRelation().equals("csubj")) {
                out.addAll(tree.subtree(child.index()));
            }
        }
        return out;
    }

    static List<SyntaxNode> objectSide(DependencyTree tree, int verb) {
        boolean passive = passive(tree, verb);
        List<SyntaxNode> out = new ArrayList<>();
        for (SyntaxNode child : tree.children(verb)) {
            String base = child.baseRelation();
            boolean agent = passive && base.equals("obl") && (child.relation().equals("obl:agent") || hasCase(tree, child, "by"));
            boolean object = OBJECT_SIDE.contains(base) && !agent || passive && base.equals("nsubj")
                    || child.relation().equals("compound:prt");
            if (object) {
                out.addAll(tree.subtree(child.index()));
            }
        }
        out.sort(Comparator.comparingInt(SyntaxNode::index));
        return out;
    }

    static boolean hasCase(DependencyTree tree, SyntaxNode node, String preposition) {
        return tree.children(node.index(), "case").stream().anyMatch(c -> c.text().equalsIgnoreCase(preposition));
    }
}
