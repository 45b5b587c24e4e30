package io.storyline.nlp.time;

import io.storyline.language.Tense;

import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;

/** Seasons: "last summer", "spring 2024", "in winter". */
final class Seasons {
    private Seasons() {
    }

    static Optional<TimeMatch> season(TokenView t, int i) {
        int start = i;
        int j = i;
        int offset = 0;
        boolean hasModifier = false;
        if (t.is(j, "early") || t.is(j, "late") || t.is(j, "mid")) {
            j = t.hyphen(j + 1);
            hasModifier = true;
        }
        if (t.is(j, "this") && (t.is(j + 1, "past") || t.is(j + 1, "coming"))) {
            offset = t.is(j + 1, "past") ? -2 : 2;
            j += 2;
            hasModifier = true;
        } else if (t.is(j, "last") || t.is(j, "next") || t.is(j, "this") || t.is(j, "the") || t.is(j, "past")
                || t.is(j, "coming")) {
            offset = t.is(j, "last") || t.is(j, "past") ? -1 : t.is(j, "next") || t.is(j, "coming") ? 1
                    : t.is(j, "this") ? 3 : 0;
            hasModifier = true;
            j++;
        }
        Season season = TimeLexicon.SEASONS.get(t.lower(j));
        if (season == null || t.partOfName(j)) {
            return Optional.empty();
        }
        int e = j + 1;
        int y = t.is(e, "of") ? e + 1 : e;
        int year = t.fourDigitYear(y);
        String code = season.code;
        Numbers.Year spelled = year > 0 ? null : Numbers.spelledYear(t, y);
        if (spelled != null) {
            int spelledYear = spelled.year();
            return Optional.of(new TimeMatch(start, spelled.end(), ctx -> new Resolution(DATE, TimeMlValues.year(spelledYear) + "-" + code,
                    "season of a spelled year")));
        }
        if (year > 0) {
            int end = y + 1;
            return Optional.of(new TimeMatch(start, end, ctx -> new Resolution(DATE, TimeMlValues.year(year) + "-" + code,
                    "season of a stated year")));
        }
        if (!hasModifier && !t.isAny(start - 1, TimeLexicon.SEASON_CONTEXT)) {
            return Optional.empty();
        }
        if (t.lower(j).equals("fall") && !hasModifier) {
            return Optional.empty();
        }
        int off = offset;
        int seasonIndex = season.ordinal();
        return Optional.of(new TimeMatch(start, e, ctx -> {
            int current = Season.ofMonth(ctx.anchor().getMonthValue()).ordinal();
            int seasonYear = ctx.anchor().getYear();
            if (off == 3) {
                return new Resolution(DATE, TimeMlValues.year(seasonYear) + "-" + code, "season of the anchor's year");
            }
            boolean past = off < 0 || off == 0 && ctx.tense() == Tense.PAST;
            boolean future = off > 0 || off == 0 && ctx.tense() == Tense.FUTURE;
            if (off == -1 || off == -2 || past) {
                if (seasonIndex > current || off == -1 && seasonIndex == current) {
                    seasonYear--;
                }
            } else if (future && (seasonIndex < current || off == 1 && seasonIndex == current)) {
                seasonYear++;
            }
            return new Resolution(DATE, TimeMlValues.year(seasonYear) + "-" + code, "season relative to the anchor");
        }));
    }
}
