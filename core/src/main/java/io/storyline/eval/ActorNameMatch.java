package io.storyline.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a system actor's name stands for a gold actor: the same words, or all the words of one inside the other
 * ("Annan" for "Kofi Annan", "Maliki" for "Prime Minister Nuri al-Maliki", "Israel" for "Israel Defense Forces").
 * Case, punctuation, possessive 's and a leading "the" do not count.
 */
final class ActorNameMatch {
    private ActorNameMatch() {
    }

    static boolean any(List<String> systemNames, List<String> goldNames) {
        for (String system : systemNames) {
            Set<String> s = words(system);
            if (s.isEmpty()) {
                continue;
            }
            for (String gold : goldNames) {
                Set<String> g = words(gold);
                if (!g.isEmpty() && (g.containsAll(s) || s.containsAll(g))) {
                    return true;
                }
            }
        }
        return false;
    }

    static Set<String> words(String name) {
        String plain = name.toLowerCase(Locale.ROOT).replace("'s ", " ").replaceAll("'s$", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return Arrays.stream(plain.split(" ")).filter(w -> !w.isEmpty() && !w.equals("the"))
                .collect(Collectors.toSet());
    }
}
