package io.storyline.clean.meta;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a byline agrees with an expected one, after a normalisation that keeps only the names: case, accents
 * of width (NFKC), punctuation, a leading "By"/"Par", addresses, dates and times, and the words that join names
 * ("and", "et", "avec") are dropped. Ours agrees when its words are the expected words, the same words in another
 * order ("Jong, Michiel de"), or the start of them (Readability keeps what follows the names: "Brenda Goodman, MA
 * WebMD Health News").
 */
final class BylineAgreement {
    private static final Pattern ADDRESS = Pattern.compile("\\S+://\\S+|\\S+@\\S+");
    private static final Pattern LEADING_BY = Pattern.compile("^\\s*(?:written by|posted by|by|par|por|von)\\b");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}]+");
    private static final Pattern DROPPED = Pattern.compile(
            "and|et|avec|und|y|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|"
                    + "september|oct|october|nov|november|dec|december|monday|tuesday|wednesday|thursday|friday|saturday|"
                    + "sunday|am|pm|at|updated|last|published");

    private BylineAgreement() {
    }

    /** The words that carry names, in order; empty when the byline names no one. */
    static List<String> words(String byline) {
        if (byline == null) return List.of();
        String s = Normalizer.normalize(byline, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = ADDRESS.matcher(s).replaceAll(" ");
        s = LEADING_BY.matcher(s).replaceFirst(" ");
        return Arrays.stream(NOT_LETTER.matcher(s).replaceAll(" ").strip().split(" "))
                .filter(w -> !w.isEmpty() && !DROPPED.matcher(w).matches()).toList();
    }

    static boolean agrees(String ours, String expected) {
        List<String> o = words(ours), e = words(expected);
        if (o.isEmpty()) return false;
        if (o.equals(e)) return true;
        if (o.size() < e.size() && e.subList(0, o.size()).equals(o)) return true;
        return o.stream().sorted().toList().equals(e.stream().sorted().toList());
    }
}
