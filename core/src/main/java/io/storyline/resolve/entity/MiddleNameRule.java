package io.storyline.resolve.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "James Baker" and "James A. Baker III", "Khurshid Kasuri" and "Khursheed Mahmood Kasuri": people with one
 * first and last name, one of them with a middle name or initial, when no other middle name goes with it.
 */
final class MiddleNameRule implements AliasRule {
    @Override
    public void apply(Merges merges) {
        Map<String, List<Integer>> bySignature = new LinkedHashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if (g.type.equals("PERSON") && g.tokenKeys.size() >= 2) {
                String signature = g.tokenKeys.get(0) + " " + g.tokenKeys.get(g.tokenKeys.size() - 1);
                bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : bySignature.values()) {
            Set<String> middles = new HashSet<>();
            for (int i : members) {
                List<String> t = merges.group(i).tokenKeys;
                if (t.size() > 2) {
                    middles.add(String.join(" ", t.subList(1, t.size() - 1)));
                }
            }
            if (middles.size() > 1 || members.size() < 2) {
                continue; // George H. W. Bush and George W. Bush are two people
            }
            int first = members.get(0);
            for (int i : members.subList(1, members.size())) {
                merges.join(first, i, "same first and last name, middle name dropped", 0.8,
                        merges.group(first).name, merges.group(i).name);
            }
        }
    }
}
