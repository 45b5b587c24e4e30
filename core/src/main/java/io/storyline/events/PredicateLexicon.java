package io.storyline.events;

import io.storyline.nlp.LexiconFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs and phrases that tell of events (format in {@code predicates.txt} beside this class). Each lemma is
 * indexed under all its inflected forms, so matching is a map look-up per token; which form matched (base, -s,
 * past, -ing) is kept because the verb checks of {@link EventExtractor} need it.
 */
public final class PredicateLexicon {
    private static final PredicateLexicon STANDARD = new PredicateLexicon(
            LexiconFile.lines(PredicateLexicon.class, "predicates.txt"));

    /** A form of a lemma: the word and which inflection it is. */
    public record Form(Predicate predicate, Inflection inflection) {
    }

    public enum Inflection { BASE, THIRD_PERSON, PAST, GERUND }

    private final Map<String, List<Form>> byForm = new HashMap<>();

    public PredicateLexicon(List<String> lines) {
        for (String line : lines) {
            add(line);
        }
        for (List<Form> forms : byForm.values()) {
            // longer phrases first, so "meet with" wins over "meet"
            forms.sort(Comparator.comparingInt((Form f) -> -f.predicate().rest().size()));
        }
    }

    public static PredicateLexicon standard() {
        return STANDARD;
    }

    /** The standard lexicon with a user's file of the same format added. */
    public static PredicateLexicon standardWith(Path file) throws IOException {
        List<String> lines = new ArrayList<>(LexiconFile.lines(PredicateLexicon.class, "predicates.txt"));
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return new PredicateLexicon(lines);
    }

    /** Predicates whose verb has this (lower-case) form, longest phrase first. */
    public List<Form> forms(String word) {
        return byForm.getOrDefault(word, List.of());
    }

    private void add(String line) {
        String[] fields = line.split("\\|");
        if (fields.length < 3) {
            throw new IllegalArgumentException("predicate lexicon: need 'phrase | TYPE | mode [| roles]': " + line);
        }
        String[] words = fields[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
        String[] verbForms = words[0].split("/");
        String lemma = verbForms[0];
        String type = fields[1].strip().toUpperCase(Locale.ROOT);
        String mode = fields[2].strip();
        boolean place = fields.length > 3 && fields[3].contains("place=object");
        Predicate predicate = new Predicate(lemma, Arrays.asList(words).subList(1, words.length), type,
                mode.equals("-") ? null : mode, place);
        Map<String, Inflection> forms = inflections(lemma);
        for (int i = 1; i < verbForms.length; i++) {
            String irregular = verbForms[i];
            forms.put(irregular, irregular.endsWith("ing") ? Inflection.GERUND
                    : irregular.endsWith("s") && !irregular.endsWith("ss") ? Inflection.THIRD_PERSON : Inflection.PAST);
        }
        forms.forEach((form, inflection) -> byForm.computeIfAbsent(form, k -> new ArrayList<>())
                .add(new Form(predicate, inflection)));
    }

    /** Regular English inflections; both doubled and single final consonants, since either may be right. */
    static Map<String, Inflection> inflections(String lemma) {
        Map<String, Inflection> forms = new HashMap<>();
        forms.put(lemma, Inflection.BASE);
        boolean sibilant = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z") || lemma.endsWith("o");
        char last = lemma.charAt(lemma.length() - 1);
        boolean consonantY = lemma.endsWith("y") && lemma.length() > 1 && !isVowel(lemma.charAt(lemma.length() - 2));
        if (consonantY) {
            String stem = lemma.substring(0, lemma.length() - 1);
            forms.put(stem + "ies", Inflection.THIRD_PERSON);
            forms.put(stem + "ied", Inflection.PAST);
        } else {
            forms.put(lemma + (sibilant ? "es" : "s"), Inflection.THIRD_PERSON);
            forms.put(lemma.endsWith("e") ? lemma + "d" : lemma + "ed", Inflection.PAST);
        }
        forms.put(lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) + "ing"
                : lemma + "ing", Inflection.GERUND);
        if (!isVowel(last) && last != 'w' && last != 'y' && lemma.length() > 2 && isVowel(lemma.charAt(lemma.length() - 2))
                && !isVowel(lemma.charAt(lemma.length() - 3))) {
            forms.put(lemma + last + "ed", Inflection.PAST);
            forms.put(lemma + last + "ing", Inflection.GERUND);
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** Every predicate, for documentation and tests. */
    public Set<Predicate> predicates() {
        Set<Predicate> all = new LinkedHashSet<>();
        byForm.values().forEach(forms -> forms.forEach(f -> all.add(f.predicate())));
        return all;
    }
}
