package io.storyline.resolve.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * "Toyota" joins Toyota Motor Corp., "Nissan Mutual" Nissan Mutual Life Insurance Co.: an organisation name
 * whose words begin a company's name written with its legal form, when only one such company is named in the
 * corpus, or only one in the same article. Not a name also tagged as a place or otherwise ("Jilin" the
 * province, Jilin Petrochemical Company).
 */
final class CompanyShortNameRule implements AliasRule {
    @Override
    public void apply(Merges merges) {
        Map<String, Set<Integer>> companiesByPrefix = new HashMap<>();
        Map<String, Set<String>> typesByKey = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            typesByKey.computeIfAbsent(g.key, k -> new HashSet<>()).add(g.type);
            if (isCompany(g)) {
                for (int n = 1; n < g.tokenKeys.size(); n++) {
                    companiesByPrefix.computeIfAbsent(String.join("", g.tokenKeys.subList(0, n)), k -> new LinkedHashSet<>()).add(i);
                }
            }
        }
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            boolean hasLegalForm = !NameForms.core(g.type, g.name).equals(g.name);
            if (!g.type.equals("ORGANIZATION") || hasLegalForm || Acronyms.isAcronym(g.name)
                    || typesByKey.get(g.key).size() > 1) {
                continue;
            }
            Set<Integer> clustersOf = new LinkedHashSet<>();
            Set<Integer> inArticle = new LinkedHashSet<>();
            for (int c : companiesByPrefix.getOrDefault(g.key, Set.of())) {
                clustersOf.add(merges.find(c));
                if (merges.group(c).article == g.article) {
                    inArticle.add(merges.find(c));
                }
            }
            Set<Integer> chosen = inArticle.size() == 1 ? inArticle : clustersOf;
            if (chosen.size() == 1) {
                int target = chosen.iterator().next();
                merges.join(target, i, inArticle.size() == 1
                                ? "short name of the company named in the same article" : "short name of the only company with it",
                        0.8, g.name, merges.group(target).name);
            }
        }
    }

    /** An organisation written with its legal form ("Hitachi Ltd."), so its first words are a company's name. */
    private static boolean isCompany(NameGroup g) {
        return g.type.equals("ORGANIZATION") && g.tokenKeys.size() >= 2 && !NameForms.core(g.type, g.name).equals(g.name);
    }
}
