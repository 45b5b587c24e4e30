package io.storyline.clean.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Test-scope {@link LineStatistics}: counts, per normalised line, the pages it occurs on. */
final class InMemoryLineStatistics implements LineStatistics {
    private final Map<String, Integer> pages = new HashMap<>();
    private int seen;

    void addPage(String dump) {
        seen++;
        Set<String> distinct = new HashSet<>();
        for (String line : dump.split("\\R")) {
            if (!line.isBlank()) {
                distinct.add(LineStatistics.normalize(line));
            }
        }
        distinct.forEach(line -> pages.merge(line, 1, Integer::sum));
    }

    @Override
    public int pagesSeen() {
        return seen;
    }

    @Override
    public int pagesContaining(String normalizedLine) {
        return pages.getOrDefault(normalizedLine, 0);
    }
}
