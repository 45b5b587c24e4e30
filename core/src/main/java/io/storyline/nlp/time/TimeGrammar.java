package io.storyline.nlp.time;

import java.util.List;
import java.util.Optional;

/**
 * The rule base: recursive-descent rules over tokens (SUTime/HeidelTime style), one class a family of
 * expressions, each returning how to resolve what it read. Every rule only looks a bounded number of tokens
 * ahead, so a whole document is tagged in one linear pass with no backtracking. Hand-written because the Java
 * time taggers (SUTime, HeidelTime) are GPL and pull in a full NLP pipeline; this is the small subset news needs.
 */
final class TimeGrammar {
    /**
     * The rules in order of precedence: the longest match wins, and of equally long ones the earliest rule's.
     * Changing the order changes which reading two rules that end at the same token give.
     */
    private static final List<TimeRule> RULES = List.of(
            ClockTimes::clockTime,
            MonthDates::monthDate,
            MonthDates::dayMonth,
            NumericDates::numericDate,
            Weekdays::weekday,
            DayWords::dayWord,
            RelativeUnits::relativeUnit,
            QuartersAndHalves::quarterOrHalf,
            Seasons::season,
            YearsAndDecades::yearOrDecade,
            Shifts::agoOrLater,
            Durations::duration,
            TimeSets::set,
            ReferenceWords::referenceWord,
            RelativeUnits::relativeMonth,
            RelativeUnits::theUnit,
            Shifts::yearEarlier,
            Holidays.US::holiday,
            YearEnds::yearEnd);

    private final TokenView tokens;

    TimeGrammar(List<TimeToken> tokens) {
        this.tokens = new TokenView(tokens);
    }

    /** The longest expression starting at token {@code i}, with the far end of a range when it is one. */
    Optional<TimeMatch> longestAt(int i) {
        TimeToken token = tokens.get(i);
        if (!token.isWord() && !token.isDigits() && !token.is("'")) {
            return Optional.empty();
        }
        int framed = tokens.afterFrame(i);
        if (framed > i && framed < tokens.size()) {
            Optional<TimeMatch> inner = longestAt(framed);
            if (inner.isPresent()) {
                return Optional.of(inner.get().from(i));
            }
        }
        TimeMatch best = null;
        for (TimeRule rule : RULES) {
            Optional<TimeMatch> match = rule.match(tokens, i);
            if (match.isPresent() && (best == null || match.get().end() > best.end())) {
                best = match.get();
            }
        }
        return Optional.ofNullable(best);
    }
}
