package io.storyline.nlp.time;

/**
 * Counts, days of the month and spelled years as the rules read them: "three", "a couple of", "28th", "nineteen
 * ninety-six".
 */
final class Numbers {
    private Numbers() {
    }

    /** A parsed count: value (-1 when vague: "several"), and the token after it. */
    record Count(long value, int end) {
    }

    /** A day of the month and the token after it. */
    record Day(int day, int end) {
    }

    /** A year and the token after its words. */
    record Year(int year, int end) {
    }

    /**
     * The count at {@code i} ("3", "three", "twenty-one", "several", and with {@code allowArticle} "a", "a few"), or
     * null.
     */
    static Count count(TokenView t, int i, boolean allowArticle) {
        if (i >= t.size()) {
            return null;
        }
        TimeToken token = t.get(i);
        if (token.isDigits()) {
            if (token.text().length() > 6 || (t.is(i + 1, ".") && t.glued(i + 1) && t.digits(i + 2) && t.glued(i + 2))) {
                return null;
            }
            if (t.is(i + 1, ",") && t.glued(i + 1) && t.digits(i + 2) && t.glued(i + 2)) {
                return null;
            }
            return new Count(token.intValue(), i + 1);
        }
        if (allowArticle && (token.is("a") || token.is("an"))) {
            return articleCount(t, i);
        }
        if (TimeLexicon.VAGUE_COUNTS.contains(token.lower())) {
            return new Count(-1, i + 1);
        }
        Integer base = TimeLexicon.NUMBERS.get(token.lower());
        if (base == null) {
            return null;
        }
        long value = base;
        int j = i + 1;
        if (base >= 20 && base % 10 == 0) {
            int k = t.hyphen(j);
            Integer unit = TimeLexicon.NUMBERS.get(t.lower(k));
            if (unit != null && unit > 0 && unit < 10) {
                value += unit;
                j = k + 1;
            }
        }
        if (t.is(j, "hundred")) {
            value *= 100;
            j++;
        }
        if (t.is(j, "thousand")) {
            value *= 1000;
            j++;
        }
        return new Count(value, j);
    }

    /** "a few", "a couple (of)", "a dozen", "a half dozen", or "a" as one. */
    private static Count articleCount(TokenView t, int i) {
        if (t.is(i + 1, "few")) {
            return new Count(-1, i + 2);
        }
        if (t.is(i + 1, "couple")) {
            return new Count(2, t.is(i + 2, "of") ? i + 3 : i + 2);
        }
        if (t.is(i + 1, "dozen")) {
            return new Count(12, i + 2);
        }
        if (t.is(i + 1, "half") && t.is(i + 2, "dozen")) {
            return new Count(6, i + 3);
        }
        return new Count(1, i + 1);
    }

    /** A day of the month: "28", "28th", "eighth", "twenty-first"; or null. */
    static Day dayOfMonth(TokenView t, int i) {
        if (t.digits(i)) {
            int d = t.get(i).intValue();
            if (d < 1 || d > 31 || t.get(i).text().length() > 2) {
                return null;
            }
            int j = i + 1;
            if (t.glued(j) && (t.is(j, "st") || t.is(j, "nd") || t.is(j, "rd") || t.is(j, "th"))) {
                j++;
            }
            if (t.glued(j) && t.digits(j)) {
                return null;
            }
            return new Day(d, j);
        }
        Integer ordinal = TimeLexicon.ORDINALS.get(t.lower(i));
        if (ordinal != null) {
            int j = i + 1;
            if (ordinal >= 20) {
                int k = t.hyphen(j);
                Integer unit = TimeLexicon.ORDINALS.get(t.lower(k));
                if (unit != null && unit < 10) {
                    ordinal += unit;
                    j = k + 1;
                }
            }
            if (ordinal > 31) {
                return null;
            }
            return new Day(ordinal, j);
        }
        return null;
    }

    /** "nineteen ninety-six" → 1996; "two thousand (and) three" after "the year" → 2003; or null. */
    static Year spelledYear(TokenView t, int j) {
        if (t.is(j, "nineteen") || t.is(j, "eighteen")) {
            Count rest = count(t, j + 1, false);
            if (rest != null && rest.value() >= 10 && rest.value() < 100 && !t.digits(j + 1)) {
                return new Year((t.is(j, "nineteen") ? 1900 : 1800) + (int) rest.value(), rest.end());
            }
        }
        if (t.is(j - 1, "year") && t.is(j, "two") && t.is(j + 1, "thousand")) {
            Count rest = count(t, j + 2, false);
            if (t.is(j + 2, "and")) {
                rest = count(t, j + 3, false);
            }
            if (rest != null && rest.value() < 100 && !t.digits(rest.end() - 1)) {
                return new Year(2000 + (int) rest.value(), rest.end());
            }
            return new Year(2000, j + 2);
        }
        return null;
    }
}
