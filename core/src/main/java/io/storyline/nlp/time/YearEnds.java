package io.storyline.nlp.time;

import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;

/** The end of the anchor's year: "year-end", "year's end", "since year end". */
final class YearEnds {
    private YearEnds() {
    }

    static Optional<TimeMatch> yearEnd(TokenView t, int i) {
        int e;
        if (t.is(i, "year") && (t.is(i + 1, "-") && t.glued(i + 1) || !t.glued(i + 1)) && t.is(t.hyphen(i + 1), "end")) {
            e = t.hyphen(i + 1) + 1;
        } else if (t.is(i, "year") && t.possessive(i + 1) > i + 1 && t.is(t.possessive(i + 1), "end")) {
            e = t.possessive(i + 1) + 1;
        } else {
            return Optional.empty();
        }
        if (t.is(e, "-") || t.is(i - 1, "fiscal") || t.is(i - 1, "the") || t.is(i - 1, "a")) {
            return Optional.empty();
        }
        boolean since = t.is(i - 1, "since");
        return Optional.of(new TimeMatch(i, e, ctx -> {
            int year = ctx.anchor().getYear() - (since ? 1 : 0);
            return new Resolution(DATE, TimeMlValues.year(year) + "-12-31", "the end of the anchor's year");
        }));
    }
}
