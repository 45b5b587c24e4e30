package io.storyline.language;

/**
 * Reads the tense that governs a time mention from the words around it in its sentence: the nearest cue wins
 * ("said it will meet on Sunday": "will" is nearer to "Sunday" than "said"), a future cue winning a tie. No
 * parser: a cue list and the regular -ed past form are enough to decide the direction of weekdays, month names
 * and years in news, and a wrong guess costs little since every reader built on it weighs it softly.
 * <p>
 * One reader, two readings, each a word list beside this class with its own reach: the time tagger counts words
 * and lets a cue before the mention win over one as near after it ({@link #forTimeExpressions()}); the
 * publication-date reader counts characters, weighs a cue after the mention half again as far, and keeps a
 * quotation apart from the sentence around it ({@link #forDateClues()}). Each reading is what its component was
 * tuned with (TimeBank, htmldate-dev pages); they stay apart until one of them is re-measured on the other's data.
 */
public final class TenseReader {
    private static final String QUOTES = "\"“”«»";

    private final TenseCues cues;

    public TenseReader(TenseCues cues) {
        this.cues = cues;
    }

    /** The reading of the time tagger (resource tense-cues-time.txt). */
    public static TenseReader forTimeExpressions() {
        return Shipped.TIME;
    }

    /** The reading of the publication-date clues (resource tense-cues-dates.txt). */
    public static TenseReader forDateClues() {
        return Shipped.DATES;
    }

    private static final class Shipped {
        static final TenseReader TIME = new TenseReader(TenseCues.resource("tense-cues-time.txt"));
        static final TenseReader DATES = new TenseReader(TenseCues.resource("tense-cues-dates.txt"));
    }

    /** The tense of the mention at [start, end) of a whole sentence. */
    public Tense around(CharSequence sentence, int start, int end) {
        return around(sentence, 0, sentence.length(), start, end);
    }

    /** The tense of the mention at [start, end) of {@code text}, within the sentence at [from, to). */
    public Tense around(CharSequence text, int from, int to, int start, int end) {
        TenseCues.Reach reach = cues.reach();
        boolean words = reach.unit() == TenseCues.Unit.WORDS;
        if (!words) {
            from = Math.max(from, start - reach.before());
            to = Math.min(to, end + reach.after());
        }
        if (cues.quotationEndsClause()) {
            // a quotation is its own clause: "… in July," said X must not take its tense from "said"
            for (int i = start - 1; i >= from; i--) if (QUOTES.indexOf(text.charAt(i)) >= 0) { from = i + 1; break; }
            for (int i = end; i < to; i++) if (QUOTES.indexOf(text.charAt(i)) >= 0) { to = i; break; }
        }
        WordTokens tokens = WordTokens.of(text, from, to);
        Distance distance = words ? new WordDistance(tokens, start, end, reach) : new CharacterDistance(start, end);
        int future = nearest(text, tokens, true, distance);
        int past = nearest(text, tokens, false, distance);
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) return Tense.UNKNOWN;
        return future <= past ? Tense.FUTURE : Tense.PAST;
    }

    /** The distance of the nearest future (or past) cue, matched left to right without overlap. */
    private int nearest(CharSequence text, WordTokens tokens, boolean future, Distance distance) {
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); ) {
            int length = future ? cues.future(text, tokens, i) : cues.past(text, tokens, i);
            if (length == 0) {
                i++;
                continue;
            }
            best = Math.min(best, distance.of(tokens, i, i + length - 1));
            i += length;
        }
        return best;
    }

    /** True when the text calls the moment it mentions recent ("recently", "the latest"). */
    public boolean callsRecent(CharSequence text) {
        WordTokens tokens = WordTokens.of(text, 0, text.length());
        for (int i = 0; i < tokens.size(); i++) {
            if (cues.callsRecent(tokens.lower(i))) return true;
        }
        return false;
    }

    /** How far a cue spanning tokens [first, last] stands from the mention; MAX_VALUE when out of reach. */
    private interface Distance {
        int of(WordTokens tokens, int first, int last);
    }

    /**
     * Characters between cue and mention; a cue after the mention counts half again as far (the verb usually
     * precedes).
     */
    private record CharacterDistance(int start, int end) implements Distance {
        @Override
        public int of(WordTokens tokens, int first, int last) {
            int cueStart = tokens.start(first), cueEnd = tokens.end(last);
            if (cueStart >= start && cueEnd <= end) return Integer.MAX_VALUE;
            int distance = cueEnd <= start ? start - cueEnd : cueStart - end;
            if (cueStart >= end) distance = distance * 3 / 2;
            return Math.max(0, distance);
        }
    }

    /**
     * Words between cue and mention, counted so that the k-th word before the mention comes just ahead of the
     * k-th word after it: a cue before wins a tie.
     */
    private static final class WordDistance implements Distance {
        private final int[] wordsBefore;
        private final int firstInside;
        private final int firstAfter;
        private final TenseCues.Reach reach;

        WordDistance(WordTokens tokens, int start, int end, TenseCues.Reach reach) {
            this.reach = reach;
            wordsBefore = new int[tokens.size() + 1];
            for (int i = 0; i < tokens.size(); i++) wordsBefore[i + 1] = wordsBefore[i] + (tokens.isWord(i) ? 1 : 0);
            int i = 0;
            while (i < tokens.size() && tokens.start(i) < start) i++;
            firstInside = i;
            while (i < tokens.size() && tokens.start(i) < end) i++;
            firstAfter = i;
        }

        @Override
        public int of(WordTokens tokens, int first, int last) {
            if (!tokens.isWord(first)) return Integer.MAX_VALUE;
            if (last < firstInside) {
                int between = wordsBefore[firstInside] - wordsBefore[last + 1];
                return between < reach.before() ? 2 * between : Integer.MAX_VALUE;
            }
            if (first >= firstAfter) {
                int between = wordsBefore[first] - wordsBefore[firstAfter];
                return between < reach.after() ? 2 * between + 1 : Integer.MAX_VALUE;
            }
            return Integer.MAX_VALUE;
        }
    }
}
