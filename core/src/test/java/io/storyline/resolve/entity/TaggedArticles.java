package io.storyline.resolve.entity;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.RoleMention;

import java.util.ArrayList;
import java.util.List;

/** Articles written for a test with the mentions a tagger would have found in them, in reading order. */
final class TaggedArticles {
    private long order;

    /** An article whose mentions are the given "TYPE:surface" strings (ROLE: for titles), found in order in the text. */
    ArticleMentions article(String id, String text, boolean feedsNames, String... typedSurfaces) {
        List<EntityMention> mentions = new ArrayList<>();
        List<RoleMention> roles = new ArrayList<>();
        int from = 0;
        for (String ts : typedSurfaces) {
            String type = ts.substring(0, ts.indexOf(':'));
            String surface = ts.substring(ts.indexOf(':') + 1);
            int at = text.indexOf(surface, from);
            if (at < 0) {
                throw new IllegalArgumentException(surface + " not in text after " + from);
            }
            if (type.equals("ROLE")) {
                roles.add(new RoleMention(surface, at, at + surface.length()));
            } else {
                mentions.add(new EntityMention(type, surface, at, at + surface.length()));
            }
            from = at + surface.length();
        }
        return new ArticleMentions(id, order++, mentions, roles, text, feedsNames);
    }

    /** The entity going by the name, as its name or an alias; fails naming all entities when none does. */
    static Entity named(Resolution r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + r.entities()));
    }
}
