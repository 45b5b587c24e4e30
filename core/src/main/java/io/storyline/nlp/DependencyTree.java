package io.storyline.nlp;

import java.util.ArrayList;
import java.util.List;

/** A sentence's dependency tree: one {@link SyntaxNode} a token, in sentence order. */
public record DependencyTree(List<SyntaxNode> nodes) {
    public DependencyTree {
        nodes = List.copyOf(nodes);
        for (int i = 0; i < nodes.size(); i++) {
            SyntaxNode node = nodes.get(i);
            if (node.index() != i || node.head() < -1 || node.head() >= nodes.size() || node.head() == i) {
                throw new IllegalArgumentException("not a tree at word " + i + ": " + node);
            }
        }
    }

    public SyntaxNode node(int index) {
        return nodes.get(index);
    }

    public int size() {
        return nodes.size();
    }

    /** The words whose head is {@code index}, in sentence order. */
    public List<SyntaxNode> children(int index) {
        List<SyntaxNode> children = new ArrayList<>();
        for (SyntaxNode node : nodes) {
            if (node.head() == index) {
                children.add(node);
            }
        }
        return children;
    }

    /** The words whose head is {@code index} with the given base relation ("nsubj" also finds "nsubj:pass"). */
    public List<SyntaxNode> children(int index, String baseRelation) {
        return children(index).stream().filter(child -> child.baseRelation().equals(baseRelation)).toList();
    }

    /** The roots (one in a well-formed parse). */
    public List<SyntaxNode> roots() {
        return children(-1);
    }

    /** The word and every word below it, in sentence order: the span a head stands for. */
    public List<SyntaxNode> subtree(int index) {
        List<SyntaxNode> below = new ArrayList<>();
        for (SyntaxNode node : nodes) {
            if (dominates(index, node.index())) {
                below.add(node);
            }
        }
        return below;
    }

    /** Whether {@code ancestor} is {@code index} or lies on its path to the root. */
    public boolean dominates(int ancestor, int index) {
        for (int at = index, steps = 0; at >= 0 && steps <= nodes.size(); at = nodes.get(at).head(), steps++) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
