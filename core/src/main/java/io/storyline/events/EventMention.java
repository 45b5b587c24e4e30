package io.storyline.events;

import java.time.LocalDate;
import java.util.List;

/**
 * One sentence's telling of an event, before mentions of the same event are merged.
 *
 * @param source     what makes reports independent: the original of a copy, or the article itself
 * @param start      first day (null when undated); {@code startValue} keeps the granularity
 * @param stated     whether the date comes from the sentence (else from the article's date: on or before it)
 * @param published  the article's date, first day
 */
public record EventMention(String article, String source, String outlet, String type, String mode, boolean planned,
                           List<String> actors, List<String> targets, String place, LocalDate start, LocalDate end,
                           String startValue, String endValue, boolean stated, LocalDate published,
                           List<String> accordingTo, EventEvidence evidence, double confidence) {
    public EventMention {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        accordingTo = List.copyOf(accordingTo);
    }
}
