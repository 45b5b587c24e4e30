package io.storyline.events;

/**
 * A sentence that tells of an event: [start, end) in the article's text, the predicate that was found, and why the
 * arguments and the date were read as they were.
 */
public record EventEvidence(String article, int start, int end, String sentence, String trigger, String status,
                            String date, String why) {
}
