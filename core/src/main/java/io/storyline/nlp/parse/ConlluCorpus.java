package io.storyline.nlp.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Sentences of a CoNLL-U file (https://universaldependencies.org/format.html): the basic tree of each sentence
 * over its syntactic words, the raw text ({@code # text =}), and which words a multiword token ("don't" → "do",
 * "n't") groups. Empty nodes of enhanced graphs (ids like "8.1") are skipped.
 */
public final class ConlluCorpus {
    private final List<ConlluSentence> sentences;

    private ConlluCorpus(List<ConlluSentence> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    public List<ConlluSentence> sentences() {
        return sentences;
    }

    public int words() {
        return sentences.stream().mapToInt(s -> s.words().size()).sum();
    }

    public static ConlluCorpus read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        boolean gz = file.toString().endsWith(".gz");
        try (Reader in = gz ? new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(new BufferedReader(in), file.toString());
        }
    }

    public static ConlluCorpus parse(String text) {
        try {
            return read(new BufferedReader(new StringReader(text)), "<text>");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads CoNLL-U; a malformed line fails with the source name and line number. */
    public static ConlluCorpus read(BufferedReader reader, String source) throws IOException {
        List<ConlluSentence> out = new ArrayList<>();
        Builder current = new Builder();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                current.finish(out, source, number);
                current = new Builder();
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("# text =")) {
                    current.text = line.substring("# text =".length()).strip();
                } else if (line.startsWith("# sent_id =")) {
                    current.id = line.substring("# sent_id =".length()).strip();
                }
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 10) {
                throw new IOException(source + ":" + number + ": a CoNLL-U line has 10 tab-separated columns, this one " + cols.length);
            }
            String id = cols[0];
            if (id.indexOf('.') >= 0) {
                continue;
            }
            try {
                int dash = id.indexOf('-');
                if (dash >= 0) {
                    current.multiword(Integer.parseInt(id.substring(0, dash)), Integer.parseInt(id.substring(dash + 1)), cols[1], cols[9]);
                } else {
                    int index = Integer.parseInt(id);
                    if (index != current.words.size() + 1) {
                        throw new IOException(source + ":" + number + ": word id " + index + " out of order");
                    }
                    int head = cols[6].equals("_") ? 0 : Integer.parseInt(cols[6]);
                    current.words.add(new ConlluWord(cols[1], cols[2], cols[3], cols[4], head - 1, cols[7],
                            !cols[9].contains("SpaceAfter=No"), current.group(index)));
                }
            } catch (NumberFormatException e) {
                throw new IOException(source + ":" + number + ": bad number in " + line.substring(0, Math.min(40, line.length())), e);
            }
        }
        current.finish(out, source, number);
        return new ConlluCorpus(out);
    }

    private static final class Builder {
        String id;
        String text;
        final List<ConlluWord> words = new ArrayList<>();
        final List<ConlluSentence.Multiword> multiwords = new ArrayList<>();

        void multiword(int first, int last, String form, String misc) {
            multiwords.add(new ConlluSentence.Multiword(first - 1, last, form, !misc.contains("SpaceAfter=No")));
        }

        /** The multiword token a word id belongs to, -1 for none. */
        int group(int index) {
            for (int m = 0; m < multiwords.size(); m++) {
                ConlluSentence.Multiword mw = multiwords.get(m);
                if (index - 1 >= mw.first() && index - 1 < mw.end()) {
                    return m;
                }
            }
            return -1;
        }

        void finish(List<ConlluSentence> out, String source, int line) throws IOException {
            if (words.isEmpty()) {
                return;
            }
            for (ConlluWord w : words) {
                if (w.head() < -1 || w.head() >= words.size()) {
                    throw new IOException(source + ": sentence ending before line " + line + " has a head out of range: " + w);
                }
            }
            out.add(new ConlluSentence(id, text, words, multiwords));
        }
    }
}
