package io.storyline.resolve.entity;

import io.storyline.nlp.LexiconFile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of a name that names the thing, for comparing names across articles: a courtesy word before a
 * person's name ("Ms. Bettencourt"), a generation after it ("James A. Baker III") and a company's legal form
 * after an organisation's name ("Nissan Motor Co. Ltd.") are dropped. The word lists are resources users can
 * extend: honorifics.txt, generational-suffixes.txt, corporate-suffixes.txt.
 */
final class NameForms {
    private static final Set<String> HONORIFICS = words("honorifics.txt");
    private static final Set<String> GENERATIONS = words("generational-suffixes.txt");
    private static final Set<String> CORPORATE = words("corporate-suffixes.txt");

    private NameForms() {
    }

    /** Whether the name starts with a courtesy word, so it names a person ("Mr. Haughey", "Ms. Bettencourt"). */
    static boolean hasHonorific(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length >= 2 && HONORIFICS.contains(normal(words[0]));
    }

    /** The name without the words that do not tell one entity from another; the name itself when nothing is left. */
    static String core(String type, String name) {
        List<String> words = new java.util.ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        while (words.size() >= 2 && HONORIFICS.contains(normal(words.get(0)))) {
            words.remove(0);
        }
        Set<String> trailing = type.equals("ORGANIZATION") ? CORPORATE : type.equals("PERSON") ? GENERATIONS : Set.of();
        while (words.size() >= 2 && trailing.contains(normal(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") || w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
    }

    private static Set<String> words(String resource) {
        return LexiconFile.lines(NameForms.class, resource).stream().map(NameForms::normal).collect(Collectors.toUnmodifiableSet());
    }
}
