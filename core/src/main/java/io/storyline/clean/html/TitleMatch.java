package io.storyline.clean.html;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Whether a heading repeats the page title: the same words, give or take a few. */
final class TitleMatch {
    private TitleMatch() {
    }

    static boolean same(String heading, String title) {
        if (title == null || title.isBlank() || heading == null || heading.isBlank()) return false;
        Set<String> a = words(heading), b = words(title);
        if (a.isEmpty() || b.isEmpty()) return false;
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() >= 0.75 * Math.max(a.size(), b.size());
    }

    private static Set<String> words(String s) {
        Set<String> words = new HashSet<>(Arrays.asList(s.toLowerCase().split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }
}
