package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.RoleMention;

/**
 * A title the text gives a person ("NATO Secretary General" of "Jens Stoltenberg"), for the entity's titles.
 *
 * @param how the cue that tied them, e.g. "title before the name"
 */
public record TitleAttachment(RoleTitle role, EntityMention person, String how) {
    public RoleMention title() {
        return role.mention();
    }
}
