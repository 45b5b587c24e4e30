package io.storyline.events.coding;

import io.storyline.language.LexiconFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verbs that tell of events and their patterns, read from {@code cameo-verbs.txt} (converted from PETRARCH2's
 * CAMEO dictionary by {@link VerbDictionaryConverter}; its header gives the format) and Storyline's own
 * {@code cameo-verbs-local.txt} for what CAMEO lacks. A user's file of the same format may be added; its blocks come
 * last and its verbs' patterns are tried with the others, the most specific winning.
 */
public final class VerbDictionary {
    private static final VerbDictionary STANDARD = new VerbDictionary(standardLines());

    /** A verb of a block: lemma, particles that must follow it ("call off"), and its coding when no pattern fits. */
    public record Verb(String lemma, List<String> particles, PloverCoding coding, Block block) {
        public String words() {
            return particles.isEmpty() ? lemma : lemma + " " + String.join(" ", particles);
        }
    }

    /** A verb block: its name, default coding and the patterns its verbs share. */
    public record Block(String name, PloverCoding coding, List<VerbPattern> patterns) {
    }

    private final Map<String, List<Verb>> byLemma = new HashMap<>();
    private final Map<String, List<String>> sets = new HashMap<>();

    public VerbDictionary(List<String> lines) {
        Block block = null;
        for (String line : lines) {
            if (line.startsWith("&")) {
                int eq = line.indexOf('=');
                sets.put(line.substring(1, eq).strip(), Arrays.stream(line.substring(eq + 1).split("\\|"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
            } else if (line.startsWith("=")) {
                String[] f = line.substring(1).split("\\|");
                block = new Block(f[0].strip(), PloverCoding.read(f, 1, line), new ArrayList<>());
            } else if (block == null) {
                throw new IllegalArgumentException("verb dictionary: a verb or pattern before any '= BLOCK' line: " + line);
            } else if (line.startsWith("-")) {
                String[] f = line.substring(1).split("\\|");
                block.patterns().add(pattern(f[0].strip(), PloverCoding.read(f, 1, line)));
            } else {
                String[] f = line.split("\\|");
                List<String> words = List.of(f[0].strip().split("\\s+"));
                PloverCoding own = f.length > 1 ? PloverCoding.read(f, 1, line) : block.coding();
                Verb verb = new Verb(words.get(0), words.subList(1, words.size()), own, block);
                byLemma.computeIfAbsent(verb.lemma(), k -> new ArrayList<>()).add(verb);
            }
        }
    }

    public static VerbDictionary standard() {
        return STANDARD;
    }

    /** The standard dictionary with a user's file of the same format after it. */
    public static VerbDictionary standardWith(Path file) throws IOException {
        List<String> lines = new ArrayList<>(standardLines());
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return new VerbDictionary(lines);
    }

    private static List<String> standardLines() {
        List<String> lines = new ArrayList<>(LexiconFile.lines(VerbDictionary.class, "/io/storyline/events/cameo-verbs.txt"));
        lines.addAll(LexiconFile.lines(VerbDictionary.class, "/io/storyline/events/cameo-verbs-local.txt"));
        return lines;
    }

    /** The entries of a verb lemma, in dictionary order. */
    public List<Verb> verbs(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    /**
     * For each verb that can tell an event, the words that must also stand in the sentence for it to: none (an
     * empty set) when the verb's own coding is an event, else the words of its patterns that code one ("take" tells
     * an event only with "hostage", "control"…).
     */
    public Map<String, java.util.Set<String>> eventCues() {
        Map<String, java.util.Set<String>> out = new HashMap<>();
        byLemma.forEach((lemma, entries) -> {
            boolean vetoed = entries.stream().anyMatch(v -> v.block().patterns().stream()
                    .anyMatch(p -> !p.coding().isEvent() && p.subjectSide().isEmpty() && p.objectSide().isEmpty()));
            boolean always = !vetoed && entries.stream().anyMatch(v -> v.coding().isEvent());
            java.util.Set<String> cues = new java.util.HashSet<>();
            for (Verb v : entries) {
                for (VerbPattern p : v.block().patterns()) {
                    if (p.coding().isEvent()) {
                        java.util.stream.Stream.concat(p.subjectSide().stream(), p.objectSide().stream())
                                .flatMap(List::stream).map(phrase -> phrase.get(0)).forEach(cues::add);
                    }
                }
            }
            if (always) {
                out.put(lemma, java.util.Set.of());
            } else if (!cues.isEmpty()) {
                out.put(lemma, cues);
            }
        });
        return out;
    }

    /** Every block's default and pattern coding, for coverage checks. */
    public List<PloverCoding> codings() {
        List<PloverCoding> all = new ArrayList<>();
        byLemma.values().forEach(vs -> vs.forEach(v -> {
            all.add(v.coding());
            v.block().patterns().forEach(p -> all.add(p.coding()));
        }));
        return all;
    }

    private VerbPattern pattern(String text, PloverCoding coding) {
        List<List<List<String>>> before = new ArrayList<>();
        List<List<List<String>>> after = new ArrayList<>();
        boolean seenVerb = false;
        for (String token : text.replace("(", " ").replace(")", " ").strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("*")) {
                seenVerb = true;
                continue;
            }
            (seenVerb ? after : before).add(alternatives(token));
        }
        return new VerbPattern(text, before, after, coding);
    }

    /** A pattern token's phrases: a set's members, "a/b" alternatives, "a_b" a phrase of two words. */
    private List<List<String>> alternatives(String token) {
        List<List<String>> out = new ArrayList<>();
        for (String alternative : token.split("/")) {
            for (String part : expand(alternative)) {
                out.add(List.of(part.split("[_ ]+")));
            }
        }
        return out;
    }

    /** A phrase with its set references ("{peace &proposal}" → "peace proposal", "peace plan", …) expanded. */
    private List<String> expand(String phrase) {
        List<String> done = new ArrayList<>(List.of(""));
        for (String word : phrase.split("_")) {
            List<String> members = word.startsWith("&") ? sets.getOrDefault(word.substring(1), List.of(word.substring(1)))
                    : List.of(word);
            List<String> next = new ArrayList<>();
            for (String prefix : done) {
                for (String m : members) {
                    next.add(prefix.isEmpty() ? m : prefix + " " + m);
                }
            }
            done = next;
        }
        return done;
    }
}
