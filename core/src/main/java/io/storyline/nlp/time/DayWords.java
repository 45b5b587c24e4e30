package io.storyline.nlp.time;

import java.time.LocalDate;
import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;
import static io.storyline.nlp.time.Resolution.TIME;

/** Days named by a word: "today", "yesterday", "tonight", "the next day", "that morning". */
final class DayWords {
    private DayWords() {
    }

    static Optional<TimeMatch> dayWord(TokenView t, int i) {
        int start = i;
        int j = i;
        String w = t.lower(j);
        int offset;
        boolean anaphoric = false;
        String part = null;
        int e;
        switch (w) {
            case "today" -> { offset = 0; e = j + 1; }
            case "yesterday" -> { offset = -1; e = j + 1; }
            case "tomorrow" -> { offset = 1; e = j + 1; }
            case "tonight" -> { offset = 0; part = "NI"; e = j + 1; }
            case "this" -> {
                part = TimeLexicon.DAY_PARTS.get(t.lower(j + 1));
                if (part == null || t.is(j + 1, "overnight")) {
                    return Optional.empty();
                }
                offset = 0;
                e = j + 2;
            }
            case "last" -> {
                if (!t.is(j + 1, "night")) {
                    return Optional.empty();
                }
                offset = -1;
                part = "NI";
                e = j + 2;
            }
            case "that", "the" -> {
                int k = j + 1;
                if (w.equals("the") && (t.is(k, "next") || t.is(k, "following") || t.is(k, "previous")
                        || t.is(k, "same"))) {
                    offset = t.is(k, "next") || t.is(k, "following") ? 1 : t.is(k, "same") ? 0 : -1;
                    k++;
                } else if (w.equals("that")) {
                    offset = 0;
                } else if (t.is(k, "day") && (t.is(k + 1, "before") || t.is(k + 1, "after"))) {
                    offset = t.is(k + 1, "before") ? -1 : 1;
                    if (t.is(k + 2, "yesterday") || t.is(k + 2, "tomorrow")) {
                        int base = t.is(k + 2, "yesterday") ? -1 : 1;
                        int total = base + offset;
                        return Optional.of(new TimeMatch(start, k + 3, ctx -> new Resolution(DATE,
                                TimeMlValues.day(ctx.anchor().plusDays(total)), "days from the anchor")));
                    }
                    anaphoric = true;
                    int off = offset;
                    return Optional.of(new TimeMatch(start, k + 2, ctx -> anaphoricDay(ctx, off, null)));
                } else {
                    return Optional.empty();
                }
                if (t.is(k, "day")) {
                    e = k + 1;
                } else if (TimeLexicon.DAY_PARTS.containsKey(t.lower(k)) && !t.is(k, "overnight")) {
                    part = TimeLexicon.DAY_PARTS.get(t.lower(k));
                    e = k + 1;
                } else {
                    return Optional.empty();
                }
                anaphoric = true;
            }
            default -> {
                return Optional.empty();
            }
        }
        if (!anaphoric && part == null && TimeLexicon.DAY_PARTS.containsKey(t.lower(e)) && !t.is(e, "overnight")) {
            part = TimeLexicon.DAY_PARTS.get(t.lower(e));
            e++;
        }
        int off = offset;
        String dayPart = part;
        if (anaphoric) {
            return Optional.of(new TimeMatch(start, e, ctx -> anaphoricDay(ctx, off, dayPart)));
        }
        return Optional.of(new TimeMatch(start, e, ctx -> {
            String day = TimeMlValues.day(ctx.anchor().plusDays(off));
            return dayPart == null ? new Resolution(DATE, day, "day relative to the anchor")
                    : new Resolution(TIME, day + "T" + dayPart, "part of a day relative to the anchor");
        }));
    }

    private static Resolution anaphoricDay(ResolutionContext ctx, int offset, String part) {
        LocalDate reference = ctx.reference() == null ? null : TimeMlValues.asDay(ctx.reference());
        String why = reference == null ? "day relative to the anchor" : "day relative to the previous date";
        LocalDate day = (reference == null ? ctx.anchor() : reference).plusDays(offset);
        return part == null ? new Resolution(DATE, TimeMlValues.day(day), why)
                : new Resolution(TIME, TimeMlValues.day(day) + "T" + part, why + ", part of day");
    }
}
