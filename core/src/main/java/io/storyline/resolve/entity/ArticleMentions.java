package io.storyline.resolve.entity;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.RoleMention;
import io.storyline.nlp.quote.RoleReferences;

import java.util.List;

/**
 * What one article contributes to entity resolution.
 *
 * @param articleId the article
 * @param order     its order of arrival, so ids and canonical names follow the first sighting
 * @param entities  its entity mentions, in text order
 * @param roles     its title and role spans, in text order
 * @param text      its text, to read what stands between a role and a name
 * @param feedsNames false for a spun copy: its mangled wording ("Secretary Basic") must not become a name or title
 * @param references titles standing for a person named earlier ("the NATO chief"), by the person's mention index
 * @param title     its title, or null: headlines name people by surname alone ("Germany's Merkel condemns …")
 */
public record ArticleMentions(String articleId, long order, List<EntityMention> entities, List<RoleMention> roles,
                              String text, boolean feedsNames, List<RoleReferences.Reference> references,
                              String title) {
    public ArticleMentions(String articleId, long order, List<EntityMention> entities, List<RoleMention> roles,
                           String text, boolean feedsNames, List<RoleReferences.Reference> references) {
        this(articleId, order, entities, roles, text, feedsNames, references, null);
    }

    public ArticleMentions(String articleId, long order, List<EntityMention> entities, List<RoleMention> roles,
                           String text, boolean feedsNames) {
        this(articleId, order, entities, roles, text, feedsNames, List.of());
    }
}
