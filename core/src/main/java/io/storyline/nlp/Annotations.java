package io.storyline.nlp;

import java.util.List;

/** What the language layer found in one article's text; all offsets are into that text. */
public record Annotations(List<EntityMention> entities, List<RoleMention> roles, List<TimeMention> times,
                          List<Quote> quotes) {
    public static final Annotations NONE = new Annotations(List.of(), List.of(), List.of(), List.of());

    public Annotations {
        entities = List.copyOf(entities);
        roles = List.copyOf(roles);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
    }
}
