package io.storyline.query;

import io.storyline.resolve.entity.Entity;
import io.storyline.store.Corpus;

import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the entity a user means by what they typed: an id, the canonical name, any alias, or one word of a name
 * (a surname: "Stoltenberg"), in any letter case and with or without accents. Tried in that order; the first
 * kind of match that finds anything decides, and when it finds several entities the answer is ambiguous and
 * lists them, so a command never silently picks one of two people who share a surname. The CLI and the web
 * server both look names up here.
 */
public final class EntityLookup {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-‐‑–'’.,]+");

    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Set<Entity>> byExactName = new HashMap<>();
    private final Map<String, Set<Entity>> byExactAlias = new HashMap<>();
    private final Map<String, Set<Entity>> byName = new HashMap<>();
    private final Map<String, Set<Entity>> byAlias = new HashMap<>();
    private final Map<String, Set<Entity>> byWord = new HashMap<>();

    /** @param entities most mentioned first, so candidates are listed in that order */
    public EntityLookup(List<Entity> entities) {
        for (Entity e : entities) {
            byId.put(e.id(), e);
            add(byExactName, e.name(), e);
            add(byName, key(e.name()), e);
            for (String alias : e.aliases()) {
                add(byExactAlias, alias, e);
                add(byAlias, key(alias), e);
            }
            for (String name : namesOf(e)) {
                for (String word : WORD_BREAKS.split(key(name))) {
                    if (!word.isEmpty()) {
                        add(byWord, word, e);
                    }
                }
            }
        }
    }

    /** Over every entity of the store. */
    public static EntityLookup of(Corpus corpus) throws SQLException {
        return new EntityLookup(corpus.store().entities().list(null, null, Integer.MAX_VALUE, 0));
    }

    /** What a query names: one entity, several (ambiguous), or none. */
    public record Match(String query, List<Entity> candidates, String how) {
        public boolean found() {
            return candidates.size() == 1;
        }

        public boolean ambiguous() {
            return candidates.size() > 1;
        }

        public Entity entity() {
            if (!found()) {
                throw new IllegalStateException(problem());
            }
            return candidates.get(0);
        }

        /** Why there is no single answer, for the user: "no entity named …" or the candidates. */
        public String problem() {
            if (candidates.isEmpty()) {
                return "no entity named '" + query + "'";
            }
            return "'" + query + "' is ambiguous (" + how + "); say which by id: " + candidates.stream()
                    .map(EntityLookup::describe).collect(Collectors.joining("; "));
        }
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Match find(String query) {
        String q = query == null ? "" : query.strip();
        Entity exact = byId.get(q);
        if (exact != null) {
            return new Match(q, List.of(exact), "id");
        }
        String key = key(q);
        // spelled exactly as an entity spells it first: SEOUL (a dateline) and Seoul can be two entities
        for (Tier tier : List.of(new Tier("name", byExactName, q), new Tier("alias", byExactAlias, q),
                new Tier("name in any case", byName, key), new Tier("alias in any case", byAlias, key),
                new Tier("a word of its names", byWord, key))) {
            Set<Entity> found = tier.index().get(tier.key());
            if (found != null && !found.isEmpty()) {
                return new Match(q, List.copyOf(found), tier.how());
            }
        }
        return new Match(q, List.of(), "nothing");
    }

    private record Tier(String how, Map<String, Set<Entity>> index, String key) {
    }

    /** The entity's own spelling of {@code name} (canonical or alias, any case and accents), if it goes by it. */
    public static Optional<String> spellingOf(Entity e, String name) {
        String key = key(name);
        return namesOf(e).stream().filter(n -> key(n).equals(key)).findFirst();
    }

    /** "e1a2… Jens Stoltenberg (PERSON, 20 mentions)". */
    public static String describe(Entity e) {
        return e.id() + " " + e.name() + " (" + e.type() + ", " + e.mentions() + (e.mentions() == 1 ? " mention)" : " mentions)");
    }

    /** The canonical name, then the aliases. */
    public static List<String> namesOf(Entity e) {
        List<String> names = new ArrayList<>(e.aliases().size() + 1);
        names.add(e.name());
        names.addAll(e.aliases());
        return names;
    }

    private static void add(Map<String, Set<Entity>> index, String key, Entity e) {
        index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e);
    }

    /** Lower case, accents dropped, spaces collapsed: what a user may type differently and still mean. */
    static String key(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return folded.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
