package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.Token;
import io.storyline.nlp.UniversalPos;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built trees for tests, written as CoNLL-U: either the ten tab-separated columns, or the short form
 * {@code ID FORM LEMMA UPOS HEAD DEPREL} separated by spaces. The sentence's text is its forms joined by one space,
 * starting at {@code offset} of the article.
 */
final class ConlluTrees {
    record Parsed(String text, Sentence sentence, DependencyTree tree) {
    }

    private ConlluTrees() {
    }

    static DependencyTree tree(String conllu) {
        return parse(conllu, 0).tree();
    }

    static Parsed parse(String conllu, int offset) {
        List<String[]> rows = new ArrayList<>();
        for (String line : conllu.strip().split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = line.contains("\t") ? line.split("\t") : l.split("\\s+");
            if (f.length >= 10) {
                rows.add(new String[]{f[1], f[2], f[3], f[6], f[7]});
            } else if (f.length == 6) {
                rows.add(new String[]{f[1], f[2], f[3], f[4], f[5]});
            } else {
                throw new IllegalArgumentException("CoNLL-U row needs 10 or 6 columns: " + line);
            }
        }
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<SyntaxNode> nodes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (i > 0) {
                text.append(' ');
            }
            int start = offset + text.length();
            text.append(r[0]);
            Token token = new Token(start, offset + text.length(), r[0]);
            tokens.add(token);
            nodes.add(new SyntaxNode(i, token, UniversalPos.fromConllu(r[2]), r[1], Integer.parseInt(r[3]) - 1, r[4]));
        }
        return new Parsed(text.toString(), new Sentence(offset, offset + text.length(), tokens), new DependencyTree(nodes));
    }

    /** The index of the first word with this form. */
    static int word(DependencyTree tree, String form) {
        return tree.nodes().stream().filter(n -> n.text().equals(form)).findFirst()
                .orElseThrow(() -> new AssertionError("no word " + form)).index();
    }
}
