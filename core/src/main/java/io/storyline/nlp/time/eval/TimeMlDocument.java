package io.storyline.nlp.time.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A TimeML document: the plain text of its TEXT element, its creation date and its gold TIMEX3 annotations.
 *
 * @param timexes gold annotations with offsets into {@code text}
 */
public record TimeMlDocument(String name, LocalDate creationDate, String text, List<Timex> timexes) {
    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }

    /** One annotated time expression, [start, end) in the document text. */
    public record Timex(int start, int end, String type, String value) {
        boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }
}
