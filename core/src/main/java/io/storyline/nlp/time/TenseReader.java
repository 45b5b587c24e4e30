package io.storyline.nlp.time;

import java.util.List;

/**
 * Reads the tense that governs an expression from the words of its sentence: the nearest tense cue on either side
 * wins ("said it will meet on Sunday": "will" is nearer to "Sunday" than "said"). No parser: a cue list and the
 * regular -ed past form are enough to decide the direction of weekdays and month names in news.
 */
final class TenseReader {
    private static final int WINDOW = 12;
    private static final java.util.Set<String> PASSIVE_AUXILIARIES = java.util.Set.of("be", "been", "being");

    private TenseReader() {
    }

    static Tense tenseAround(List<TimeToken> tokens, int first, int end) {
        int sentence = tokens.get(first).sentence();
        int before = first - 1;
        int after = end;
        for (int words = 0; words < WINDOW; words++) {
            before = previousWord(tokens, before, sentence);
            if (before >= 0) {
                Tense t = cue(tokens, before, sentence);
                if (t != Tense.UNKNOWN) {
                    return t;
                }
                before--;
            }
            after = nextWord(tokens, after, sentence);
            if (after >= 0) {
                Tense t = cue(tokens, after, sentence);
                if (t != Tense.UNKNOWN) {
                    return t;
                }
                after++;
            } else {
                after = tokens.size();
            }
            if (before < 0 && after >= tokens.size()) {
                break;
            }
        }
        return Tense.UNKNOWN;
    }

    private static int previousWord(List<TimeToken> tokens, int i, int sentence) {
        while (i >= 0 && tokens.get(i).sentence() == sentence) {
            if (tokens.get(i).isWord()) {
                return i;
            }
            i--;
        }
        return -1;
    }

    private static int nextWord(List<TimeToken> tokens, int i, int sentence) {
        while (i < tokens.size() && tokens.get(i).sentence() == sentence) {
            if (tokens.get(i).isWord()) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static Tense cue(List<TimeToken> tokens, int i, int sentence) {
        if (i < 0 || i >= tokens.size() || tokens.get(i).sentence() != sentence || !tokens.get(i).isWord()) {
            return Tense.UNKNOWN;
        }
        String w = tokens.get(i).lower();
        if (TimeLexicon.FUTURE_CUES.contains(w)) {
            if (w.equals("ll") && !(i > 0 && tokens.get(i - 1).text().matches("['’]"))) {
                return Tense.UNKNOWN;
            }
            if ((w.equals("going") || w.equals("set") || w.equals("due") || w.equals("plan") || w.equals("plans")) && !(i + 1 < tokens.size()
                    && tokens.get(i + 1).is("to"))) {
                return Tense.UNKNOWN;
            }
            if ((w.equals("soon") || w.equals("early")) && !(i + 1 < tokens.size() && tokens.get(i + 1).is("as")
                    && i > 0 && tokens.get(i - 1).is("as"))) {
                return Tense.UNKNOWN;
            }
            return Tense.FUTURE;
        }
        if ((w.equals("planned") || w.equals("is") || w.equals("are")) && i + 1 < tokens.size()
                && tokens.get(i + 1).is("to")) {
            return Tense.FUTURE;
        }
        if (TimeLexicon.PAST_CUES.contains(w)) {
            boolean participle = i > 0 && PASSIVE_AUXILIARIES.contains(tokens.get(i - 1).lower());
            return participle ? Tense.UNKNOWN : Tense.PAST;
        }
        if (w.length() > 4 && w.endsWith("ed") && !TimeLexicon.NOT_PAST_ED.contains(w)) {
            // a participle after "be" ("will be published") takes its tense from the auxiliary, read separately
            boolean participle = i > 0 && PASSIVE_AUXILIARIES.contains(tokens.get(i - 1).lower());
            return participle ? Tense.UNKNOWN : Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
