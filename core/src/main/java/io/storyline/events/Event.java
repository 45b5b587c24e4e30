package io.storyline.events;

import java.util.List;
import java.util.Map;

/**
 * An event of the contract: who did what to whom, where, when, according to which independent sources.
 *
 * @param status      "happened" or "planned" (announced, scheduled, expected, invited to); negated reports
 *                    ("did not attend") never make an event
 * @param start       ISO date at its granularity ("2023-01-29", "2023-07"), or null when the sources give none
 * @param end         the last day, or the same as start
 * @param dateBasis   "stated" (a time expression of the sentence) or "article" (the report's own date: the event
 *                    happened on or before it)
 * @param announced   the date of the earliest report, for plans: when it was made known
 * @param sources     independent sources: an article and its copies count once
 * @param disputed    null, or for each field the sources disagree on ("start", "place") the claims and who makes them
 * @param accordingTo entity ids of those the reports attribute the event to (speakers of quotes, subjects of "said")
 * @param actorCountry GDELT-like Actor1CountryCode (CAMEO country or IGO/NGO… code) or null; {@code actorSector}
 *                    Actor1Type1Code (GOV, MIL, COP, REB…); {@code targetCountry}, {@code targetSector} the same
 *                    for the target (Actor2…)
 * @param main        whether some report makes it the headline event of its article
 */
public record Event(String id, String type, String mode, String status, String summary, List<String> actors,
                    List<String> actorNames, List<String> targets, List<String> targetNames, String place,
                    String placeName, String start, String end, String dateBasis, String announced,
                    List<EventEvidence> evidence, List<EventSource> sources, Map<String, List<Claim>> disputed,
                    List<String> accordingTo, double confidence, String actorCountry, String actorSector,
                    String targetCountry, String targetSector, boolean main) {
    public Event {
        actors = List.copyOf(actors);
        actorNames = List.copyOf(actorNames);
        targets = List.copyOf(targets);
        targetNames = List.copyOf(targetNames);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        accordingTo = List.copyOf(accordingTo);
    }

    /** One claim in a dispute: a value and the articles that make it. */
    public record Claim(String value, List<String> articles) {
    }

    /** The date an event sorts by: its start, else when it was announced. */
    public String sortDate() {
        return start != null ? start : announced;
    }
}
