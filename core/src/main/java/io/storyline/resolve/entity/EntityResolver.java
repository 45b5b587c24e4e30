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
        Clusters labelled = new Clusters(groups, clusters);
        for (Correction c : corrections) {
            switch (c.kind()) {
                case MERGE -> applyMerge(labelled, reasons, c);
                case SPLIT -> applySplit(groups, labelled, c);
            }
        }
        return build(groups, labelled, reasons);
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

    /** Joins the entity of {@code left} and the entity of {@code right}; the one seen first keeps its id. */
    private static void applyMerge(Clusters clusters, List<JoinedReason> reasons, Correction c) {
        int left = clusters.labelOf(c.left());
        int right = clusters.labelOf(c.right());
        if (left < 0 || right < 0 || left == right) {
            return;
        }
        int joined = clusters.join(left, right);
        reasons.add(new JoinedReason(clusters.firstGroup(joined), new MergeReason("merged by a user", 1.0,
                c.left(), c.right())));
    }

    /** The groups named {@code right} leave the entity of {@code left} and form one of their own, with its own id. */
    private static void applySplit(List<NameGroup> groups, Clusters clusters, Correction c) {
        int left = clusters.labelOf(c.left());
        if (left < 0) {
            return;
        }
        List<Integer> moving = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (clusters.label[i] == left && names(groups.get(i), c.right())) {
                moving.add(i);
            }
        }
        if (moving.isEmpty() || moving.size() == clusters.size(left)) {
            return; // nothing to part, or nothing would stay: the entity is that name alone
        }
        NameGroup first = groups.get(moving.get(0));
        int split = clusters.newLabel(id(first.type, first.key + "|split from " + clusters.id(left)));
        for (int i : moving) {
            clusters.label[i] = split;
            NameGroup g = groups.get(i);
            g.reasons.removeIf(r -> r.left().equalsIgnoreCase(c.right()) || r.right().equalsIgnoreCase(c.right()));
            g.reasons.add(new MergeReason("split by a user", 1.0, c.left(), c.right()));
        }
    }

    /** Whether a group goes by this name: its name or any spelling of it, in any letter case. */
    private static boolean names(NameGroup g, String name) {
        return g.name.equalsIgnoreCase(name) || g.surfaces.stream().anyMatch(s -> s.equalsIgnoreCase(name));
    }

    private static Resolution build(List<NameGroup> groups, Clusters clusters, List<JoinedReason> reasons) {
        Map<Integer, List<NameGroup>> members = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            members.computeIfAbsent(clusters.label[i], k -> new ArrayList<>()).add(groups.get(i));
        }
        Map<Integer, List<MergeReason>> reasonsByCluster = new HashMap<>();
        for (JoinedReason r : reasons) {
            reasonsByCluster.computeIfAbsent(clusters.label[r.group()], k -> new ArrayList<>()).add(r.reason());
        }
        List<Entity> entities = new ArrayList<>();
        List<MentionLink> links = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (Map.Entry<Integer, List<NameGroup>> entry : members.entrySet()) {
            List<NameGroup> memberGroups = entry.getValue();
            NameGroup first = memberGroups.get(0);
            String id = clusters.id(entry.getKey());
            if (!usedIds.add(id)) {
                // names with one key kept apart (Ford and Fourth) are two entities and need two ids
                id = unique(id(first.type, first.key + "|" + first.name), usedIds);
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
            String knownId = memberGroups.stream().map(g -> g.knownId).filter(k -> k != null).findFirst().orElse(null);
            String typedBy = memberGroups.stream().map(g -> g.typedBy).filter(k -> k != null).findFirst().orElse(null);
            entities.add(new Entity(id, canonical, first.type, aliases, List.copyOf(titles), List.copyOf(articles),
                    mentions, why, references, knownId, typedBy));
        }
        return new Resolution(entities, links);
    }

    /**
     * Ids are the primary key of the stored entities: a second entity that would get an id already given (which
     * only users' corrections can cause) gets a derived one, the same on every run since clusters come in order.
     */
    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
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

    /**
     * The entity each group ends in while users' corrections are applied in the order they were made: a label per
     * group, and the id each label will be stored under (the first group's, or for a split-off name its own).
     */
    private static final class Clusters {
        final int[] label;
        private final List<NameGroup> groups;
        private final Map<Integer, String> ids = new HashMap<>();
        private int nextLabel;

        Clusters(List<NameGroup> groups, UnionFind merged) {
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
                } else if (names(g, idOrName)) {
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
