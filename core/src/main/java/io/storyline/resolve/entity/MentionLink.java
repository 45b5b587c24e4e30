package io.storyline.resolve.entity;

/** Which entity a mention (by its index in the article's entity list) belongs to. */
public record MentionLink(String articleId, int mention, String entityId) {
}
