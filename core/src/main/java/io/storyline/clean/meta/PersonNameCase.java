package io.storyline.clean.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Restores the case of names printed in capitals ("LIM JEONG-WON" → "Lim Jeong-won", "JOHN O'NEIL" → "John
 * O'Neil"). Korean given names joined by a hyphen keep only the first syllable capitalised; other hyphenated
 * names ("Jean-Paul") capitalise each part. The Korean test is a family name from a general lexicon.
 */
public final class PersonNameCase {

    private final Set<String> koreanSurnames = new HashSet<>();

    public PersonNameCase() {
        var in = Objects.requireNonNull(getClass().getResourceAsStream("korean-surname-lexicon.txt"));
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#"))
                    .forEach(l -> { for (String w : l.split("\\s+")) if (!w.isBlank()) koreanSurnames.add(w.toLowerCase(Locale.ROOT)); });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name in reading case when it was all capitals (or all lower case); otherwise as printed. */
    public String normalise(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        boolean shouting = n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter);
        boolean whispering = n.equals(n.toLowerCase(Locale.ROOT));
        if (!shouting && !whispering) return n;
        String[] words = n.split(" ");
        boolean korean = words.length >= 2 && koreanSurnames.contains(words[0].toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!out.isEmpty()) out.append(' ');
            out.append(korean ? capitaliseFirstOnly(w) : capitaliseParts(w));
        }
        return out.toString();
    }

    private static String capitaliseFirstOnly(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String capitaliseParts(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (char c : lower.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '’' || c == '.';
        }
        // Mc/Mac prefixes keep their inner capital in most Western bylines
        String s = out.toString();
        return s.startsWith("Mc") && s.length() > 2 ? "Mc" + Character.toUpperCase(s.charAt(2)) + s.substring(3) : s;
    }
}
