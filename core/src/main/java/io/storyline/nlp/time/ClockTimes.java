package io.storyline.nlp.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.storyline.nlp.time.Resolution.TIME;

/** Clock times: "10:30 a.m. EST", "noon", "5 o'clock", joined with a following day when there is one. */
final class ClockTimes {
    /** The rules a day after a clock time is read with, the first that matches winning. */
    private static final List<TimeRule> DAY_RULES = List.of(
            MonthDates::monthDate, MonthDates::dayMonth, Weekdays::weekday, DayWords::dayWord);

    private ClockTimes() {
    }

    static Optional<TimeMatch> clockTime(TokenView t, int i) {
        int start = i;
        int j = t.afterApproximator(i);
        if ((t.is(j, "noon") || t.is(j, "midnight") || t.is(j, "midday")) && !t.partOfName(j)) {
            int hour = t.is(j, "midnight") ? 24 : 12;
            return Optional.of(withDay(t, start, j + 1, hour, 0, "clock time " + t.lower(j)));
        }
        if (!t.digits(j)) {
            return Optional.empty();
        }
        int hour = t.get(j).intValue();
        if (hour > 24 || t.get(j).text().length() > 2) {
            return Optional.empty();
        }
        int k = j + 1;
        int minute = 0;
        boolean hasMinutes = false;
        boolean dotted = t.is(k, ".");
        if ((t.is(k, ":") || (dotted && t.glued(k + 1))) && t.glued(k) && t.digits(k + 1) && t.glued(k + 1)
                && t.get(k + 1).text().length() == 2) {
            minute = t.get(k + 1).intValue();
            if (minute > 59) {
                return Optional.empty();
            }
            hasMinutes = true;
            k += 2;
        }
        int afterMeridiem = meridiem(t, k);
        if (dotted && hasMinutes && afterMeridiem == k) {
            return Optional.empty();
        }
        if (afterMeridiem > k) {
            boolean pm = t.lower(k).startsWith("p");
            if (hour > 12 || hour == 0) {
                return Optional.empty();
            }
            if (pm && hour < 12) {
                hour += 12;
            } else if (!pm && hour == 12) {
                hour = 0;
            }
            k = afterMeridiem;
        } else if (t.is(k, "o") && t.is(k + 1, "'") && t.is(k + 2, "clock")) {
            k += 3;
        } else if (t.is(k, "in") && t.is(k + 1, "the") && TimeLexicon.DAY_PARTS.containsKey(t.lower(k + 2))) {
            String part = t.lower(k + 2);
            if ((part.equals("afternoon") || part.equals("evening") || part.equals("night")) && hour < 12) {
                hour += 12;
            }
            k += 3;
        } else if (!hasMinutes || !(t.isAny(start - 1, TimeLexicon.CLOCK_PREPOSITIONS) || t.isAny(k, TimeLexicon.TIME_ZONES))) {
            return Optional.empty();
        }
        if (t.isAny(k, TimeLexicon.TIME_ZONES)) {
            k++;
        } else if (t.is(k, "local") && t.is(k + 1, "time")) {
            k += 2;
        }
        return Optional.of(withDay(t, start, k, hour, minute, "clock time"));
    }

    /** After "am", "pm", "a.m.", "p.m", or {@code i} itself. */
    private static int meridiem(TokenView t, int i) {
        String w = t.lower(i);
        if (w.equals("am") || w.equals("pm")) {
            return i + 1;
        }
        if ((w.equals("a") || w.equals("p")) && t.is(i + 1, ".") && t.is(i + 2, "m")) {
            int j = i + 3;
            return t.is(j, ".") && t.glued(j) ? j + 1 : j;
        }
        return i;
    }

    /** A clock time, joined with a following day ("noon Saturday", "5 p.m. EST, Nov. 9") when there is one. */
    private static TimeMatch withDay(TokenView t, int start, int end, int hour, int minute, String why) {
        String clock = "T" + TimeMlValues.two(hour) + ":" + TimeMlValues.two(minute);
        int k = t.is(end, ",") ? end + 1 : end;
        if (t.is(k, "on")) {
            k++;
        }
        TimeMatch day = null;
        for (TimeRule rule : DAY_RULES) {
            day = rule.match(t, k).orElse(null);
            if (day != null) {
                break;
            }
        }
        if (day != null) {
            TimeMatch dayTimeMatch = day;
            return new TimeMatch(start, day.end(), ctx -> {
                Resolution d = dayTimeMatch.resolver().resolve(ctx);
                String date = d.value().length() >= 10 ? d.value().substring(0, 10) : null;
                if (date == null || TimeMlValues.asDay(date) == null) {
                    return new Resolution(TIME, d.value() + clock, why + " on " + d.rule());
                }
                return new Resolution(TIME, date + clock, why + " on " + d.rule());
            });
        }
        return new TimeMatch(start, end, ctx -> {
            LocalDate previous = ctx.referenceRecent() ? TimeMlValues.asDay(ctx.reference()) : null;
            LocalDate dayOf = ctx.sameSentenceDay() != null ? ctx.sameSentenceDay()
                    : previous != null ? previous : ctx.anchor();
            String onDay = ctx.sameSentenceDay() != null ? "on the sentence's date"
                    : previous != null ? "on the previous sentence's date" : "on the anchor date";
            return new Resolution(TIME, TimeMlValues.day(dayOf) + clock, why + " " + onDay);
        });
    }
}
