package io.storyline.events;

import java.util.List;

/**
 * One independent source: the original article ({@code article}) and every article of the evidence that is a copy of
 * it or the same report ({@code articles}), with why they count once.
 */
public record EventSource(String article, String outlet, List<String> articles, String why) {
    public EventSource {
        articles = List.copyOf(articles);
    }
}
