package io.storyline.events;

import io.storyline.resolve.entity.Entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The resolved entities by id, by name and alias, and persons by title ("UN Secretary General"). */
public final class EntityDirectory {
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Entity> byName = new HashMap<>();
    /** Persons by every word-suffix of each of their titles ("nato secretary general", "secretary general", …). */
    private final Map<String, List<Entity>> byTitleSuffix = new HashMap<>();

    public EntityDirectory(Collection<Entity> entities) {
        for (Entity e : entities) {
            byId.put(e.id(), e);
        }
        // most mentioned first, so a shared name goes to the entity most often meant
        entities.stream().sorted((a, b) -> b.mentions() - a.mentions()).forEach(e -> {
            byName.putIfAbsent(key(e.name()), e);
            e.aliases().forEach(a -> byName.putIfAbsent(key(a), e));
            if (e.type().equals("PERSON")) {
                for (String title : e.titles()) {
                    String[] words = key(title).split(" ");
                    for (int i = 0; i < words.length; i++) {
                        List<Entity> holders = byTitleSuffix.computeIfAbsent(
                                String.join(" ", java.util.Arrays.asList(words).subList(i, words.length)), k -> new java.util.ArrayList<>());
                        if (!holders.contains(e)) {
                            holders.add(e);
                        }
                    }
                }
            }
        });
    }

    public Optional<Entity> get(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Optional<Entity> named(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    public String name(String id) {
        return get(id).map(Entity::name).orElse(id);
    }

    public Collection<Entity> all() {
        return byId.values();
    }

    /** Persons with a title ending in {@code role} ("the UN chief" matches "UN chief"), most mentioned first. */
    public List<Entity> titled(String role) {
        String r = key(role.replaceFirst("(?i)^(the|a|an)\\s+", ""));
        return byTitleSuffix.getOrDefault(r, List.of());
    }

    static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
