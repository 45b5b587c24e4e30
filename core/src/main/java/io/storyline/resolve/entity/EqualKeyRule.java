package io.storyline.resolve.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of one type with one key ({@link NameKey}) are one entity, unless the {@link RomanisationGuard} keeps their
 * spellings apart; each such spelling then leads a cluster of its own that later names with the key may join.
 */
final class EqualKeyRule implements AliasRule {
    @Override
    public void apply(Merges merges) {
        Map<String, List<Integer>> leaders = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            List<Integer> earlier = leaders.computeIfAbsent(g.type + "|" + g.key, k -> new ArrayList<>());
            Integer joined = null;
            for (int e : earlier) {
                if (RomanisationGuard.mayJoin(g.type, merges.group(e).name, g.name)) {
                    joined = e;
                    break;
                }
            }
            if (joined == null) {
                earlier.add(i);
            } else {
                String other = merges.group(joined).name;
                boolean same = other.equals(g.name);
                merges.join(joined, i, same ? "same name" : "same name up to romanisation", same ? 1.0 : 0.9,
                        other, g.name);
            }
        }
    }
}
