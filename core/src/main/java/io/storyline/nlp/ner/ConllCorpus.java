package io.storyline.nlp.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file in the CoNLL-2003 column format ({@code token POS chunk tag}, blank lines between sentences,
 * {@code -DOCSTART-} lines between documents), kept line by line so predictions can be written beside it.
 */
public final class ConllCorpus {
    /** One sentence: its words, gold labels (last column) and the file line of each token. */
    public record Sentence(String[] words, String[] labels, int[] lines) {
    }

    /** One document: its sentences in order. */
    public record Document(List<Sentence> sentences) {
    }

    private final List<String> lines;
    private final List<Document> documents;

    private ConllCorpus(List<String> lines, List<Document> documents) {
        this.lines = lines;
        this.documents = documents;
    }

    public static ConllCorpus read(Path file) throws IOException {
        return read(List.of(file));
    }

    /** Several files read as one corpus, their documents in order. */
    public static ConllCorpus read(List<Path> files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            if (!lines.isEmpty()) {
                lines.add(""); // a file may not end with a blank line
            }
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        List<Document> documents = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>(), labels = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int n = 0; n <= lines.size(); n++) {
            String line = n < lines.size() ? lines.get(n).strip() : "";
            boolean docStart = line.startsWith("-DOCSTART-");
            if (line.isEmpty() || docStart) {
                if (!words.isEmpty()) {
                    sentences.add(new Sentence(words.toArray(String[]::new), labels.toArray(String[]::new),
                            lineNumbers.stream().mapToInt(Integer::intValue).toArray()));
                    words.clear();
                    labels.clear();
                    lineNumbers.clear();
                }
                if ((docStart || n == lines.size()) && !sentences.isEmpty()) {
                    documents.add(new Document(List.copyOf(sentences)));
                    sentences.clear();
                }
                continue;
            }
            String[] columns = line.split("\\s+");
            words.add(columns[0]);
            labels.add(columns.length > 1 ? columns[columns.length - 1] : "O");
            lineNumbers.add(n);
        }
        return new ConllCorpus(lines, documents);
    }

    public List<Document> documents() {
        return documents;
    }

    public List<String> lines() {
        return lines;
    }

    public int tokenCount() {
        int n = 0;
        for (Document d : documents) {
            for (Sentence s : d.sentences()) {
                n += s.words().length;
            }
        }
        return n;
    }
}
