package io.storyline.resolve.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A spelling-tolerant key for a name, so that romanisations of one name meet: Korean Suk/Sok and
 * Yeol/Yol/Yul, Lee Jong-Sup/Jong-sub, Soongu/Soon-gu; Arabic Mohammed/Muhammad; Russian -sky/-skiy/-skyy.
 * Hand-written because no library folds romanisation variants: each token is lower-cased, stripped of accents,
 * hyphens and spacing inside the name; vowel runs fold into classes that romanisation systems confuse
 * (o, u, eo, eu, oo → O; a, e, ae → A; i, ee, y at the end → I), consonants that systems spell either way fold
 * together (b/p, d/t, g/k, q/k, c/k, j/ch, r/l, x/ks, ph/f, an h after a consonant dropped) and doubled letters
 * collapse. Names with different consonants or
 * different vowel classes (Jin and Jun, Soon-gu and Suk Yeol) keep different keys.
 */
public final class NameKey {
    private NameKey() {
    }

    /** The key of a whole name: folded tokens joined by a space ("Yoon Sok-yul" → "yOn sOkyOl"). */
    public static String of(String name) {
        return String.join(" ", tokens(name));
    }

    /** The folded tokens of a name; hyphenated parts stay one token ("Jong-Sup" → "cOnksOp"). */
    public static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        if (Acronyms.isAcronym(name.strip())) {
            // acronyms are spelled, not romanised: FDA and FTA, EU and AU are different things
            out.add(name.strip().replace(".", ""));
            return out;
        }
        for (String token : plain(name).split("[\\s]+")) {
            String letters = token.replaceAll("[^a-z0-9]", "");
            if (!letters.isEmpty()) {
                out.add(fold(letters));
            }
        }
        return out;
    }

    /** Lower case, accents removed, apostrophes and dots gone, hyphens kept as joiners. */
    static String plain(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replace("-", "").replace("'", "").replace("’", "")
                .replace(".", "");
    }

    static String fold(String token) {
        String t = token;
        if (t.endsWith("iy") || t.endsWith("yy") || t.endsWith("ii")) {
            t = t.substring(0, t.length() - 2) + "i";
        } else if (t.length() > 2 && t.endsWith("y")) {
            t = t.substring(0, t.length() - 1) + "i";
        }
        t = t.replace("ch", "j").replace("ph", "f").replace("x", "ks").replace('q', 'k');
        // an h after a consonant marks a sound romanisations spell either way (Qadhafi, Gaddafi; Khan, Kan)
        t = t.replaceAll("(?<=[bcdfgjklmnpqrstvwxz])h", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            char c = t.charAt(i);
            if (isVowel(c)) {
                int j = i;
                while (j < t.length() && isVowel(t.charAt(j))) {
                    j++;
                }
                append(out, vowelClass(t.substring(i, j)));
                i = j;
            } else {
                append(out, consonant(c));
                i++;
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char c) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
            out.append(c);
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static char vowelClass(String run) {
        if (run.indexOf('o') >= 0 || run.indexOf('u') >= 0) {
            return 'O';
        }
        if (run.equals("ee") || run.indexOf('i') >= 0 && run.indexOf('a') < 0) {
            return 'I';
        }
        return 'A';
    }

    private static char consonant(char c) {
        return switch (c) {
            case 'b' -> 'p';
            case 'd' -> 't';
            case 'g' -> 'k';
            case 'r' -> 'l';
            case 'j' -> 'c';
            case 'c' -> 'k';
            default -> c;
        };
    }
}
