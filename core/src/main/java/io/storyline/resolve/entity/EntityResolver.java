package io.storyline.resolve.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the name groups of all articles into entities: equal spelling-tolerant keys ({@link NameKey}), acronyms
 * with their expansions, and one-word person names with the only full name in the corpus that has that word.
 * People who only share a surname stay apart (Yoon Suk Yeol and Yoon Soon-gu). Every merge keeps its reason.
 * Blocking by key keeps it near-linear in the number of names: no all-pairs comparison.
 */
public final class EntityResolver {
    private final ArticleGrouper grouper = new ArticleGrouper();

    public Resolution resolve(List<ArticleMentions> articles) {
        return resolve(articles, List.of());
    }

    /** Resolves, then applies users' corrections in the order they were made. */
    public Resolution resolve(List<ArticleMentions> articles, List<Correction> corrections) {
        List<NameGroup> groups = new ArrayList<>();
        for (ArticleMentions article : articles) {
            groups.addAll(grouper.group(article));
        }
        groups.sort(Comparator.comparingLong(g -> g.article.order()));
        UnionFind clusters = new UnionFind(groups.size());
        List<JoinedReason> reasons = new ArrayList<>();
        mergeEqualKeys(groups, clusters, reasons);
        mergeAcronyms(groups, clusters, reasons);
        mergeMiddleNames(groups, clusters, reasons);
        mergeCompanyShortNames(groups, clusters, reasons);
        mergeOneWordNames(groups, clusters, reasons);
        int[] cluster = new int[groups.size()];
        for (Correction c : corrections) {
            if (c.kind() == Correction.Kind.MERGE) {
                applyMerge(groups, clusters, reasons, c);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            cluster[i] = clusters.find(i);
        }
        for (Correction c : corrections) {
            if (c.kind() == Correction.Kind.SPLIT) {
                applySplit(groups, cluster, c);
            }
        }
        return build(groups, cluster, reasons);
    }

    /**
     * Names with one key are one entity, unless the {@link RomanisationGuard} keeps their spellings apart; each
     * such spelling then leads a cluster of its own that later names with the key may join.
     */
    private static void mergeEqualKeys(List<NameGroup> groups, UnionFind clusters, List<JoinedReason> reasons) {
        Map<String, List<Integer>> leaders = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            NameGroup g = groups.get(i);
            List<Integer> earlier = leaders.computeIfAbsent(g.type + "|" + g.key, k -> new ArrayList<>());
            Integer joined = null;
            for (int e : earlier) {
                if (RomanisationGuard.mayJoin(g.type, groups.get(e).name, g.name)) {
                    joined = e;
                    break;
                }
            }
            if (joined == null) {
                earlier.add(i);
            } else if (clusters.union(joined, i)) {
                String other = groups.get(joined).name;
                boolean same = other.equals(g.name);
                reasons.add(new JoinedReason(i, new MergeReason(same ? "same name" : "same name up to romanisation",
                        same ? 1.0 : 0.9, other, g.name)));
            }
        }
    }

    /**
     * An acronym joins the one long name in the corpus whose initials it spells (NATO, North Atlantic Treaty
     * Organization), whatever type the tagger gave the acronym; never when two long names spell it.
     */
    private static void mergeAcronyms(List<NameGroup> groups, UnionFind clusters, List<JoinedReason> reasons) {
        Map<String, Set<String>> longNamesByInitials = new HashMap<>();
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            NameGroup g = groups.get(i);
            if ((g.type.equals("ORGANIZATION") || g.type.equals("LOCATION")) && !Acronyms.isAcronym(g.name)
                    && g.tokenCount() >= 2) {
                String core = NameForms.core(g.type, g.name);
                for (String initials : Acronyms.spellings(core)) {
                    longNamesByInitials.computeIfAbsent(initials, k -> new LinkedHashSet<>()).add(g.type + "|" + g.key);
                }
                firstWithKey.putIfAbsent(g.type + "|" + g.key, i);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            NameGroup g = groups.get(i);
            String letters = g.name.replace(".", "");
            // across articles only acronyms of three letters or more, or dotted ones ("U.S."): two bare letters
            // name too many things ("LA")
            boolean telling = letters.length() >= 3 || g.name.contains(".");
            if (!g.type.equals("PERSON") && Acronyms.isAcronym(g.name) && telling) {
                Set<String> longNames = longNamesByInitials.getOrDefault(letters, Set.of());
                if (longNames.size() == 1) {
                    int full = firstWithKey.get(longNames.iterator().next());
                    if (clusters.union(full, i)) {
                        reasons.add(new JoinedReason(i, new MergeReason("acronym, the only long name with these initials",
                                1.0, g.name, groups.get(full).name)));
                    }
                }
            }
        }
    }

    /**
     * "James Baker" and "James A. Baker III", "Khurshid Kasuri" and "Khursheed Mahmood Kasuri": people with one
     * first and last name, one of them with a middle name or initial, when no other middle name goes with it.
     */
    private static void mergeMiddleNames(List<NameGroup> groups, UnionFind clusters, List<JoinedReason> reasons) {
        Map<String, List<Integer>> bySignature = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            NameGroup g = groups.get(i);
            if (g.type.equals("PERSON") && g.tokenKeys.size() >= 2) {
                String signature = g.tokenKeys.get(0) + " " + g.tokenKeys.get(g.tokenKeys.size() - 1);
                bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : bySignature.values()) {
            Set<String> middles = new HashSet<>();
            for (int i : members) {
                List<String> t = groups.get(i).tokenKeys;
                if (t.size() > 2) {
                    middles.add(String.join(" ", t.subList(1, t.size() - 1)));
                }
            }
            if (middles.size() > 1 || members.size() < 2) {
                continue; // George H. W. Bush and George W. Bush are two people
            }
            int first = members.get(0);
            for (int i : members.subList(1, members.size())) {
                if (clusters.union(first, i)) {
                    reasons.add(new JoinedReason(i, new MergeReason("same first and last name, middle name dropped",
                            0.8, groups.get(first).name, groups.get(i).name)));
                }
            }
        }
    }

    /**
     * "Toyota" joins Toyota Motor Corp., "Nissan Mutual" Nissan Mutual Life Insurance Co.: an organisation name
     * whose words begin a company's name written with its legal form, when only one such company is named in the
     * corpus, or only one in the same article. Not a name also tagged as a place or otherwise ("Jilin" the
     * province, Jilin Petrochemical Company).
     */
    private static void mergeCompanyShortNames(List<NameGroup> groups, UnionFind clusters, List<JoinedReason> reasons) {
        Map<String, Set<Integer>> companiesByPrefix = new HashMap<>();
        Map<String, Set<String>> typesByKey = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            NameGroup g = groups.get(i);
            typesByKey.computeIfAbsent(g.key, k -> new HashSet<>()).add(g.type);
            if (isCompany(g)) {
                for (int n = 1; n < g.tokenKeys.size(); n++) {
                    companiesByPrefix.computeIfAbsent(String.join("", g.tokenKeys.subList(0, n)), k -> new LinkedHashSet<>()).add(i);
                }
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            NameGroup g = groups.get(i);
            boolean hasLegalForm = !NameForms.core(g.type, g.name).equals(g.name);
            if (!g.type.equals("ORGANIZATION") || hasLegalForm || Acronyms.isAcronym(g.name)
                    || typesByKey.get(g.key).size() > 1) {
                continue;
            }
            Set<Integer> clustersOf = new LinkedHashSet<>();
            Set<Integer> inArticle = new LinkedHashSet<>();
            for (int c : companiesByPrefix.getOrDefault(g.key, Set.of())) {
                clustersOf.add(clusters.find(c));
                if (groups.get(c).article == g.article) {
                    inArticle.add(clusters.find(c));
                }
            }
            Set<Integer> chosen = inArticle.size() == 1 ? inArticle : clustersOf;
            if (chosen.size() == 1) {
                int target = chosen.iterator().next();
                if (clusters.union(target, i)) {
                    reasons.add(new JoinedReason(i, new MergeReason(inArticle.size() == 1
                            ? "short name of the company named in the same article" : "short name of the only company with it",
                            0.8, g.name, groups.get(target).name)));
                }
            }
        }
    }

    /** An organisation written with its legal form ("Hitachi Ltd."), so its first words are a company's name. */
    private static boolean isCompany(NameGroup g) {
        return g.type.equals("ORGANIZATION") && g.tokenKeys.size() >= 2 && !NameForms.core(g.type, g.name).equals(g.name);
    }

    /** "Stoltenberg" alone joins Jens Stoltenberg when no other full name in the corpus has that word. */
    private static void mergeOneWordNames(List<NameGroup> groups, UnionFind clusters, List<JoinedReason> reasons) {
        Map<String, Set<Integer>> fullNamesByWord = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            NameGroup g = groups.get(i);
            if (g.type.equals("PERSON") && !g.partial()) {
                for (String word : g.tokenKeys) {
                    fullNamesByWord.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(clusters.find(i));
                }
            }
        }
        Map<Integer, Integer> articlesOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            articlesOf.merge(clusters.find(i), 1, Integer::sum);
        }
        for (int i = 0; i < groups.size(); i++) {
            NameGroup g = groups.get(i);
            if (!g.partial()) {
                continue;
            }
            Set<Integer> candidates = new LinkedHashSet<>();
            for (int c : fullNamesByWord.getOrDefault(g.key, Set.of())) {
                candidates.add(clusters.find(c));
            }
            int target = candidates.size() == 1 ? candidates.iterator().next() : dominant(candidates, articlesOf);
            if (target >= 0 && clusters.union(target, i)) {
                reasons.add(new JoinedReason(i, new MergeReason(candidates.size() == 1
                        ? "one-word name, the only full name with it"
                        : "one-word name, the full name with it in three times as many articles as any other", 0.8,
                        g.name, groups.get(target).name)));
            }
        }
    }

    /**
     * "Bush" in a corpus of George W. Bush (nine articles) and Laura Bush (one): the candidate named in at least
     * three times as many articles as any other, else none (-1).
     */
    private static int dominant(Set<Integer> candidates, Map<Integer, Integer> articlesOf) {
        int best = -1;
        int most = 0;
        int second = 0;
        for (int c : candidates) {
            int n = articlesOf.getOrDefault(c, 0);
            if (n > most) {
                second = most;
                most = n;
                best = c;
            } else if (n > second) {
                second = n;
            }
        }
        return most >= 3 * Math.max(1, second) ? best : -1;
    }

    private static void applyMerge(List<NameGroup> groups, UnionFind clusters, List<JoinedReason> reasons, Correction c) {
        int left = -1;
        int right = -1;
        for (int i = 0; i < groups.size(); i++) {
            String name = groups.get(i).name;
            String id = id(groups.get(i).type, groups.get(i).key);
            if (left < 0 && (name.equalsIgnoreCase(c.left()) || id.equals(c.left()))) left = i;
            if (right < 0 && (name.equalsIgnoreCase(c.right()) || id.equals(c.right()))) right = i;
        }
        if (left >= 0 && right >= 0 && clusters.union(left, right)) {
            reasons.add(new JoinedReason(right, new MergeReason("merged by a user", 1.0, groups.get(left).name,
                    groups.get(right).name)));
        }
    }

    /** The groups named {@code right} leave the cluster of {@code left} and form one of their own. */
    private static void applySplit(List<NameGroup> groups, int[] cluster, Correction c) {
        java.util.Set<Integer> leftClusters = new java.util.HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            NameGroup g = groups.get(i);
            if (g.name.equalsIgnoreCase(c.left()) || id(g.type, g.key).equals(c.left())) {
                leftClusters.add(cluster[i]);
            }
        }
        int newCluster = -1;
        for (int i = 0; i < groups.size(); i++) {
            NameGroup g = groups.get(i);
            if (leftClusters.contains(cluster[i]) && g.name.equalsIgnoreCase(c.right())) {
                if (newCluster < 0) {
                    newCluster = i;
                }
                cluster[i] = newCluster;
                g.reasons.removeIf(r -> r.left().equalsIgnoreCase(c.right()) || r.right().equalsIgnoreCase(c.right()));
                g.reasons.add(new MergeReason("split by a user", 1.0, c.left(), c.right()));
            }
        }
    }

    private static Resolution build(List<NameGroup> groups, int[] cluster, List<JoinedReason> reasons) {
        Map<Integer, List<NameGroup>> members = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            members.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(groups.get(i));
        }
        Map<Integer, List<MergeReason>> reasonsByCluster = new HashMap<>();
        for (JoinedReason r : reasons) {
            reasonsByCluster.computeIfAbsent(cluster[r.group()], k -> new ArrayList<>()).add(r.reason());
        }
        List<Entity> entities = new ArrayList<>();
        List<MentionLink> links = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (Map.Entry<Integer, List<NameGroup>> entry : members.entrySet()) {
            List<NameGroup> memberGroups = entry.getValue();
            NameGroup first = memberGroups.get(0);
            String id = id(first.type, first.key);
            // names with one key kept apart (Ford and Fourth) are two entities and need two ids
            for (int n = 1; !usedIds.add(id); n++) {
                id = id(first.type, first.key + "|" + first.name + (n > 1 ? "|" + n : ""));
            }
            Map<String, Integer> surfaceCounts = new LinkedHashMap<>();
            Set<String> titles = new LinkedHashSet<>();
            Set<String> articles = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            List<MergeReason> why = new ArrayList<>();
            List<Entity.Reference> references = new ArrayList<>();
            int mentions = 0;
            for (NameGroup g : memberGroups) {
                names.add(g.name);
                for (String s : g.surfaces) {
                    surfaceCounts.merge(s, g.mentions.size(), Integer::sum);
                }
                titles.addAll(g.titles);
                articles.add(g.article.articleId());
                why.addAll(g.reasons);
                references.addAll(g.references);
                mentions += g.mentions.size() + g.references.size();
                for (int m : g.mentions) {
                    links.add(new MentionLink(g.article.articleId(), m, id));
                }
            }
            why.addAll(reasonsByCluster.getOrDefault(entry.getKey(), List.of()));
            String canonical = canonical(surfaceCounts, first.name);
            List<String> aliases = surfaceCounts.keySet().stream().filter(s -> !s.equals(canonical)).toList();
            entities.add(new Entity(id, canonical, first.type, aliases, List.copyOf(titles), List.copyOf(articles),
                    mentions, why, references));
        }
        return new Resolution(entities, links);
    }

    /** The fullest name, then the most used, then the first seen. */
    private static String canonical(Map<String, Integer> counts, String fallback) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> Math.min(3, e.getKey().split("\\s+").length))
                        .thenComparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(fallback);
    }

    static String id(String type, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((type + "|" + key).getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A merge reason and one of the groups it joined, so it can be handed to the entity that group ends in. */
    private record JoinedReason(int group, MergeReason reason) {
    }

    /** Disjoint sets with path halving; the smaller index stays the root, so the first-seen name leads. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        boolean union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return false;
            }
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
            return true;
        }
    }
}
