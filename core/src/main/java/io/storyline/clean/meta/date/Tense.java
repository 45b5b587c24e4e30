package io.storyline.clean.meta.date;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a time mention points before or after the moment of writing, judged from the nearest tense marker
 * in its sentence. Hand-written because a full parser is far too heavy for a hint this coarse; a wrong guess
 * costs little since every clue built on it is soft.
 */
public enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Pattern FUTURE_MARKER = Pattern.compile(
            "\\b(?:will|shall|'ll|to be|scheduled|schedule|upcoming|forthcoming|to be held|set to|due to|plans? to|"
                    + "planning to|(?:is|are) to|(?:is|are) expected to|expected to attend|next|later this|"
                    + "ahead of|until|from now|to attend|will be)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_MARKER = Pattern.compile(
            "\\b(?:was|were|had|did|ago|last|recently|earlier|took|held|said|told|met|made|came|went|gave|"
                    + "began|won|lost|left|became|saw|slapped|[a-z]{2,}ed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE_OR_PERFECT_AUX = Pattern.compile("(?i)\\b(?:be|being)\\s+$");
    private static final Pattern RECENT_MARKER = Pattern.compile("\\b(?:recently|recent|latest|just)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String QUOTES = "\"“”«»";
    private static final int REACH_BEFORE = 140;
    private static final int REACH_AFTER = 60;

    /** The tense of the mention at [start, end) of sentence: the marker nearest to it wins. */
    public static Tense around(String sentence, int start, int end) {
        int from = Math.max(0, start - REACH_BEFORE);
        int to = Math.min(sentence.length(), end + REACH_AFTER);
        // a quotation is its own clause: "… in July," said X must not take its tense from "said"
        for (int i = start - 1; i >= from; i--) if (QUOTES.indexOf(sentence.charAt(i)) >= 0) { from = i + 1; break; }
        for (int i = end; i < to; i++) if (QUOTES.indexOf(sentence.charAt(i)) >= 0) { to = i; break; }
        int future = nearest(FUTURE_MARKER, sentence, from, to, start, end);
        int past = nearest(PAST_MARKER, sentence, from, to, start, end);
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) return UNKNOWN;
        return future <= past ? FUTURE : PAST;
    }

    /** True when the sentence calls the mentioned moment recent ("recently", "latest"). */
    public static boolean isCalledRecent(String sentence) {
        return RECENT_MARKER.matcher(sentence).find();
    }

    private static int nearest(Pattern marker, String sentence, int from, int to, int start, int end) {
        Matcher m = marker.matcher(sentence).region(from, to);
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() >= start && m.end() <= end) continue;
            if (marker == PAST_MARKER && PASSIVE_OR_PERFECT_AUX.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue; // "will be held", "to be hosted": a participle, not a past tense
            }
            int distance = m.end() <= start ? start - m.end() : m.start() - end;
            // a marker after the mention is weaker evidence than one before it (the verb usually precedes)
            if (m.start() >= end) distance = distance * 3 / 2;
            best = Math.min(best, Math.max(0, distance));
        }
        return best;
    }
}
