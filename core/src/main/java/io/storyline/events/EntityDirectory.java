package io.storyline.events;

import io.storyline.resolve.entity.Entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The resolved entities by id, by name and alias, and persons by title ("UN Secretary General"). */
public final class EntityDirectory implements ResolvedEntities {
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

    @Override
    public Optional<Entity> get(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    @Override
    public Optional<Entity> named(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    @Override
    public String name(String id) {
        return get(id).map(Entity::name).orElse(id);
    }

    public Collection<Entity> all() {
        return byId.values();
    }

    @Override
    public List<Entity> titled(String role) {
        String r = key(role.replaceFirst("(?i)^(the|a|an)\\s+", ""));
        return byTitleSuffix.getOrDefault(r, List.of());
    }

    @Override
    public Optional<Entity> holderOfOffice(Entity office, Collection<String> preferred) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(office.aliases());
        names.add(office.name());
        return byId.values().stream()
                .filter(p -> p.type().equals("PERSON") && p.titles().stream().anyMatch(t -> names.stream()
                        .anyMatch(n -> (" " + t + " ").contains(" " + n + " "))))
                .max(java.util.Comparator.comparing((Entity p) -> preferred.contains(p.id()))
                        .thenComparing(Entity::mentions));
    }

    static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
