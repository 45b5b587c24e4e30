package io.storyline.eval;

import java.util.Arrays;
import java.util.List;

/**
 * One judged event of the events gold ({@code core/src/test/resources/gold/events/README.md} has the format and the
 * judging guidelines).
 *
 * @param article   path relative to the shared data folder, as the gold names it
 * @param split     "dev" or "heldout" ({@link GoldEventFile#splitOf})
 * @param sentence  the sentence that tells the event, as in the article's text
 * @param actors    who acts; alternatives for one actor separated by " / "
 * @param status    happened, planned, negated or claimed
 * @param happening id shared with the gold events of other articles telling the same happening, or null
 */
public record GoldEvent(String article, String split, String sentence, String trigger, PloverCategory type,
                        String mode, List<String> actors, String actorCountry, String actorSector, List<String> targets,
                        String place, String date, String status, boolean headline, String happening) {
    public GoldEvent {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
    }

    /** Negated events are judged (a system event on one is wrong) but nobody should find them. */
    public boolean counted() {
        return !"negated".equals(status);
    }

    /** Every name an actor of this event may go by: the alternatives of each actor, flattened. */
    public List<String> actorNames() {
        return actors.stream().flatMap(a -> Arrays.stream(a.split(" / "))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
