package io.storyline.events.coding;

import java.util.List;

/**
 * One pattern of a verb block: what must stand on the subject's side of the verb and on its objects' side, in
 * order, and what the verb then means. Each element is a list of alternatives, each alternative a phrase of
 * consecutive words ("{HUMANITARIAN AID}", "&HOSTAGE" expanded, "(FROM BORDER)" as "from" then "border").
 */
public record VerbPattern(String text, List<List<List<String>>> subjectSide, List<List<List<String>>> objectSide,
                          PloverCoding coding) {
    public VerbPattern {
        subjectSide = List.copyOf(subjectSide);
        objectSide = List.copyOf(objectSide);
    }

    /** How much of the sentence the pattern asks for: the more, the more specific. */
    public int specificity() {
        return subjectSide.size() + objectSide.size();
    }
}
