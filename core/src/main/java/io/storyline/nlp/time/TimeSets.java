package io.storyline.nlp.time;

import java.util.Optional;

import static io.storyline.nlp.time.Resolution.SET;

/** Recurring times (TimeML sets): "every week", "daily", "each Monday", "every other month". */
final class TimeSets {
    private TimeSets() {
    }

    static Optional<TimeMatch> set(TokenView t, int i) {
        String w = t.lower(i);
        TimeUnit adverb = TimeLexicon.SET_ADVERBS.get(w);
        if (adverb != null && !t.partOfName(i)) {
            return Optional.of(new TimeMatch(i, i + 1, ctx -> new Resolution(SET, adverb.duration(1), "frequency adverb")));
        }
        if (!(w.equals("every") || w.equals("each"))) {
            return Optional.empty();
        }
        int j = i + 1;
        if (t.is(j, "other")) {
            j++;
        }
        Integer wd = t.weekday(j);
        if (wd != null) {
            String value = "XXXX-WXX-" + wd;
            return Optional.of(new TimeMatch(i, j + 1, ctx -> new Resolution(SET, value, "every weekday")));
        }
        String part = TimeLexicon.DAY_PARTS.get(t.lower(j));
        if (part != null) {
            return Optional.of(new TimeMatch(i, j + 1, ctx -> new Resolution(SET, "XXXX-XX-XXT" + part, "every part of day")));
        }
        Integer everyMonth = t.month(j);
        if (everyMonth != null) {
            String value = "XXXX-" + TimeMlValues.two(everyMonth);
            return Optional.of(new TimeMatch(i, j + 1, ctx -> new Resolution(SET, value, "every month of the year")));
        }
        Numbers.Count count = Numbers.count(t, j, false);
        int k = count == null ? j : count.end();
        TimeUnit unit = TimeUnit.of(t.lower(k));
        if (unit == null) {
            return Optional.empty();
        }
        long amount = count == null ? (t.is(i + 1, "other") ? 2 : 1) : count.value();
        if (w.equals("each") && count == null && (t.is(k + 1, "of") || t.is(k + 1, "'"))) {
            return Optional.empty();
        }
        return Optional.of(new TimeMatch(i, k + 1, ctx -> new Resolution(SET, unit.duration(amount), "every unit")));
    }
}
