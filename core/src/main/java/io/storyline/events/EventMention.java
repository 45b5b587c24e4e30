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
 * @param actorCountry GDELT-like Actor1CountryCode of the actor (a CAMEO country or IGO/NGO… code), or null;
 *                   {@code actorSector} its Actor1Type1Code (GOV, MIL, COP, REB…); likewise for the target
 * @param main       whether this is the headline event of its article (the lede's event)
 * @param actorNames names of actors that are no resolved entity, as the sentence writes them ("Russian police",
 *                   "gunmen"); {@code targetNames} likewise for targets
 * @param story      the story of the article (null when none), within which differently worded reports of one
 *                   happening meet
 */
public record EventMention(String article, String source, String outlet, String type, String mode, boolean planned,
                           List<String> actors, List<String> targets, String place, LocalDate start, LocalDate end,
                           String startValue, String endValue, boolean stated, LocalDate published,
                           List<String> accordingTo, EventEvidence evidence, double confidence,
                           String actorCountry, String actorSector, String targetCountry, String targetSector,
                           boolean main, List<String> actorNames, List<String> targetNames, String story) {
    public EventMention {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        accordingTo = List.copyOf(accordingTo);
        actorNames = List.copyOf(actorNames);
        targetNames = List.copyOf(targetNames);
    }

    /** A mention of named entities only, without actor codes or story, not the headline event. */
    public EventMention(String article, String source, String outlet, String type, String mode, boolean planned,
                        List<String> actors, List<String> targets, String place, LocalDate start, LocalDate end,
                        String startValue, String endValue, boolean stated, LocalDate published,
                        List<String> accordingTo, EventEvidence evidence, double confidence) {
        this(article, source, outlet, type, mode, planned, actors, targets, place, start, end, startValue, endValue,
                stated, published, accordingTo, evidence, confidence, null, null, null, null, false, List.of(), List.of(), null);
    }

    /** The same mention marked as its article's headline event. */
    public EventMention asMain() {
        return new EventMention(article, source, outlet, type, mode, planned, actors, targets, place, start, end,
                startValue, endValue, stated, published, accordingTo, evidence, confidence, actorCountry, actorSector,
                targetCountry, targetSector, true, actorNames, targetNames, story);
    }
}
