package io.storyline.nlp.time;

import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DURATION;

/** Durations: "three years", "the past two weeks", "for months", "a 10-day trip". */
final class Durations {
    private Durations() {
    }

    static Optional<TimeMatch> duration(TokenView t, int i) {
        int start = i;
        int j = t.afterApproximator(i);
        boolean article = false;
        if (t.is(j, "the") || t.is(j, "its") || t.is(j, "their")) {
            j++;
            article = true;
        }
        String modifier = null;
        if (t.isAny(j, TimeLexicon.SPAN_MODIFIERS)) {
            modifier = t.lower(j);
            j++;
        }
        Numbers.Count count = Numbers.count(t, j, !article && modifier == null);
        if (count != null && count.value() < 0 && t.is(j, "some")) {
            count = null;
        }
        if (count == null && modifier == null && !article && start == j
                && t.isAny(start - 1, TimeLexicon.SPAN_PREPOSITIONS) && t.lower(j).endsWith("s")) {
            TimeUnit bare = TimeUnit.of(t.lower(j));
            if (bare != null && bare != TimeUnit.SECOND && !t.is(j + 1, "'") && !t.is(j + 1, "-")
                    && !t.is(j + 1, "ago") && !t.is(j + 1, "of")) {
                return Optional.of(new TimeMatch(start, j + 1, ctx -> new Resolution(DURATION, bare.duration(-1), "unmeasured span")));
            }
        }
        int k;
        if (count == null) {
            TimeUnit unit = TimeUnit.of(t.lower(j));
            if (unit == null || modifier == null || (!article && !modifier.equals("recent")
                    && !modifier.equals("past") && !modifier.equals("coming"))) {
                return Optional.empty();
            }
            boolean plural = t.lower(j).endsWith("s") && unit != TimeUnit.CENTURY
                    || t.lower(j).equals("centuries");
            if (modifier.equals("recent")) {
                if (!plural) {
                    return Optional.empty();
                }
                return Optional.of(new TimeMatch(start, j + 1, ctx -> new Resolution(DURATION, unit.duration(-1), "recent span")));
            }
            if (!plural && (modifier.equals("same") || modifier.equals("first") || modifier.equals("final"))) {
                return Optional.empty();
            }
            if (!plural && (unit == TimeUnit.DAY || modifier.equals("past") || modifier.equals("last"))) {
                return Optional.empty();
            }
            int e = j + 1;
            if (t.is(e, "or") && t.is(e + 1, "so")) {
                e += 2;
            }
            return Optional.of(new TimeMatch(start, e, ctx -> new Resolution(DURATION, unit.duration(plural ? -1 : 1),
                    "span of " + (plural ? "some " : "one ") + unit.name().toLowerCase())));
        }
        k = count.end();
        boolean adjective = t.is(k, "-") && t.glued(k);
        k = t.hyphen(k);
        if (t.is(k, "more") || t.is(k, "additional") || t.is(k, "straight") || t.is(k, "consecutive") || t.is(k, "full")) {
            k++;
        }
        TimeUnit unit = TimeUnit.of(t.lower(k));
        if (unit == null || t.is(k + 1, "-") && t.glued(k + 1) && !adjective) {
            return Optional.empty();
        }
        if (count.value() == 1 && t.lower(j).equals("a") && unit == TimeUnit.SECOND
                || unit == TimeUnit.QUARTER && (adjective || t.is(k + 1, "of"))) {
            return Optional.empty();
        }
        if (adjective && article) {
            return Optional.empty();
        }
        String unitWord = t.lower(k);
        if (count.value() < 0 && !unitWord.endsWith("s") && unit != TimeUnit.CENTURY) {
            return Optional.empty();
        }
        boolean titled = k > start && t.get(k).isCapitalized();
        if (adjective && t.is(k + 1, "-") && t.is(k + 2, "old") || t.is(k + 1, "old") || titled) {
            return Optional.empty();
        }
        int e = k + 1;
        if (t.is(e, "and") && t.is(e + 1, "a") && t.is(e + 2, "half")) {
            e += 3;
        }
        if (t.is(e, "or") && t.is(e + 1, "so")) {
            e += 2;
        }
        long amount = count.value();
        if (amount == 0 && t.lower(j).equals("0")) {
            return Optional.empty();
        }
        if (t.is(start - 1, "per") || (t.is(start - 1, "a") && amount == 1)) {
            return Optional.empty();
        }
        if (amount == 1 && t.is(j, "a") && start == j && (t.digits(start - 1) || t.isAny(start - 1, TimeLexicon.RATE_WORDS))) {
            return Optional.empty();
        }
        return Optional.of(new TimeMatch(start, e, ctx -> new Resolution(DURATION, unit.duration(amount), "span of " + amount
                + " " + unit.name().toLowerCase())));
    }
}
