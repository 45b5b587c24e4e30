package io.storyline.nlp.time;

import java.time.LocalDate;
import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;

/**
 * Spans counted from the anchor or the previous date: "three years ago", "two days later", "a year earlier", "the
 * year-ago quarter".
 */
final class Shifts {
    private Shifts() {
    }

    /** "three years ago", "two days later", "a week from now". */
    static Optional<TimeMatch> agoOrLater(TokenView t, int i) {
        int start = i;
        int j = t.afterApproximator(i);
        Numbers.Count count = Numbers.count(t, j, true);
        TimeUnit unit;
        int k;
        if (count == null) {
            unit = TimeUnit.of(t.lower(j));
            if (unit == null || !t.lower(j).endsWith("s")) {
                return Optional.empty();
            }
            count = new Numbers.Count(-1, j);
            k = j + 1;
        } else {
            k = t.hyphen(count.end());
            unit = TimeUnit.of(t.lower(k));
            if (unit == null) {
                return Optional.empty();
            }
            k++;
        }
        if (t.is(k, "or") && t.is(k + 1, "so")) {
            k += 2;
        }
        String direction = t.lower(k);
        boolean fromNow = t.is(k, "from") && t.is(k + 1, "now");
        if (!(direction.equals("ago") || direction.equals("earlier") || direction.equals("later")
                || direction.equals("before") && !t.isWordAfter(k) || direction.equals("after") && !t.isWordAfter(k)
                || fromNow || direction.equals("hence") || direction.equals("back") && !t.isWordAfter(k))) {
            return Optional.empty();
        }
        int e = fromNow ? k + 2 : k + 1;
        long amount = count.value();
        boolean forward = direction.equals("later") || direction.equals("after") || fromNow
                || direction.equals("hence");
        boolean fromReference = !direction.equals("ago") && !fromNow && !direction.equals("hence")
                && !direction.equals("back");
        TimeUnit u = unit;
        return Optional.of(new TimeMatch(start, e, ctx -> shifted(ctx, u, amount, forward, fromReference)));
    }

    private static Resolution shifted(ResolutionContext ctx, TimeUnit unit, long amount, boolean forward,
                                      boolean fromReference) {
        if (amount < 0) {
            return new Resolution(DATE, forward ? ReferencePoint.FUTURE_REF.name() : ReferencePoint.PAST_REF.name(), "vague span from the anchor");
        }
        long signed = forward ? amount : -amount;
        String reference = ctx.reference();
        if (unit == TimeUnit.YEAR && ctx.period() != null) {
            reference = ctx.period();
        }
        boolean useReference = reference != null && (ctx.referenceRecent() || reference.equals(ctx.period()))
                && (fromReference || unit == TimeUnit.YEAR && isPeriodOfYear(reference));
        if (useReference && (unit == TimeUnit.YEAR || unit == TimeUnit.DECADE)) {
            String value = TimeMlValues.shiftYears(reference, (int) signed * (unit == TimeUnit.DECADE ? 10 : 1));
            if (value != null) {
                return new Resolution(DATE, value, "same period shifted from the previous date");
            }
        }
        LocalDate base = ctx.anchor();
        String why = "shifted from the anchor";
        if (useReference && TimeMlValues.asDay(reference) != null) {
            base = TimeMlValues.asDay(reference);
            why = "shifted from the previous date";
        }
        return switch (unit) {
            case YEAR -> new Resolution(DATE, TimeMlValues.year(base.getYear() + (int) signed), why);
            case DECADE, CENTURY -> new Resolution(DATE, TimeMlValues.year(
                    base.getYear() + (int) signed * (unit == TimeUnit.DECADE ? 10 : 100)), why);
            case QUARTER -> {
                LocalDate q = base.plusMonths(3 * signed);
                yield new Resolution(DATE, TimeMlValues.quarter(q.getYear(), TimeMlValues.quarterOf(q)), why);
            }
            case MONTH -> {
                LocalDate m = base.plusMonths(signed);
                yield new Resolution(DATE, TimeMlValues.month(m.getYear(), m.getMonthValue()), why);
            }
            case WEEK, FORTNIGHT -> new Resolution(DATE, TimeMlValues.day(base.plusWeeks(
                    signed * (unit == TimeUnit.FORTNIGHT ? 2 : 1))), why);
            case DAY, WEEKEND -> new Resolution(DATE, TimeMlValues.day(base.plusDays(signed)), why);
            default -> new Resolution(DATE, TimeMlValues.day(base), why);
        };
    }

    private static boolean isPeriodOfYear(String value) {
        return value.length() >= 6 && (value.charAt(5) == 'Q' || value.charAt(5) == 'H');
    }

    /** "a year earlier", "the year-ago quarter". */
    static Optional<TimeMatch> yearEarlier(TokenView t, int i) {
        int j = i;
        if (t.is(j, "the")) {
            j++;
        }
        if (t.is(j, "comparable") || t.is(j, "same")) {
            j++;
        }
        if (!t.is(j, "year") || !(t.is(j + 1, "-") && (t.is(j + 2, "earlier") || t.is(j + 2, "ago")))) {
            return Optional.empty();
        }
        int e = j + 3;
        int k = e;
        if (TimeLexicon.ORDINALS.containsKey(t.lower(k)) && t.is(t.hyphen(k + 1), "quarter")) {
            k = t.hyphen(k + 1);
        }
        if (t.is(k, "quarter") || t.is(k, "period")) {
            e = k + 1;
        } else if (i < j) {
            return Optional.empty();
        }
        return Optional.of(new TimeMatch(i, e, ctx -> {
            String reference = ctx.period() != null ? ctx.period() : ctx.reference();
            if (reference != null && (ctx.referenceRecent() || reference.equals(ctx.period()))) {
                String shifted = TimeMlValues.shiftYears(reference, -1);
                if (shifted != null) {
                    return new Resolution(DATE, shifted, "the previous date's period a year before");
                }
            }
            return new Resolution(DATE, TimeMlValues.year(ctx.anchor().getYear() - 1), "the year before the anchor");
        }));
    }
}
