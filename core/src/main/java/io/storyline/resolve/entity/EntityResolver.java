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
 * Merges the name groups of all articles into entities by a list of {@link AliasRule}s (equal spelling-tolerant
 * keys, acronyms, middle names, company short names, one-word names …), then applies users' corrections and
 * builds the entities with their ids, names, aliases and the reason of every merge. People who only share a
 * surname stay apart (Yoon Suk Yeol and Yoon Soon-gu). Each rule blocks by a key, so resolution stays
 * near-linear in the number of names: no all-pairs comparison.
 */
public final class EntityResolver {
    /** In order: each rule sees the joins of those before it. */
    private static final List<AliasRule> RULES = List.of(new EqualKeyRule(), new AcronymRule(), new MiddleNameRule(),
            new VowelVariantRule(),
            new CompanyShortNameRule(KnownNames.standard()), new PlaceQualifiedNameRule(KnownNames.standard()),
            new OneWordNameRule());
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
        Merges merges = new Merges(groups);
        for (AliasRule rule : RULES) {
            rule.apply(merges);
        }
        Clusters labelled = new Clusters(groups, merges);
        for (Correction c : corrections) {
            switch (c.kind()) {
                case MERGE -> applyMerge(labelled, merges, c);
                case SPLIT -> applySplit(groups, labelled, c);
            }
        }
        return build(groups, labelled, merges.reasons());
    }

    /** Joins the entity of {@code left} and the entity of {@code right}; the one seen first keeps its id. */
    private static void applyMerge(Clusters clusters, Merges merges, Correction c) {
        int left = clusters.labelOf(c.left());
        int right = clusters.labelOf(c.right());
        if (left < 0 || right < 0 || left == right) {
            return;
        }
        int joined = clusters.join(left, right);
        merges.note(clusters.firstGroup(joined), new MergeReason("merged by a user", 1.0, c.left(), c.right()));
    }

    /** The groups named {@code right} leave the entity of {@code left} and form one of their own, with its own id. */
    private static void applySplit(List<NameGroup> groups, Clusters clusters, Correction c) {
        int left = clusters.labelOf(c.left());
        if (left < 0) {
            return;
        }
        List<Integer> moving = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (clusters.label[i] == left && groups.get(i).goesBy(c.right())) {
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

    private static Resolution build(List<NameGroup> groups, Clusters clusters, List<Merges.Joined> reasons) {
        Map<Integer, List<NameGroup>> members = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            members.computeIfAbsent(clusters.label[i], k -> new ArrayList<>()).add(groups.get(i));
        }
        Map<Integer, List<MergeReason>> reasonsByCluster = new HashMap<>();
        for (Merges.Joined r : reasons) {
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
            String canonical = canonical(surfaceCounts, first.name, first.type);
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

    /**
     * The fullest name, then the most used, then the first seen; a person's courtesy words and generation do not
     * make a name fuller ("Mr. Reeves" is not Eric Reeves' name).
     */
    private static String canonical(Map<String, Integer> counts, String fallback, String type) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(
                                e -> Math.min(3, (type.equals("PERSON") ? NameForms.core(type, e.getKey()) : e.getKey()).split("\\s+").length))
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
}
