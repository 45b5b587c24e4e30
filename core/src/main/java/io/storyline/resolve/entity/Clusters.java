package io.storyline.resolve.entity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity each group ends in while users' corrections are applied in the order they were made: a label per
 * group, and the id each label will be stored under (the first group's, or for a split-off name its own).
 */
final class Clusters {
    final int[] label;
    private final List<NameGroup> groups;
    private final Map<Integer, String> ids = new HashMap<>();
    private int nextLabel;

    Clusters(List<NameGroup> groups, Merges merged) {
        this.groups = groups;
        this.label = new int[groups.size()];
        for (int i = 0; i < label.length; i++) {
            label[i] = merged.find(i);
        }
        nextLabel = label.length;
    }

    String id(int label) {
        return ids.computeIfAbsent(label, l -> id(groups.get(l).type, groups.get(l).key));
    }

    private static String id(String type, String key) {
        return EntityResolver.id(type, key);
    }

    int newLabel(String id) {
        ids.put(nextLabel, id);
        return nextLabel++;
    }

    /**
     * The entity a correction names: by its id, or the id of a name's group, or by a name or spelling (any
     * case); when a name is in several entities, the most mentioned. -1 when nothing matches.
     */
    int labelOf(String idOrName) {
        Map<Integer, Integer> mentions = new HashMap<>();
        Map<Integer, Integer> exact = new HashMap<>();
        for (int i = 0; i < label.length; i++) {
            NameGroup g = groups.get(i);
            if (id(label[i]).equals(idOrName) || id(g.type, g.key).equals(idOrName) || spelledAs(g, idOrName)) {
                exact.merge(label[i], g.mentions.size(), Integer::sum);
            } else if (g.goesBy(idOrName)) {
                mentions.merge(label[i], g.mentions.size(), Integer::sum);
            }
        }
        // a name spelled exactly as written wins over other letter cases (SEOUL, a dateline, and Seoul)
        return mostMentioned(exact.isEmpty() ? mentions : exact);
    }

    private static boolean spelledAs(NameGroup g, String name) {
        return g.name.equals(name) || g.surfaces.contains(name);
    }

    private static int mostMentioned(Map<Integer, Integer> mentions) {
        return mentions.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(-1);
    }

    /** Puts both labels' groups under the one whose first group came first; returns that label. */
    int join(int a, int b) {
        int keep = firstGroup(a) <= firstGroup(b) ? a : b;
        int gone = keep == a ? b : a;
        for (int i = 0; i < label.length; i++) {
            if (label[i] == gone) {
                label[i] = keep;
            }
        }
        return keep;
    }

    int firstGroup(int l) {
        for (int i = 0; i < label.length; i++) {
            if (label[i] == l) {
                return i;
            }
        }
        return -1;
    }

    int size(int l) {
        int n = 0;
        for (int value : label) {
            if (value == l) {
                n++;
            }
        }
        return n;
    }
}
