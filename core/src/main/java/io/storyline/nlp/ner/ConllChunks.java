package io.storyline.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Phrases of a tag sequence by the rules of the CoNLL shared task's {@code conlleval} script (the start/end-of-chunk
 * tables of its maintained Python port, which add the E- and S- tags): reads IOB1, IOB2, IOE and IOBES alike, so
 * an "I-" after "O" or after another type opens a phrase and a "B-" always does.
 */
public final class ConllChunks {
    /** A phrase: tokens [start, end) of its sentence, and its type label such as "PER". */
    public record Chunk(int start, int end, String type) {
    }

    private ConllChunks() {
    }

    /** The phrases of one sentence's labels ("B-PER", "I-ORG", "O", …). */
    public static List<Chunk> of(String[] labels) {
        List<Chunk> chunks = new ArrayList<>();
        String prevTag = "O", prevType = "";
        int start = -1;
        for (int i = 0; i <= labels.length; i++) {
            String label = i < labels.length ? labels[i] : "O";
            String tag = tagOf(label), type = typeOf(label);
            if (start >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
                chunks.add(new Chunk(start, i, prevType));
                start = -1;
            }
            if (startOfChunk(prevTag, tag, prevType, type)) {
                start = i;
            }
            prevTag = tag;
            prevType = type;
        }
        return chunks;
    }

    static String tagOf(String label) {
        int dash = label.indexOf('-');
        return dash < 0 ? label : label.substring(0, dash);
    }

    static String typeOf(String label) {
        int dash = label.indexOf('-');
        return dash < 0 ? "" : label.substring(dash + 1);
    }

    static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
        return switch (prevTag) {
            case "E", "S", "]", "[" -> true;
            case "B", "I" -> tag.equals("B") || tag.equals("S") || tag.equals("O") || !prevType.equals(type);
            case "O", "." -> false;
            default -> !prevType.equals(type);
        };
    }

    static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
        if (tag.equals("B") || tag.equals("S") || tag.equals("[") || tag.equals("]")) {
            return true;
        }
        if ((tag.equals("E") || tag.equals("I")) && (prevTag.equals("E") || prevTag.equals("S") || prevTag.equals("O"))) {
            return true;
        }
        return !tag.equals("O") && !tag.equals(".") && !prevType.equals(type);
    }
}
