package io.storyline.clean.text;

/**
 * A line's kind and its weight as evidence for the article region: positive for prose, negative for
 * furniture. {@code reason} names the rule when the kind is {@link LineKind#BOILERPLATE}.
 */
public record LineVerdict(LineKind kind, double score, String reason) {
}
