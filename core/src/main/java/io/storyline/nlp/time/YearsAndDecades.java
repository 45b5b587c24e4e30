package io.storyline.nlp.time;

import java.util.Optional;

import static io.storyline.nlp.time.Resolution.DATE;

/**
 * Years, decades and centuries: "1998", "fiscal 2024", "the 1990s", "'90s", "the 20th century", "nineteen ninety-six".
 */
final class YearsAndDecades {
    private YearsAndDecades() {
    }

    static Optional<TimeMatch> yearOrDecade(TokenView t, int i) {
        int start = i;
        int j = i;
        boolean modifier = false;
        boolean article = t.is(j, "the");
        if (article) {
            j++;
            if (t.is(j, "year")) {
                j++;
                modifier = true;
            }
        }
        if (t.is(j, "early") || t.is(j, "late") || t.is(j, "mid")) {
            j = t.hyphen(j + 1);
            modifier = true;
        }
        if (t.is(j, "fiscal") || t.is(j, "calendar")) {
            j++;
            if (t.is(j, "year")) {
                j++;
            }
            modifier = true;
        } else if (t.is(j, "the") && t.is(j + 1, "year")) {
            j += 2;
            modifier = true;
        }
        // decades: 1990s, '90s, the nineties
        if ((t.is(j, "'") || t.is(j, "’")) && t.digits(j + 1) && t.glued(j + 1) && t.get(j + 1).text().length() == 2
                && t.is(j + 2, "s") && t.glued(j + 2)) {
            int decade = t.get(j + 1).intValue();
            if (decade % 10 == 0) {
                String value = (decade >= 30 ? "19" : "20") + decade / 10;
                return Optional.of(new TimeMatch(start, j + 3, ctx -> new Resolution(DATE, value, "decade")));
            }
            return Optional.empty();
        }
        int year = t.fourDigitYear(j);
        if (year > 0 && year % 10 == 0 && t.is(j + 1, "s") && t.glued(j + 1)) {
            String value = Integer.toString(year / 10);
            return Optional.of(new TimeMatch(start, j + 2, ctx -> new Resolution(DATE, value, "decade")));
        }
        if (year > 0 && year % 100 == 0 && t.is(j + 1, "s") && t.glued(j + 1)) {
            return Optional.empty();
        }
        // centuries: the 20th century
        Integer ordinal = TimeLexicon.ORDINALS.get(t.lower(j));
        int centuryEnd = j + 1;
        if (ordinal == null && t.digits(j) && (t.is(j + 1, "th") || t.is(j + 1, "st") || t.is(j + 1, "nd")) && t.glued(j + 1)) {
            ordinal = t.get(j).intValue();
            centuryEnd = j + 2;
        }
        if (ordinal != null && ordinal > 0 && ordinal <= 21 && t.hyphen(centuryEnd) < t.size()
                && t.is(t.hyphen(centuryEnd), "century")) {
            String value = TimeMlValues.two(ordinal - 1);
            return Optional.of(new TimeMatch(start, t.hyphen(centuryEnd) + 1, ctx -> new Resolution(DATE, value, "century")));
        }
        if (year < 0) {
            Numbers.Year spelled = Numbers.spelledYear(t, j);
            if (spelled != null && (!article || modifier)) {
                int y = spelled.year();
                return Optional.of(new TimeMatch(start, spelled.end(), ctx -> new Resolution(DATE, TimeMlValues.year(y), "spelled year")));
            }
        }
        if (year < 0 || article && !modifier) {
            return Optional.empty();
        }
        if (t.is(j + 1, ".") && t.glued(j + 1) && t.digits(j + 2) && t.glued(j + 2)) {
            return Optional.empty();
        }
        boolean plausible = (year >= 1900 && year < 2100) || modifier || t.isAny(start - 1, TimeLexicon.YEAR_CONTEXT);
        if (!plausible || t.is(start - 1, "$") || t.is(j + 1, "%") || (t.is(j + 1, ",") && t.glued(j + 1) && t.digits(j + 2))
                || t.glued(j) && t.digits(j - 1) || t.is(j + 1, ":") && t.glued(j + 1)) {
            return Optional.empty();
        }
        if (start == j && (t.is(start - 1, "no") || t.is(start - 1, "number") || t.is(start - 1, "#"))) {
            return Optional.empty();
        }
        if (t.is(j + 1, "-") && t.glued(j + 1) && t.digits(j + 2) && t.glued(j + 2)) {
            String second = t.get(j + 2).text();
            if (second.length() == 2 || second.length() == 4) {
                return Optional.of(new TimeMatch(start, j + 1, ctx -> new Resolution(DATE, TimeMlValues.year(year), "year")));
            }
            return Optional.empty();
        }
        return Optional.of(new TimeMatch(start, j + 1, ctx -> new Resolution(DATE, TimeMlValues.year(year), "year")));
    }

}
