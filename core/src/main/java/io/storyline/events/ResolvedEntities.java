package io.storyline.events;

import io.storyline.resolve.entity.Entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What event coding may ask of the corpus's resolved entities. An interface so that the answers one article's coding
 * got can be recorded and asked again of a later resolution: when every answer is the same, the article's coded
 * events are too (see {@code events.coding.RecordedEntities}).
 */
public interface ResolvedEntities {
    Optional<Entity> get(String id);

    /** The entity with this name or alias, the most mentioned one when several share it. */
    Optional<Entity> named(String name);

    /** The entity's name, else the id itself. */
    String name(String id);

    /** Persons with a title ending in {@code role} ("the UN chief" matches "UN chief"), most mentioned first. */
    List<Entity> titled(String role);

    /**
     * The person whose title names {@code office} (its name or an alias as whole words): one of {@code preferred}
     * first, else the most mentioned.
     */
    Optional<Entity> holderOfOffice(Entity office, Collection<String> preferred);
}
