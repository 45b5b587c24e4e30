package io.storyline.eval;

import java.util.List;

/**
 * One evidence sentence of one system event, as the evaluator compares it with the gold.
 *
 * @param article    the gold's name of the article the evidence is in
 * @param start      offset of the sentence in the stored article text (end exclusive)
 * @param actorNames the names and aliases of every actor entity of the event
 */
public record SystemMention(String eventId, String article, int start, int end, String sentence, String trigger,
                            String type, List<String> actorNames) {
    public SystemMention {
        actorNames = List.copyOf(actorNames);
    }
}
