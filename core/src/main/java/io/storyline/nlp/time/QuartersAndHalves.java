package io.storyline.nlp.time;

import io.storyline.language.Tense;

import java.time.LocalDate;
import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;

/**
 * Quarters and halves of a year: "the third quarter", "Q3 2024", "the first half of last year", "the latest quarter".
 */
final class QuartersAndHalves {
    private QuartersAndHalves() {
    }

    static Optional<TimeMatch> quarterOrHalf(TokenView t, int i) {
        int start = i;
        int j = i;
        int yearOffset = 0;
        boolean yearGiven = false;
        if (t.is(j, "the")) {
            j++;
        }
        if ((t.is(j, "this") || t.is(j, "last") || t.is(j, "next")) && t.is(j + 1, "year") && t.possessive(j + 2) > j + 2) {
            yearOffset = t.is(j, "last") ? -1 : t.is(j, "next") ? 1 : 0;
            yearGiven = true;
            j = t.possessive(j + 2);
        }
        if (t.is(j, "fiscal")) {
            j = t.hyphen(j + 1);
        }
        int leadingYear = t.fourDigitYear(j);
        if (leadingYear > 0 && start < j) {
            j++;
            if (t.is(j, "quarter") || t.is(j, "period")) {
                int end = j + 1;
                return Optional.of(new TimeMatch(start, end, ctx -> {
                    if (ctx.period() != null) {
                        return new Resolution(DATE, TimeMlValues.year(leadingYear) + ctx.period().substring(4),
                                "the document's period in a stated year");
                    }
                    return new Resolution(DATE, TimeMlValues.year(leadingYear), "a period of a stated year");
                }));
            }
        }
        String w = t.lower(j);
        if ((w.equals("q") && t.digits(j + 1) && t.glued(j + 1))) {
            int q = t.get(j + 1).intValue();
            if (q < 1 || q > 4) {
                return Optional.empty();
            }
            return Optional.of(quarterTail(t, start, j + 2, q, "Q", yearOffset, yearGiven));
        }
        Integer ordinal = TimeLexicon.ORDINALS.get(w);
        if (ordinal == null && t.digits(j) && t.glued(j + 1)
                && (t.is(j + 1, "st") || t.is(j + 1, "nd") || t.is(j + 1, "rd") || t.is(j + 1, "th"))) {
            ordinal = t.get(j).intValue();
            j++;
        }
        if (t.is(j, "last") || t.is(j, "final")) {
            ordinal = 4;
        }
        if (ordinal == null) {
            if ((t.is(j, "latest") || t.is(j, "quarter") || t.is(j, "just") || t.is(j, "recent") || t.is(j, "most"))
                    && start < j && (t.is(start, "the") || t.is(start, "its"))) {
                int k = j;
                while (t.is(k, "latest") || t.is(k, "just") || t.is(k, "-") || t.is(k, "ended") || t.is(k, "completed")
                        || t.is(k, "most") || t.is(k, "recent")) {
                    k++;
                }
                if (t.is(k, "quarter") || (t.is(k, "period") && k > j)) {
                    Integer endMonth = (t.is(k + 1, "ended") || t.is(k + 1, "ending")) ? t.month(k + 2) : null;
                    if (endMonth != null) {
                        int q = (endMonth - 1) / 3 + 1;
                        return Optional.of(new TimeMatch(start, k + 1, ctx -> new Resolution(DATE,
                                TimeMlValues.quarter(YearChoice.closestYear(ctx, endMonth, 15), q), "the quarter that ended then")));
                    }
                    return Optional.of(new TimeMatch(start, k + 1, ctx -> {
                        if (ctx.period() != null && ctx.period().contains("-Q")) {
                            return new Resolution(DATE, ctx.period(), "the quarter the document reports on");
                        }
                        LocalDate q = ctx.tense() == Tense.FUTURE ? ctx.anchor() : ctx.anchor().minusMonths(3);
                        return new Resolution(DATE, TimeMlValues.quarter(q.getYear(), TimeMlValues.quarterOf(q)),
                                "the reported quarter: the last one completed before the anchor");
                    }));
                }
            }
            return Optional.empty();
        }
        int k = t.hyphen(j + 1);
        if (t.is(k, "fiscal")) {
            k = t.hyphen(k + 1);
        }
        if (k == j + 2 && t.is(start, "the") && start < j) {
            return Optional.empty();
        }
        if (t.is(k, "quarter") && ordinal <= 4) {
            if (leadingYear > 0 && start < j) {
                int q = ordinal;
                return Optional.of(new TimeMatch(start, k + 1, ctx -> new Resolution(DATE, TimeMlValues.quarter(leadingYear, q),
                        "quarter of a stated year")));
            }
            return Optional.of(quarterTail(t, start, k + 1, ordinal, "Q", yearOffset, yearGiven));
        }
        if (t.is(k, "half") && (ordinal <= 2 || ordinal == 4)) {
            return Optional.of(quarterTail(t, start, k + 1, ordinal == 4 ? 2 : ordinal, "H", yearOffset, yearGiven));
        }
        if (t.is(k, "two") && t.is(k + 1, "quarters") && ordinal == 1) {
            return Optional.of(quarterTail(t, start, k + 2, 1, "H", yearOffset, yearGiven));
        }
        return Optional.empty();
    }

    private static TimeMatch quarterTail(TokenView t, int start, int e, int q, String kind, int yearOffset, boolean yearGiven) {
        int k = e;
        int explicitYear = -1;
        int offset = yearOffset;
        boolean given = yearGiven;
        if (t.is(k, "of") || t.is(k, ",")) {
            int y = k + 1;
            if (t.is(y, "fiscal")) {
                y++;
            }
            if (t.fourDigitYear(y) > 0) {
                explicitYear = t.fourDigitYear(y);
                e = y + 1;
            } else if ((t.is(y, "this") || t.is(y, "last") || t.is(y, "next")) && t.is(y + 1, "year")) {
                offset = t.is(y, "last") ? -1 : t.is(y, "next") ? 1 : 0;
                given = true;
                e = y + 2;
            } else if (t.is(y, "the") && t.is(y + 1, "year")) {
                e = y + 2;
            }
        } else if (t.fourDigitYear(k) > 0) {
            explicitYear = t.fourDigitYear(k);
            e = k + 1;
        }
        int year0 = explicitYear;
        int off = offset;
        boolean fromAnchorYear = given;
        return new TimeMatch(start, e, ctx -> {
            int year;
            String why;
            if (year0 > 0) {
                year = year0;
                why = "quarter of a stated year";
            } else if (fromAnchorYear) {
                year = ctx.anchor().getYear() + off;
                why = "quarter of a year relative to the anchor";
            } else {
                int anchorPart = kind.equals("Q") ? TimeMlValues.quarterOf(ctx.anchor())
                        : ctx.anchor().getMonthValue() <= 6 ? 1 : 2;
                year = ctx.anchor().getYear();
                if (ctx.tense() != Tense.FUTURE && q > anchorPart) {
                    year--;
                }
                why = "quarter closest to the anchor in " + ctx.tense() + " tense";
            }
            return new Resolution(DATE, TimeMlValues.year(year) + "-" + kind + q, why);
        });
    }
}
