package io.storyline.resolve.entity;

import io.storyline.language.LexiconFile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The part of a name that names the thing, for comparing names across articles: a courtesy word before a
 * person's name ("Ms. Bettencourt"), a generation after it ("James A. Baker III") and a company's legal form
 * after an organisation's name ("Nissan Motor Co. Ltd.") and the kind of region after a place's
 * ("Gansu Province") are dropped. The word lists are resources users can
 * extend: honorifics.txt, generational-suffixes.txt, corporate-suffixes.txt, place-kinds.txt, name-particles.txt.
 */
final class NameForms {
    private static final Set<String> HONORIFICS = words("honorifics.txt");
    private static final Set<String> GENERATIONS = words("generational-suffixes.txt");
    private static final Set<String> CORPORATE = words("corporate-suffixes.txt");
    private static final Set<String> PLACE_KINDS = words("place-kinds.txt");
    private static final List<String> PARTICLES = LexiconFile.lines(NameForms.class, "name-particles.txt");

    private NameForms() {
    }

    /** Whether the name starts with a courtesy word, so it names a person ("Mr. Haughey", "Ms. Bettencourt"). */
    static boolean hasHonorific(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length >= 2 && HONORIFICS.contains(normal(words[0]));
    }

    /**
     * The name with the courtesy word written right before it when the tagger left that word out ("Reeves" after
     * "Mr." → "Mr. Reeves"), so the name is typed and listed as the page wrote it; else the name.
     */
    static String withCourtesyBefore(String text, int start, String name) {
        if (text == null || start <= 0 || start > text.length() || hasHonorific(name)) {
            return name;
        }
        Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
        return m.find() && HONORIFICS.contains(normal(m.group(1))) ? m.group(1) + " " + name : name;
    }

    /** A word (with its dot) and one space right before a position, at a word boundary. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}.])(\\p{L}+\\.?) $");

    /** The name without courtesy words before it ("Ms. Bettencourt" → "Bettencourt"). */
    static String withoutCourtesy(String name) {
        List<String> words = new java.util.ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        while (words.size() >= 2 && HONORIFICS.contains(normal(words.get(0)))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /** The name without the words that do not tell one entity from another; the name itself when nothing is left. */
    static String core(String type, String name) {
        List<String> words = new java.util.ArrayList<>(Arrays.asList(withoutCourtesy(name).split("\\s+")));
        Set<String> trailing = switch (type) {
            case "ORGANIZATION" -> CORPORATE;
            case "PERSON" -> GENERATIONS;
            case "LOCATION" -> PLACE_KINDS;
            default -> Set.of();
        };
        while (words.size() >= 2 && trailing.contains(normal(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** A word without a particle joined to it by a hyphen ("al-Maliki" → "Maliki"); the word when it has none. */
    static String withoutParticle(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String particle : PARTICLES) {
            if (lower.startsWith(particle) && lower.length() > particle.length()) {
                return word.substring(particle.length());
            }
        }
        return word;
    }

    private static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") || w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
    }

    private static Set<String> words(String resource) {
        return LexiconFile.lines(NameForms.class, resource).stream().map(NameForms::normal).collect(Collectors.toUnmodifiableSet());
    }
}
