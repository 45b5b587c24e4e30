package io.storyline.resolve.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * "Toyota" joins Toyota Motor Corp., "Nissan Mutual" Nissan Mutual Life Insurance Co.: an organisation name
 * whose words begin a company's name written with its legal form, when only one such company is named in the
 * corpus, or only one in the same article. In the same article also an organisation's name without a legal
 * form ("Lockheed" after "Lockheed Martin"), unless the short name is an English word or a known place. Not a name
 * also tagged as a place or otherwise ("Jilin" the province, Jilin Petrochemical Company).
 */
final class CompanyShortNameRule implements AliasRule {
    private final KnownNames known;

    CompanyShortNameRule(KnownNames known) {
        this.known = known;
    }

    @Override
    public void apply(Merges merges) {
        Map<String, Set<Integer>> companiesByPrefix = new HashMap<>();
        Map<String, Set<Integer>> organisationsByArticlePrefix = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            boolean organisation = g.type.equals("ORGANIZATION") && g.tokenKeys.size() >= 2 && !Acronyms.isAcronym(g.name);
            for (int n = 1; organisation && n < g.tokenKeys.size(); n++) {
                String prefix = String.join("", g.tokenKeys.subList(0, n));
                if (isCompany(g)) {
                    companiesByPrefix.computeIfAbsent(prefix, k -> new LinkedHashSet<>()).add(i);
                }
                organisationsByArticlePrefix.computeIfAbsent(g.article.articleId() + "|" + prefix,
                        k -> new LinkedHashSet<>()).add(i);
            }
        }
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            boolean hasLegalForm = !NameForms.core(g.type, g.name).equals(g.name);
            if (!g.type.equals("ORGANIZATION") || hasLegalForm || Acronyms.isAcronym(g.name)
                    || merges.typedSeveralWays(g)) {
                continue;
            }
            Set<Integer> clustersOf = new LinkedHashSet<>();
            Set<Integer> inArticle = new LinkedHashSet<>();
            for (int c : companiesByPrefix.getOrDefault(g.key, Set.of())) {
                if (!beginsWith(merges.group(c), g)) {
                    continue;
                }
                clustersOf.add(merges.find(c));
                if (merges.group(c).article == g.article) {
                    inArticle.add(merges.find(c));
                }
            }
            if (inArticle.isEmpty() && mayShortenAnyName(g)) {
                for (int c : organisationsByArticlePrefix.getOrDefault(g.article.articleId() + "|" + g.key, Set.of())) {
                    if (beginsWith(merges.group(c), g)) {
                        inArticle.add(merges.find(c));
                    }
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

    /**
     * Whether the long name's first words are the short name's spelling, not only its key: "Nissan Motor" does not
     * begin Nissan Mutual Life Insurance Co., though the keys of Motor and Mutual agree.
     */
    private static boolean beginsWith(NameGroup company, NameGroup shortName) {
        String[] words = NameForms.core(company.type, company.name).split("\\s+");
        int n = Math.min(words.length, NameForms.core(shortName.type, shortName.name).split("\\s+").length);
        return RomanisationGuard.mayJoin(company.type, String.join(" ", Arrays.asList(words).subList(0, n)), shortName.name);
    }

    /** A short name not an English word ("Federal") nor a known place, so it may stand for a longer name it starts. */
    private boolean mayShortenAnyName(NameGroup g) {
        String core = NameForms.core(g.type, g.name);
        return Arrays.stream(core.split("\\s+")).noneMatch(EnglishWords::isCommon) && known.of(core).isEmpty();
    }

    /** An organisation written with its legal form ("Hitachi Ltd."), so its first words are a company's name. */
    private static boolean isCompany(NameGroup g) {
        return g.type.equals("ORGANIZATION") && g.tokenKeys.size() >= 2 && !NameForms.core(g.type, g.name).equals(g.name);
    }
}
