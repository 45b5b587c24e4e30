package io.storyline.nlp.time;

import java.util.List;
import java.util.Set;

/**
 * The tokens of one text as the rules read them: every look-up is safe past either end (it just fails), so a
 * rule can probe a few tokens ahead or behind without bounds checks of its own.
 */
final class TokenView {
    private final List<TimeToken> tokens;

    TokenView(List<TimeToken> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    int size() {
        return tokens.size();
    }

    TimeToken get(int i) {
        return tokens.get(i);
    }

    boolean is(int i, String word) {
        return i < size() && i >= 0 && tokens.get(i).lower().equals(word);
    }

    boolean isAny(int i, Set<String> words) {
        return i < size() && i >= 0 && words.contains(tokens.get(i).lower());
    }

    String lower(int i) {
        return i < size() && i >= 0 ? tokens.get(i).lower() : "";
    }

    boolean glued(int i) {
        return i >= 0 && i < size() && tokens.get(i).glued();
    }

    boolean digits(int i) {
        return i >= 0 && i < size() && tokens.get(i).isDigits();
    }

    boolean capitalized(int i) {
        return i >= 0 && i < size() && tokens.get(i).isCapitalized();
    }

    /** Skips a period glued to the previous token ("Sept."). */
    int dot(int i) {
        return is(i, ".") && glued(i) ? i + 1 : i;
    }

    /** Skips an optional hyphen. */
    int hyphen(int i) {
        return is(i, "-") || is(i, "–") ? i + 1 : i;
    }

    /** Skips a possessive "'s" glued to the previous token. */
    int possessive(int i) {
        if ((is(i, "'") || is(i, "’")) && glued(i) && is(i + 1, "s") && glued(i + 1)) {
            return i + 2;
        }
        return i;
    }

    /** True when the token after {@code k} is a lower-case word ("before the vote", not "before Monday"). */
    boolean isWordAfter(int k) {
        return k + 1 < size() && tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalized();
    }

    /** After "about", "nearly", "more than", "no more than", "at least", "up to"… or {@code i} itself. */
    int afterApproximator(int i) {
        if (isAny(i, TimeLexicon.APPROXIMATORS)) {
            return i + 1;
        }
        int j = is(i, "no") ? i + 1 : i;
        if (isAny(j, TimeLexicon.COMPARATIVES) && is(j + 1, "than")) {
            return j + 2;
        }
        if ((is(i, "at") && (is(i + 1, "least") || is(i + 1, "most"))) || (is(i, "up") && is(i + 1, "to"))
                || (is(i, "just") && (is(i + 1, "over") || is(i + 1, "under")))) {
            return i + 2;
        }
        return i;
    }

    /** After "the end of", "the beginning of", "the middle of", "the start of", or {@code i} itself. */
    int afterFrame(int i) {
        int j = is(i, "the") ? i + 1 : i;
        if ((is(j, "end") || is(j, "beginning") || is(j, "start") || is(j, "middle")) && is(j + 1, "of")) {
            return j + 2;
        }
        return i;
    }

    /**
     * True when a common time word is capitalized inside a name ("the Daily Mail", "the Summer Olympics",
     * "Future Forum"): capitalized, not opening its sentence, and next to another capitalized word.
     */
    boolean partOfName(int i) {
        if (i >= tokens.size()) {
            return false; // a relative word ("later") that ends the text (found by fuzzing)
        }
        TimeToken t = tokens.get(i);
        if (!t.isCapitalized() || i == 0 || tokens.get(i - 1).sentence() != t.sentence()) {
            return false;
        }
        TimeToken previous = tokens.get(i - 1);
        boolean before = previous.isWord() && previous.isCapitalized() && !previous.is("the")
                || previous.is("'") || previous.is("\"");
        boolean after = i + 1 < size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalized()
                && tokens.get(i + 1).sentence() == t.sentence();
        return before || after;
    }

    /** The month a capitalized month word names ("March", "Sept"), or null. */
    Integer month(int i) {
        return capitalized(i) ? TimeLexicon.MONTHS.get(tokens.get(i).lower()) : null;
    }

    /** True for "Sept", "Jan": month words shorter than the month's full name, which take a period. */
    boolean isMonthAbbreviation(int i) {
        String w = lower(i);
        return !w.isEmpty() && !TimeLexicon.FULL_MONTH_NAMES.contains(w);
    }

    /** The ISO day of week (1 = Monday) a capitalized weekday names, or null. */
    Integer weekday(int i) {
        return capitalized(i) ? TimeLexicon.WEEKDAYS.get(tokens.get(i).lower()) : null;
    }

    /** A four-digit year token 1000..2199, or -1. */
    int fourDigitYear(int i) {
        if (!digits(i) || tokens.get(i).text().length() != 4) {
            return -1;
        }
        int y = tokens.get(i).intValue();
        return y >= 1000 && y < 2200 ? y : -1;
    }
}
