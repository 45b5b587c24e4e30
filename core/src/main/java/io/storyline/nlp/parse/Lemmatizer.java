package io.storyline.nlp.parse;

import io.storyline.nlp.UniversalPos;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmas learned from a treebank, as UDPipe does: a table of the (form, part of speech) pairs seen in training with
 * their most frequent lemma, and for unseen words edit scripts ("cut 1, add nothing": "apologized" → "apologize")
 * chosen by the longest known ending of the word among words of the same part of speech. Counting word types, not
 * tokens, for the endings keeps a few frequent irregular words from deciding how every word ending alike is read.
 * Immutable, so thread-safe.
 */
public final class Lemmatizer {
    private static final int LONGEST_ENDING = 7;
    /** "POS\tlower-cased form" -> lemma. */
    private final Map<String, String> seen;
    /** "POS\tending" -> edit script "cut\tappend". */
    private final Map<String, String> endings;
    /** The same two tables split by part of speech (its ordinal), so a look-up builds no key: lemmas are asked for every word parsed. */
    private final List<Map<String, String>> seenByPos, endingsByPos;

    private Lemmatizer(Map<String, String> seen, Map<String, String> endings) {
        this.seen = Map.copyOf(seen);
        this.endings = Map.copyOf(endings);
        seenByPos = byPos(seen);
        endingsByPos = byPos(endings);
    }

    private static List<Map<String, String>> byPos(Map<String, String> table) {
        List<Map<String, String>> split = new java.util.ArrayList<>();
        for (UniversalPos pos : UniversalPos.values()) {
            split.add(new HashMap<>());
        }
        for (Map.Entry<String, String> e : table.entrySet()) {
            int tab = e.getKey().indexOf('\t');
            UniversalPos pos = UniversalPos.valueOf(e.getKey().substring(0, tab));
            split.get(pos.ordinal()).put(e.getKey().substring(tab + 1), e.getValue());
        }
        return split.stream().map(Map::copyOf).toList();
    }

    /** The lemma of a word read as {@code pos}. */
    public String lemma(String form, UniversalPos pos) {
        String plain = Words.plain(form);
        String lower = plain.toLowerCase(Locale.ROOT);
        String known = seenByPos.get(pos.ordinal()).get(lower);
        if (known != null) {
            return pos == UniversalPos.PROPN && known.equalsIgnoreCase(plain) ? plain : known;
        }
        String word = pos == UniversalPos.PROPN ? plain : lower;
        for (int k = Math.min(LONGEST_ENDING, word.length()); k >= 0; k--) {
            String script = endingsByPos.get(pos.ordinal()).get(lower.substring(lower.length() - k));
            if (script != null) {
                int tab = script.indexOf('\t');
                int cut = Integer.parseInt(script.substring(0, tab));
                if (cut < word.length()) {
                    return word.substring(0, word.length() - cut) + script.substring(tab + 1);
                }
            }
        }
        return word;
    }

    int tableSize() {
        return seen.size() + endings.size();
    }

    /** A training example: a word, its part of speech and its gold lemma. */
    public record Example(String form, UniversalPos pos, String lemma) {
    }

    /** Learns the table and the endings from gold examples. */
    public static Lemmatizer learn(List<Example> examples) {
        Map<String, Map<String, Integer>> lemmaCounts = new HashMap<>();
        for (Example e : examples) {
            if (e.lemma().isEmpty() || e.lemma().equals("_")) {
                continue;
            }
            String key = e.pos().name() + "\t" + Words.plain(e.form()).toLowerCase(Locale.ROOT);
            lemmaCounts.computeIfAbsent(key, k -> new HashMap<>()).merge(Words.plain(e.lemma()), 1, Integer::sum);
        }
        Map<String, String> seen = new HashMap<>();
        Map<String, Map<String, Integer>> scriptCounts = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> entry : lemmaCounts.entrySet()) {
            String lemma = mostFrequent(entry.getValue());
            seen.put(entry.getKey(), lemma);
            int tab = entry.getKey().indexOf('\t');
            String pos = entry.getKey().substring(0, tab);
            String lower = entry.getKey().substring(tab + 1);
            String target = lemma.toLowerCase(Locale.ROOT);
            int common = 0;
            while (common < lower.length() && common < target.length() && lower.charAt(common) == target.charAt(common)) {
                common++;
            }
            int cut = lower.length() - common;
            String script = cut + "\t" + target.substring(common);
            for (int k = cut; k <= Math.min(LONGEST_ENDING, lower.length()); k++) {
                scriptCounts.computeIfAbsent(pos + "\t" + lower.substring(lower.length() - k), x -> new HashMap<>())
                        .merge(script, 1, Integer::sum);
            }
        }
        Map<String, String> endings = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> entry : scriptCounts.entrySet()) {
            int total = entry.getValue().values().stream().mapToInt(Integer::intValue).sum();
            if (total >= 2 || entry.getKey().endsWith("\t")) {
                endings.put(entry.getKey(), mostFrequent(entry.getValue()));
            }
        }
        // an ending that decides as its one-letter-shorter ending does adds nothing
        List<String> redundant = endings.entrySet().stream().filter(e -> {
            String key = e.getKey();
            int tab = key.indexOf('\t');
            return key.length() > tab + 1 && e.getValue().equals(endings.get(key.substring(0, tab + 1) + key.substring(tab + 2)));
        }).map(Map.Entry::getKey).toList();
        redundant.forEach(endings::remove);
        return new Lemmatizer(seen, endings);
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    void write(DataOutputStream out) throws IOException {
        writeTable(out, seen);
        writeTable(out, endings);
    }

    static Lemmatizer read(DataInputStream in) throws IOException {
        Map<String, String> seen = readTable(in);
        return new Lemmatizer(seen, readTable(in));
    }

    private static void writeTable(DataOutputStream out, Map<String, String> table) throws IOException {
        out.writeInt(table.size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(table).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> readTable(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("corrupt lemma table: " + n + " entries");
        }
        Map<String, String> table = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            table.put(in.readUTF(), in.readUTF());
        }
        return table;
    }
}
