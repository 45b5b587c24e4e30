package io.storyline.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.storyline.nlp.time.Resolution.DATE;
import static io.storyline.nlp.time.Resolution.DURATION;
import static io.storyline.nlp.time.Resolution.SET;
import static io.storyline.nlp.time.Resolution.TIME;

/**
 * The rule base: recursive-descent rules over tokens (SUTime/HeidelTime style), each recognising one family of
 * expressions and returning how to resolve it. Every rule only looks a bounded number of tokens ahead, so a whole
 * document is tagged in one linear pass with no backtracking. Hand-written because the Java time taggers
 * (SUTime, HeidelTime) are GPL and pull in a full NLP pipeline; this is the small subset news needs.
 */
final class TimeGrammar {
    /** Resolves a recognised expression once its sentence's tense and the running reference are known. */
    interface Resolver {
        Resolution resolve(ResolutionContext context);
    }

    /** Tokens [first, end) recognised as one expression. */
    record Candidate(int first, int end, Resolver resolver) {
    }

    private static final Set<String> APPROXIMATORS = Set.of(
            "about", "around", "nearly", "almost", "roughly", "approximately", "some");
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer");
    private static final Set<String> RATE_WORDS = Set.of(
            "million", "billion", "trillion", "thousand", "hundred", "%", "percent", "cents", "dollars", "once",
            "twice", "times", "barrels", "tons", "units", "shares", "miles", "pounds", "hours");
    private static final Set<String> VAGUE_COUNTS = Set.of("several", "few", "many", "some", "numerous");
    private static final Set<String> MONTH_CONTEXT = Set.of(
            "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this", "during",
            "from", "to", "through", "before", "after", "between", "and", "or", "each", "every", "end");
    private static final Set<String> YEAR_CONTEXT = Set.of(
            "in", "since", "until", "till", "by", "of", "early", "late", "mid", "during", "from", "to", "through",
            "before", "after", "between", "and", "fiscal", "year", "around", "circa", "the");
    private static final Set<String> TIME_ZONES = Set.of(
            "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt",
            "ct", "jst", "ist", "hkt", "eet", "eest", "msk");
    private static final Set<String> TIME_PREPOSITIONS = Set.of(
            "at", "around", "about", "by", "until", "till", "from", "before", "after", "to", "since");
    private static final Map<String, String> REFERENCE_WORDS = Map.ofEntries(
            Map.entry("now", "PRESENT_REF"), Map.entry("currently", "PRESENT_REF"), Map.entry("current", "PRESENT_REF"),
            Map.entry("nowadays", "PRESENT_REF"), Map.entry("presently", "PRESENT_REF"),
            Map.entry("recently", "PAST_REF"), Map.entry("recent", "PAST_REF"), Map.entry("lately", "PAST_REF"),
Map.entry("future", "FUTURE_REF"), Map.entry("soon", "FUTURE_REF"));

    private final List<TimeToken> tokens;
    private final int n;

    TimeGrammar(List<TimeToken> tokens) {
        this.tokens = tokens;
        this.n = tokens.size();
    }

    /** The longest expression starting at token {@code i}, or null; the far end of a range goes to {@code extra}. */
    Candidate longestAt(int i, Candidate[] extra) {
        TimeToken token = tokens.get(i);
        if (!token.isWord() && !token.isDigits() && !token.is("'")) {
            return null;
        }
        int framed = afterFrame(i);
        if (framed > i && framed < n) {
            Candidate inner = longestAt(framed, extra);
            if (inner != null) {
                return candidate(i, inner.end, inner.resolver);
            }
        }
        Candidate best = null;
        extra[0] = null;
        Candidate[] rangeEnd = new Candidate[1];
        for (int rule = 0; rule < RULES; rule++) {
            rangeEnd[0] = null;
            Candidate c = apply(rule, i, rangeEnd);
            if (c != null && (best == null || c.end > best.end)) {
                best = c;
                extra[0] = rangeEnd[0];
            }
        }
        return best;
    }

    private static final int RULES = 19;

    private Candidate apply(int rule, int i, Candidate[] rangeEnd) {
        return switch (rule) {
            case 0 -> clockTime(i);
            case 1 -> monthDate(i, rangeEnd);
            case 2 -> dayMonth(i);
            case 3 -> numericDate(i);
            case 4 -> weekday(i);
            case 5 -> dayWord(i);
            case 6 -> relativeUnit(i);
            case 7 -> quarterOrHalf(i);
            case 8 -> season(i);
            case 9 -> yearOrDecade(i);
            case 10 -> agoOrLater(i);
            case 11 -> duration(i);
            case 12 -> set(i);
            case 13 -> referenceWord(i);
            case 14 -> relativeMonth(i);
            case 15 -> theUnit(i);
            case 16 -> yearEarlier(i);
            case 17 -> holiday(i);
            case 18 -> yearEnd(i);
            default -> null;
        };
    }

    /** After "the end of", "the beginning of", "the middle of", "the start of", or {@code i} itself. */
    private int afterFrame(int i) {
        int j = is(i, "the") ? i + 1 : i;
        if ((is(j, "end") || is(j, "beginning") || is(j, "start") || is(j, "middle")) && is(j + 1, "of")) {
            return j + 2;
        }
        return i;
    }

    /**
     * True when a common time word is capitalized inside a name ("the Daily Mail", "the Summer Olympics",
     * "Future Forum"): capitalized, not opening its sentence, and next to another capitalized word.
     */
    private boolean partOfName(int i) {
        if (i >= n) {
            return false; // a relative word ("later") that ends the text (found by fuzzing)
        }
        TimeToken t = tokens.get(i);
        if (!t.isCapitalized() || i == 0 || tokens.get(i - 1).sentence() != t.sentence()) {
            return false;
        }
        boolean before = tokens.get(i - 1).isWord() && tokens.get(i - 1).isCapitalized() && !tokens.get(i - 1).is("the")
                || tokens.get(i - 1).is("'") || tokens.get(i - 1).is("\"");
        boolean after = i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalized()
                && tokens.get(i + 1).sentence() == t.sentence();
        return before || after;
    }

    // ---- token helpers ----

    private boolean is(int i, String word) {
        return i < n && i >= 0 && tokens.get(i).lower().equals(word);
    }

    private boolean isAny(int i, Set<String> words) {
        return i < n && i >= 0 && words.contains(tokens.get(i).lower());
    }

    private String lower(int i) {
        return i < n && i >= 0 ? tokens.get(i).lower() : "";
    }

    private boolean glued(int i) {
        return i >= 0 && i < n && tokens.get(i).glued();
    }

    private boolean digits(int i) {
        return i >= 0 && i < n && tokens.get(i).isDigits();
    }

    /** Skips a period glued to the previous token ("Sept."). */
    private int dot(int i) {
        return is(i, ".") && glued(i) ? i + 1 : i;
    }

    /** Skips an optional hyphen. */
    private int hyphen(int i) {
        return is(i, "-") || is(i, "–") ? i + 1 : i;
    }

    /** Skips a possessive "'s" glued to the previous token. */
    private int possessive(int i) {
        if ((is(i, "'") || is(i, "’")) && glued(i) && is(i + 1, "s") && glued(i + 1)) {
            return i + 2;
        }
        return i;
    }

    private Candidate candidate(int first, int end, Resolver resolver) {
        return new Candidate(first, end, resolver);
    }

    /** After "about", "nearly", "more than", "no more than", "at least", "up to"… or {@code i} itself. */
    private int afterApproximator(int i) {
        if (isAny(i, APPROXIMATORS)) {
            return i + 1;
        }
        int j = is(i, "no") ? i + 1 : i;
        if (isAny(j, COMPARATIVES) && is(j + 1, "than")) {
            return j + 2;
        }
        if ((is(i, "at") && (is(i + 1, "least") || is(i + 1, "most"))) || (is(i, "up") && is(i + 1, "to"))
                || (is(i, "just") && (is(i + 1, "over") || is(i + 1, "under")))) {
            return i + 2;
        }
        return i;
    }

    // ---- numbers ----

    /** A parsed count: value (-1 when vague: "several"), and the token after it. */
    private record Count(long value, int end) {
    }

    private Count count(int i, boolean allowArticle) {
        if (i >= n) {
            return null;
        }
        TimeToken t = tokens.get(i);
        if (t.isDigits()) {
            if (t.text().length() > 6 || (is(i + 1, ".") && glued(i + 1) && digits(i + 2) && glued(i + 2))) {
                return null;
            }
            if (is(i + 1, ",") && glued(i + 1) && digits(i + 2) && glued(i + 2)) {
                return null;
            }
            return new Count(t.intValue(), i + 1);
        }
        if (allowArticle && (t.is("a") || t.is("an"))) {
            if (is(i + 1, "few")) {
                return new Count(-1, i + 2);
            }
            if (is(i + 1, "couple")) {
                return new Count(2, is(i + 2, "of") ? i + 3 : i + 2);
            }
            if (is(i + 1, "dozen")) {
                return new Count(12, i + 2);
            }
            if (is(i + 1, "half") && is(i + 2, "dozen")) {
                return new Count(6, i + 3);
            }
            return new Count(1, i + 1);
        }
        if (VAGUE_COUNTS.contains(t.lower())) {
            return new Count(-1, i + 1);
        }
        Integer base = TimeLexicon.NUMBERS.get(t.lower());
        if (base == null) {
            return null;
        }
        long value = base;
        int j = i + 1;
        if (base >= 20 && base % 10 == 0) {
            int k = hyphen(j);
            Integer unit = TimeLexicon.NUMBERS.get(lower(k));
            if (unit != null && unit > 0 && unit < 10) {
                value += unit;
                j = k + 1;
            }
        }
        if (is(j, "hundred")) {
            value *= 100;
            j++;
        }
        if (is(j, "thousand")) {
            value *= 1000;
            j++;
        }
        return new Count(value, j);
    }

    /** A day of the month: "28", "28th", "eighth"; -1 when none. Sets {@code dayEnd[0]}. */
    private int dayOfMonth(int i, int[] dayEnd) {
        if (digits(i)) {
            int d = tokens.get(i).intValue();
            if (d < 1 || d > 31 || tokens.get(i).text().length() > 2) {
                return -1;
            }
            int j = i + 1;
            if (glued(j) && (is(j, "st") || is(j, "nd") || is(j, "rd") || is(j, "th"))) {
                j++;
            }
            if (glued(j) && digits(j)) {
                return -1;
            }
            dayEnd[0] = j;
            return d;
        }
        Integer ordinal = TimeLexicon.ORDINALS.get(lower(i));
        if (ordinal != null) {
            int j = i + 1;
            if (ordinal >= 20) {
                int k = hyphen(j);
                Integer unit = TimeLexicon.ORDINALS.get(lower(k));
                if (unit != null && unit < 10) {
                    ordinal += unit;
                    j = k + 1;
                }
            }
            if (ordinal > 31) {
                return -1;
            }
            dayEnd[0] = j;
            return ordinal;
        }
        return -1;
    }

    /** A four-digit year token 1000..2199, or -1. */
    private int fourDigitYear(int i) {
        if (!digits(i) || tokens.get(i).text().length() != 4) {
            return -1;
        }
        int y = tokens.get(i).intValue();
        return y >= 1000 && y < 2200 ? y : -1;
    }

    private Integer month(int i) {
        if (i >= n || !tokens.get(i).isCapitalized()) {
            return null;
        }
        return TimeLexicon.MONTHS.get(tokens.get(i).lower());
    }

    /** True for "Sept", "Jan": month words shorter than the month's full name, which take a period. */
    private boolean isMonthAbbreviation(int i) {
        String w = lower(i);
        return !w.isEmpty() && !FULL_MONTH_NAMES.contains(w);
    }

    private static final Set<String> FULL_MONTH_NAMES = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");

    private Integer weekdayAt(int i) {
        if (i >= n || !tokens.get(i).isCapitalized()) {
            return null;
        }
        return TimeLexicon.WEEKDAYS.get(tokens.get(i).lower());
    }

    // ---- rule: clock times ----

    private Candidate clockTime(int i) {
        int start = i;
        int j = afterApproximator(i);
        if ((is(j, "noon") || is(j, "midnight") || is(j, "midday")) && !partOfName(j)) {
            int hour = is(j, "midnight") ? 24 : 12;
            return withDay(start, j + 1, hour, 0, "clock time " + lower(j));
        }
        if (!digits(j)) {
            return null;
        }
        int hour = tokens.get(j).intValue();
        if (hour > 24 || tokens.get(j).text().length() > 2) {
            return null;
        }
        int k = j + 1;
        int minute = 0;
        boolean hasMinutes = false;
        boolean dotted = is(k, ".");
        if ((is(k, ":") || (dotted && glued(k + 1))) && glued(k) && digits(k + 1) && glued(k + 1)
                && tokens.get(k + 1).text().length() == 2) {
            minute = tokens.get(k + 1).intValue();
            if (minute > 59) {
                return null;
            }
            hasMinutes = true;
            k += 2;
        }
        int afterMeridiem = meridiem(k);
        if (dotted && hasMinutes && afterMeridiem == k) {
            return null;
        }
        if (afterMeridiem > k) {
            boolean pm = lower(k).startsWith("p");
            if (hour > 12 || hour == 0) {
                return null;
            }
            if (pm && hour < 12) {
                hour += 12;
            } else if (!pm && hour == 12) {
                hour = 0;
            }
            k = afterMeridiem;
        } else if (is(k, "o") && is(k + 1, "'") && is(k + 2, "clock")) {
            k += 3;
        } else if (is(k, "in") && is(k + 1, "the") && TimeLexicon.DAY_PARTS.containsKey(lower(k + 2))) {
            String part = lower(k + 2);
            if ((part.equals("afternoon") || part.equals("evening") || part.equals("night")) && hour < 12) {
                hour += 12;
            }
            k += 3;
        } else if (!hasMinutes || !(isAny(start - 1, TIME_PREPOSITIONS) || isAny(k, TIME_ZONES))) {
            return null;
        }
        if (isAny(k, TIME_ZONES)) {
            k++;
        } else if (is(k, "local") && is(k + 1, "time")) {
            k += 2;
        }
        return withDay(start, k, hour, minute, "clock time");
    }

    /** After "am", "pm", "a.m.", "p.m", or {@code i} itself. */
    private int meridiem(int i) {
        String w = lower(i);
        if (w.equals("am") || w.equals("pm")) {
            return i + 1;
        }
        if ((w.equals("a") || w.equals("p")) && is(i + 1, ".") && is(i + 2, "m")) {
            int j = i + 3;
            return is(j, ".") && glued(j) ? j + 1 : j;
        }
        return i;
    }

    /** A clock time, joined with a following day ("noon Saturday", "5 p.m. EST, Nov. 9") when there is one. */
    private Candidate withDay(int start, int end, int hour, int minute, String rule) {
        String clock = "T" + TimeMlValues.two(hour) + ":" + TimeMlValues.two(minute);
        int k = is(end, ",") ? end + 1 : end;
        if (is(k, "on")) {
            k++;
        }
        Candidate day = null;
        for (int r = 1; r <= 5 && day == null; r++) {
            Candidate c = r == 3 ? null : apply(r, k, new Candidate[1]);
            if (c != null) {
                day = c;
            }
        }
        if (day != null) {
            Candidate dayCandidate = day;
            return candidate(start, day.end, ctx -> {
                Resolution d = dayCandidate.resolver.resolve(ctx);
                String date = d.value().length() >= 10 ? d.value().substring(0, 10) : null;
                if (date == null || TimeMlValues.asDay(date) == null) {
                    return new Resolution(TIME, d.value() + clock, rule + " on " + d.rule());
                }
                return new Resolution(TIME, date + clock, rule + " on " + d.rule());
            });
        }
        return candidate(start, end, ctx -> {
            LocalDate previous = ctx.referenceRecent() ? TimeMlValues.asDay(ctx.reference()) : null;
            LocalDate dayOf = ctx.sameSentenceDay() != null ? ctx.sameSentenceDay()
                    : previous != null ? previous : ctx.anchor();
            String why = ctx.sameSentenceDay() != null ? "on the sentence's date"
                    : previous != null ? "on the previous sentence's date" : "on the anchor date";
            return new Resolution(TIME, TimeMlValues.day(dayOf) + clock, rule + " " + why);
        });
    }

    // ---- rule: month dates ----

    private Candidate monthDate(int i, Candidate[] rangeEnd) {
        int start = i;
        int j = i;
        if (is(j, "early") || is(j, "late") || is(j, "mid") || is(j, "the") && is(j + 1, "end") && is(j + 2, "of")) {
            j = is(j, "the") ? j + 3 : hyphen(j + 1);
        }
        Integer m = month(j);
        if (m == null) {
            return null;
        }
        int month = m;
        boolean abbreviated = tokens.get(j).text().length() <= 4 && !tokens.get(j).lower().equals("june")
                && !tokens.get(j).lower().equals("july") && !tokens.get(j).lower().equals("may");
        int k = abbreviated || tokens.get(j).lower().equals("sept") ? dot(j + 1) : j + 1;
        if (abbreviated && k == j + 1 && !tokens.get(j).lower().equals("sept") && !tokens.get(j).lower().equals("sep")) {
            // "Jan" without its period is a name as often as a month; accept it only before a day or year
            if (!digits(k)) {
                return null;
            }
        }
        int[] dayEnd = new int[1];
        int dayStart = is(k, "the") ? k + 1 : k;
        int day = dayOfMonth(dayStart, dayEnd);
        if (day > 0 && start == j) {
            int e = dayEnd[0];
            int year = -1;
            int y = is(e, ",") ? e + 1 : e;
            if (fourDigitYear(y) > 0) {
                year = fourDigitYear(y);
                e = y + 1;
            } else if (is(e, "of") && fourDigitYear(e + 1) > 0) {
                year = fourDigitYear(e + 1);
                e = e + 2;
            }
            int explicitYear = year;
            int dayValue = day;
            Resolver resolver = ctx -> monthDay(ctx, explicitYear, month, dayValue);
            int r = e;
            if (explicitYear < 0 && (is(r, "-") || is(r, "–") || is(r, "to") || is(r, "and")) && digits(r + 1)) {
                int[] secondEnd = new int[1];
                int second = dayOfMonth(r + 1, secondEnd);
                if (second > day) {
                    int endYearAt = is(secondEnd[0], ",") ? secondEnd[0] + 1 : secondEnd[0];
                    int rangeYear = fourDigitYear(endYearAt);
                    int end2 = rangeYear > 0 ? endYearAt + 1 : secondEnd[0];
                    if (rangeYear > 0) {
                        resolver = ctx -> monthDay(ctx, rangeYear, month, dayValue);
                    }
                    rangeEnd[0] = candidate(r + 1, end2, ctx -> monthDay(ctx, rangeYear, month, second));
                }
            }
            return candidate(start, e, resolver);
        }
        int y = is(k, ",") || is(k, "of") ? k + 1 : k;
        int year = fourDigitYear(y);
        if (year > 0) {
            return candidate(start, y + 1, ctx -> new Resolution(DATE, TimeMlValues.month(year, month), "month and year"));
        }
        int[] spelled = spelledYear(y);
        if (spelled != null) {
            return candidate(start, spelled[1], ctx -> new Resolution(DATE, TimeMlValues.month(spelled[0], month),
                    "month and spelled year"));
        }
        if ((is(k, "this") || is(k, "last") || is(k, "next")) && is(k + 1, "year")) {
            int offset = is(k, "last") ? -1 : is(k, "next") ? 1 : 0;
            return candidate(start, k + 2, ctx -> new Resolution(DATE,
                    TimeMlValues.month(ctx.anchor().getYear() + offset, month), "month of a relative year"));
        }
        boolean hasContext = start != j || isAny(start - 1, MONTH_CONTEXT);
        if (month == 5 && !hasContext) {
            return null;
        }
        if ((is(k, "of") || is(k, "for")) && k + 1 < n && tokens.get(k + 1).isCapitalized() || partOfName(j)
                && !hasContext) {
            return null;
        }
        if (abbreviated && k == j + 1) {
            return null;
        }
        return candidate(start, k, ctx -> {
            int yearOf = yearForMonth(ctx, month);
            return new Resolution(DATE, TimeMlValues.month(yearOf, month), "month without year, " + ctx.tense());
        });
    }

    /** "28 March 1998", "the 28th of March". */
    private Candidate dayMonth(int i) {
        int start = i;
        int j = is(i, "the") ? i + 1 : i;
        int[] dayEnd = new int[1];
        int day = dayOfMonth(j, dayEnd);
        if (day < 0) {
            return null;
        }
        int k = is(dayEnd[0], "of") ? dayEnd[0] + 1 : dayEnd[0];
        Integer m = month(k);
        if (m == null || (start != j && k == dayEnd[0] && false)) {
            return null;
        }
        if (m == 5 && k == dayEnd[0] && !digits(j)) {
            return null;
        }
        int month = m;
        int e = isMonthAbbreviation(k) ? dot(k + 1) : k + 1;
        int y = is(e, ",") ? e + 1 : e;
        int year = fourDigitYear(y);
        if (year > 0) {
            e = y + 1;
        }
        int explicitYear = year;
        return candidate(start, e, ctx -> monthDay(ctx, explicitYear, month, day));
    }

    private Resolution monthDay(ResolutionContext ctx, int explicitYear, int month, int day) {
        if (explicitYear > 0) {
            return valid(explicitYear, month, day)
                    ? new Resolution(DATE, TimeMlValues.day(LocalDate.of(explicitYear, month, day)), "full date")
                    : new Resolution(DATE, TimeMlValues.month(explicitYear, month), "full date, day out of range");
        }
        int year = closestYear(ctx, month, Math.min(day, 28));
        if (!valid(year, month, day)) {
            return new Resolution(DATE, TimeMlValues.month(year, month), "month and day out of range");
        }
        return new Resolution(DATE, TimeMlValues.day(LocalDate.of(year, month, day)),
                "month and day, year closest to the anchor in " + ctx.tense() + " tense");
    }

    private static boolean valid(int year, int month, int day) {
        return day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    private static int yearForMonth(ResolutionContext ctx, int month) {
        if (month == ctx.anchor().getMonthValue()) {
            return ctx.anchor().getYear();
        }
        return closestYear(ctx, month, 15);
    }

    /** How much further a date against the sentence's tense may be than one with it and still win. */
    private static final double AGAINST_TENSE = 2;
    /** Explicit future ("will", "is scheduled to") is a surer cue than a past form, so it tilts harder. */
    private static final double AGAINST_FUTURE = 4;

    /**
     * The year that puts month/day closest to the anchor, a date on the wrong side of the anchor for the tense
     * counting {@link #AGAINST_TENSE} times its distance (no tense cue counts as past, the default of news): news
     * names coming dates in past-tense sentences ("said
     * the dividend is payable Jan. 2"), so tense only tilts the choice.
     */
    private static int closestYear(ResolutionContext ctx, int month, int day) {
        LocalDate anchor = ctx.anchor();
        int best = anchor.getYear();
        double bestCost = Double.MAX_VALUE;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            long d = LocalDate.of(year, month, day).toEpochDay() - anchor.toEpochDay();
            double cost = Math.abs(d);
            if (ctx.tense() != Tense.FUTURE && d > 0) {
                cost *= AGAINST_TENSE;
            } else if (ctx.tense() == Tense.FUTURE && d < 0) {
                cost *= AGAINST_FUTURE;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = year;
            }
        }
        return best;
    }

    // ---- rule: numeric dates ----

    private Candidate numericDate(int i) {
        if (!digits(i) || !glued(i + 1) || !glued(i + 2) || !digits(i + 2)) {
            return null;
        }
        String sep = lower(i + 1);
        if (!(sep.equals("/") || sep.equals("-") || sep.equals(".")) || !is(i + 3, sep) || !glued(i + 3)
                || !digits(i + 4) || !glued(i + 4) || (glued(i + 5) && (digits(i + 5) || is(i + 5, sep)))) {
            return null;
        }
        String a = tokens.get(i).text();
        String b = tokens.get(i + 2).text();
        String c = tokens.get(i + 4).text();
        int year;
        int month;
        int day;
        if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
            year = Integer.parseInt(a);
            month = Integer.parseInt(b);
            day = Integer.parseInt(c);
        } else if (a.length() <= 2 && b.length() <= 2 && (c.length() == 4 || c.length() == 2) && !sep.equals("-")
                || a.length() <= 2 && b.length() <= 2 && c.length() == 4) {
            int first = Integer.parseInt(a);
            int second = Integer.parseInt(b);
            year = Integer.parseInt(c);
            if (c.length() == 2) {
                year += year < 50 ? 2000 : 1900;
            }
            boolean dayFirst = first > 12 || sep.equals(".");
            month = dayFirst ? second : first;
            day = dayFirst ? first : second;
        } else {
            return null;
        }
        if (month < 1 || month > 12 || year < 1000 || !valid(year, month, day)) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        return candidate(i, i + 5, ctx -> new Resolution(DATE, TimeMlValues.day(date), "numeric date"));
    }

    // ---- rule: weekdays ----

    private Candidate weekday(int i) {
        int start = i;
        int j = i;
        String direction = "";
        if (is(j, "last") || is(j, "next") || is(j, "this") || is(j, "coming") || is(j, "past")
                || is(j, "previous")) {
            direction = lower(j);
            j++;
            if (direction.equals("this") && (is(j, "coming") || is(j, "past"))) {
                direction = lower(j);
                j++;
            }
        } else if (is(j, "the") && (is(j + 1, "previous") || is(j + 1, "following") || is(j + 1, "next"))) {
            direction = lower(j + 1).equals("previous") ? "last" : "next";
            j += 2;
        }
        Integer wd = weekdayAt(j);
        if (wd == null) {
            return null;
        }
        int weekday = wd;
        int e = j + 1;
        String part = TimeLexicon.DAY_PARTS.get(lower(e));
        if (part != null) {
            e++;
        } else {
            int k = is(e, ",") ? e + 1 : e;
            Candidate date = monthDate(k, new Candidate[1]);
            if (date == null) {
                date = dayMonth(k);
            }
            if (date != null && k < n && month(k) != null || date != null && digits(k)) {
                Candidate explicit = date;
                return candidate(start, date.end, explicit.resolver);
            }
        }
        String dayPart = part;
        String dir = direction;
        return candidate(start, e, ctx -> {
            LocalDate day = resolveWeekday(ctx, weekday, dir);
            String why = "weekday " + (dir.isEmpty() ? "in " + ctx.tense() + " tense" : dir);
            if (dayPart != null) {
                return new Resolution(TIME, TimeMlValues.day(day) + "T" + dayPart, why + ", part of day");
            }
            return new Resolution(DATE, TimeMlValues.day(day), why);
        });
    }

    private static LocalDate resolveWeekday(ResolutionContext ctx, int weekday, String direction) {
        LocalDate anchor = ctx.anchor();
        DayOfWeek dow = DayOfWeek.of(weekday);
        return switch (direction) {
            case "last", "past", "previous" -> anchor.with(TemporalAdjusters.previous(dow));
            case "next", "coming" -> anchor.with(TemporalAdjusters.next(dow));
            default -> ctx.tense() == Tense.FUTURE ? anchor.with(TemporalAdjusters.nextOrSame(dow))
                    : anchor.with(TemporalAdjusters.previousOrSame(dow));
        };
    }

    // ---- rule: today, yesterday, the next day ----

    private Candidate dayWord(int i) {
        int start = i;
        int j = i;
        String w = lower(j);
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
                part = TimeLexicon.DAY_PARTS.get(lower(j + 1));
                if (part == null || is(j + 1, "overnight")) {
                    return null;
                }
                offset = 0;
                e = j + 2;
            }
            case "last" -> {
                if (!is(j + 1, "night")) {
                    return null;
                }
                offset = -1;
                part = "NI";
                e = j + 2;
            }
            case "that", "the" -> {
                int k = j + 1;
                if (w.equals("the") && (is(k, "next") || is(k, "following") || is(k, "previous")
                        || is(k, "same"))) {
                    offset = is(k, "next") || is(k, "following") ? 1 : is(k, "same") ? 0 : -1;
                    k++;
                } else if (w.equals("that")) {
                    offset = 0;
                } else if (is(k, "day") && (is(k + 1, "before") || is(k + 1, "after"))) {
                    offset = is(k + 1, "before") ? -1 : 1;
                    if (is(k + 2, "yesterday") || is(k + 2, "tomorrow")) {
                        int base = is(k + 2, "yesterday") ? -1 : 1;
                        int total = base + offset;
                        return candidate(start, k + 3, ctx -> new Resolution(DATE,
                                TimeMlValues.day(ctx.anchor().plusDays(total)), "days from the anchor"));
                    }
                    anaphoric = true;
                    int off = offset;
                    return candidate(start, k + 2, ctx -> anaphoricDay(ctx, off, null));
                } else {
                    return null;
                }
                if (is(k, "day")) {
                    e = k + 1;
                } else if (TimeLexicon.DAY_PARTS.containsKey(lower(k)) && !is(k, "overnight")) {
                    part = TimeLexicon.DAY_PARTS.get(lower(k));
                    e = k + 1;
                } else {
                    return null;
                }
                anaphoric = true;
            }
            default -> {
                return null;
            }
        }
        if (!anaphoric && part == null && TimeLexicon.DAY_PARTS.containsKey(lower(e)) && !is(e, "overnight")) {
            part = TimeLexicon.DAY_PARTS.get(lower(e));
            e++;
        }
        int off = offset;
        String dayPart = part;
        if (anaphoric) {
            return candidate(start, e, ctx -> anaphoricDay(ctx, off, dayPart));
        }
        return candidate(start, e, ctx -> {
            String day = TimeMlValues.day(ctx.anchor().plusDays(off));
            return dayPart == null ? new Resolution(DATE, day, "day relative to the anchor")
                    : new Resolution(TIME, day + "T" + dayPart, "part of a day relative to the anchor");
        });
    }

    private static Resolution anaphoricDay(ResolutionContext ctx, int offset, String part) {
        LocalDate reference = ctx.reference() == null ? null : TimeMlValues.asDay(ctx.reference());
        String why = reference == null ? "day relative to the anchor" : "day relative to the previous date";
        LocalDate day = (reference == null ? ctx.anchor() : reference).plusDays(offset);
        return part == null ? new Resolution(DATE, TimeMlValues.day(day), why)
                : new Resolution(TIME, TimeMlValues.day(day) + "T" + part, why + ", part of day");
    }

    // ---- rule: last week, this year, next month, earlier this year ----

    private Candidate relativeUnit(int i) {
        int start = i;
        int j = i;
        if (is(j, "earlier") || is(j, "later") || is(j, "early") || is(j, "late") || is(j, "mid")) {
            j = hyphen(j + 1);
            if (is(j, "in") && is(j + 1, "the")) {
                j += 1;
            }
        } else if ((is(j, "the") || is(j, "this")) && (is(j + 1, "end") || is(j + 1, "beginning")
                || is(j + 1, "start") || is(j + 1, "middle") || is(j + 1, "rest")) && is(j + 2, "of")) {
            j += 3;
        } else if (is(j, "end") && is(j + 1, "of")) {
            j += 2;
        }
        if (partOfName(j) || j + 1 < n && partOfName(j + 1)) {
            return null;
        }
        int offset;
        int k = j + 1;
        boolean current = false;
        switch (lower(j)) {
            case "last", "past", "previous" -> offset = -1;
            case "next", "coming" -> offset = 1;
            case "this" -> offset = 0;
            case "the" -> {
                if (is(k, "current") || is(k, "present")) {
                    offset = 0;
                    k++;
                } else if (j > start && (is(k, "year") || is(k, "month") || is(k, "week") || is(k, "day"))) {
                    offset = 0;
                    current = true;
                } else if ((is(k, "past") || is(k, "last")) && TimeUnit.of(lower(k + 1)) != null
                        && !lower(k + 1).endsWith("s") && !is(k + 1, "day")) {
                    offset = -1;
                    k++;
                } else {
                    return null;
                }
            }
            case "current" -> offset = 0;
            default -> {
                return null;
            }
        }
        if (is(k, "fiscal") || is(k, "calendar")) {
            k++;
        }
        TimeUnit unit = TimeUnit.of(lower(k));
        if (unit == null || unit == TimeUnit.DAY && !current || unit.isTimeOfDay() || unit == TimeUnit.FORTNIGHT
                || lower(k).endsWith("s") && unit != TimeUnit.CENTURY) {
            return null;
        }
        if (unit == TimeUnit.DAY) {
            return candidate(start, k + 1, ctx -> new Resolution(DATE, TimeMlValues.day(ctx.anchor()), "the day"));
        }
        int e = k + 1;
        int off = offset;
        String word = lower(j);
        return candidate(start, e, ctx -> relativeToAnchor(ctx, unit, off, word));
    }

    private static Resolution relativeToAnchor(ResolutionContext ctx, TimeUnit unit, int offset, String word) {
        LocalDate a = ctx.anchor();
        String why = "\"" + word + "\" " + unit.name().toLowerCase() + " from the anchor";
        return switch (unit) {
            case WEEK -> new Resolution(DATE, TimeMlValues.week(a.plusWeeks(offset)), why);
            case WEEKEND -> {
                LocalDate saturday = offset == 0
                        ? (ctx.tense() == Tense.PAST ? a.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                        : a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)))
                        : offset < 0 ? a.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
                        : a.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                yield new Resolution(DATE, TimeMlValues.week(saturday) + "-WE", why);
            }
            case MONTH -> {
                LocalDate m = a.plusMonths(offset);
                yield new Resolution(DATE, TimeMlValues.month(m.getYear(), m.getMonthValue()), why);
            }
            case QUARTER -> {
                LocalDate q = a.plusMonths(3L * offset);
                yield new Resolution(DATE, TimeMlValues.quarter(q.getYear(), TimeMlValues.quarterOf(q)), why);
            }
            case YEAR -> new Resolution(DATE, TimeMlValues.year(a.getYear() + offset), why);
            case DECADE -> new Resolution(DATE, Integer.toString(a.getYear() / 10 + offset), why);
            case CENTURY -> new Resolution(DATE, TimeMlValues.two(a.getYear() / 100 + offset), why);
            default -> new Resolution(DATE, TimeMlValues.day(a), why);
        };
    }

    // ---- rule: quarters and halves ----

    private Candidate quarterOrHalf(int i) {
        int start = i;
        int j = i;
        int yearOffset = 0;
        boolean yearGiven = false;
        if (is(j, "the")) {
            j++;
        }
        if ((is(j, "this") || is(j, "last") || is(j, "next")) && is(j + 1, "year") && possessive(j + 2) > j + 2) {
            yearOffset = is(j, "last") ? -1 : is(j, "next") ? 1 : 0;
            yearGiven = true;
            j = possessive(j + 2);
        }
        if (is(j, "fiscal")) {
            j = hyphen(j + 1);
        }
        int leadingYear = fourDigitYear(j);
        if (leadingYear > 0 && start < j) {
            j++;
            if (is(j, "quarter") || is(j, "period")) {
                int end = j + 1;
                return candidate(start, end, ctx -> {
                    if (ctx.period() != null) {
                        return new Resolution(DATE, TimeMlValues.year(leadingYear) + ctx.period().substring(4),
                                "the document's period in a stated year");
                    }
                    return new Resolution(DATE, TimeMlValues.year(leadingYear), "a period of a stated year");
                });
            }
        }
        String w = lower(j);
        if ((w.equals("q") && digits(j + 1) && glued(j + 1))) {
            int q = tokens.get(j + 1).intValue();
            if (q < 1 || q > 4) {
                return null;
            }
            return quarterTail(start, j + 2, q, "Q", yearOffset, yearGiven);
        }
        Integer ordinal = TimeLexicon.ORDINALS.get(w);
        if (ordinal == null && digits(j) && glued(j + 1)
                && (is(j + 1, "st") || is(j + 1, "nd") || is(j + 1, "rd") || is(j + 1, "th"))) {
            ordinal = tokens.get(j).intValue();
            j++;
        }
        if (is(j, "last") || is(j, "final")) {
            ordinal = 4;
        }
        if (ordinal == null) {
            if ((is(j, "latest") || is(j, "quarter") || is(j, "just") || is(j, "recent") || is(j, "most"))
                    && start < j && (is(start, "the") || is(start, "its"))) {
                int k = j;
                while (is(k, "latest") || is(k, "just") || is(k, "-") || is(k, "ended") || is(k, "completed")
                        || is(k, "most") || is(k, "recent")) {
                    k++;
                }
                if (is(k, "quarter") || (is(k, "period") && k > j)) {
                    Integer endMonth = (is(k + 1, "ended") || is(k + 1, "ending")) ? month(k + 2) : null;
                    if (endMonth != null) {
                        int q = (endMonth - 1) / 3 + 1;
                        return candidate(start, k + 1, ctx -> new Resolution(DATE,
                                TimeMlValues.quarter(closestYear(ctx, endMonth, 15), q), "the quarter that ended then"));
                    }
                    return candidate(start, k + 1, ctx -> {
                        if (ctx.period() != null && ctx.period().contains("-Q")) {
                            return new Resolution(DATE, ctx.period(), "the quarter the document reports on");
                        }
                        LocalDate q = ctx.tense() == Tense.FUTURE ? ctx.anchor() : ctx.anchor().minusMonths(3);
                        return new Resolution(DATE, TimeMlValues.quarter(q.getYear(), TimeMlValues.quarterOf(q)),
                                "the reported quarter: the last one completed before the anchor");
                    });
                }
            }
            return null;
        }
        int k = hyphen(j + 1);
        if (is(k, "fiscal")) {
            k = hyphen(k + 1);
        }
        if (k == j + 2 && is(start, "the") && start < j) {
            return null;
        }
        if (is(k, "quarter") && ordinal <= 4) {
            if (leadingYear > 0 && start < j) {
                int q = ordinal;
                return candidate(start, k + 1, ctx -> new Resolution(DATE, TimeMlValues.quarter(leadingYear, q),
                        "quarter of a stated year"));
            }
            return quarterTail(start, k + 1, ordinal, "Q", yearOffset, yearGiven);
        }
        if (is(k, "half") && (ordinal <= 2 || ordinal == 4)) {
            return quarterTail(start, k + 1, ordinal == 4 ? 2 : ordinal, "H", yearOffset, yearGiven);
        }
        if (is(k, "two") && is(k + 1, "quarters") && ordinal == 1) {
            return quarterTail(start, k + 2, 1, "H", yearOffset, yearGiven);
        }
        return null;
    }

    private Candidate quarterTail(int start, int e, int q, String kind, int yearOffset, boolean yearGiven) {
        int k = e;
        int explicitYear = -1;
        int offset = yearOffset;
        boolean given = yearGiven;
        if (is(k, "of") || is(k, ",")) {
            int y = k + 1;
            if (is(y, "fiscal")) {
                y++;
            }
            if (fourDigitYear(y) > 0) {
                explicitYear = fourDigitYear(y);
                e = y + 1;
            } else if ((is(y, "this") || is(y, "last") || is(y, "next")) && is(y + 1, "year")) {
                offset = is(y, "last") ? -1 : is(y, "next") ? 1 : 0;
                given = true;
                e = y + 2;
            } else if (is(y, "the") && is(y + 1, "year")) {
                e = y + 2;
            }
        } else if (fourDigitYear(k) > 0) {
            explicitYear = fourDigitYear(k);
            e = k + 1;
        }
        int year0 = explicitYear;
        int off = offset;
        boolean fromAnchorYear = given;
        return candidate(start, e, ctx -> {
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

    // ---- rule: seasons ----

    private Candidate season(int i) {
        int start = i;
        int j = i;
        int offset = 0;
        boolean hasModifier = false;
        if (is(j, "early") || is(j, "late") || is(j, "mid")) {
            j = hyphen(j + 1);
            hasModifier = true;
        }
        if (is(j, "this") && (is(j + 1, "past") || is(j + 1, "coming"))) {
            offset = is(j + 1, "past") ? -2 : 2;
            j += 2;
            hasModifier = true;
        } else if (is(j, "last") || is(j, "next") || is(j, "this") || is(j, "the") || is(j, "past")
                || is(j, "coming")) {
            offset = is(j, "last") || is(j, "past") ? -1 : is(j, "next") || is(j, "coming") ? 1
                    : is(j, "this") ? 3 : 0;
            hasModifier = true;
            j++;
        }
        String code = TimeLexicon.SEASONS.get(lower(j));
        if (code == null || partOfName(j)) {
            return null;
        }
        int e = j + 1;
        int y = is(e, "of") ? e + 1 : e;
        int year = fourDigitYear(y);
        int[] spelled = year > 0 ? null : spelledYear(y);
        if (spelled != null) {
            int spelledYear = spelled[0];
            return candidate(start, spelled[1], ctx -> new Resolution(DATE, TimeMlValues.year(spelledYear) + "-" + code,
                    "season of a spelled year"));
        }
        if (year > 0) {
            int end = y + 1;
            return candidate(start, end, ctx -> new Resolution(DATE, TimeMlValues.year(year) + "-" + code,
                    "season of a stated year"));
        }
        if (!hasModifier && !isAny(start - 1, Set.of("in", "during", "by", "until", "since", "this", "next", "last"))) {
            return null;
        }
        if (lower(j).equals("fall") && !hasModifier) {
            return null;
        }
        int off = offset;
        int seasonIndex = seasonIndex(code);
        return candidate(start, e, ctx -> {
            int current = seasonIndex(ctx.anchor().getMonthValue());
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
        });
    }

    private static int seasonIndex(String code) {
        return switch (code) {
            case "WI" -> 0;
            case "SP" -> 1;
            case "SU" -> 2;
            default -> 3;
        };
    }

    private static int seasonIndex(int month) {
        return month <= 2 ? 0 : month <= 5 ? 1 : month <= 8 ? 2 : month <= 11 ? 3 : 0;
    }

    // ---- rule: years, decades, centuries ----

    private Candidate yearOrDecade(int i) {
        int start = i;
        int j = i;
        boolean modifier = false;
        boolean article = is(j, "the");
        if (article) {
            j++;
            if (is(j, "year")) {
                j++;
                modifier = true;
            }
        }
        if (is(j, "early") || is(j, "late") || is(j, "mid")) {
            j = hyphen(j + 1);
            modifier = true;
        }
        if (is(j, "fiscal") || is(j, "calendar")) {
            j++;
            if (is(j, "year")) {
                j++;
            }
            modifier = true;
        } else if (is(j, "the") && is(j + 1, "year")) {
            j += 2;
            modifier = true;
        }
        // decades: 1990s, '90s, the nineties
        if ((is(j, "'") || is(j, "’")) && digits(j + 1) && glued(j + 1) && tokens.get(j + 1).text().length() == 2
                && is(j + 2, "s") && glued(j + 2)) {
            int decade = tokens.get(j + 1).intValue();
            if (decade % 10 == 0) {
                String value = (decade >= 30 ? "19" : "20") + decade / 10;
                return candidate(start, j + 3, ctx -> new Resolution(DATE, value, "decade"));
            }
            return null;
        }
        int year = fourDigitYear(j);
        if (year > 0 && year % 10 == 0 && is(j + 1, "s") && glued(j + 1)) {
            String value = Integer.toString(year / 10);
            return candidate(start, j + 2, ctx -> new Resolution(DATE, value, "decade"));
        }
        if (year > 0 && year % 100 == 0 && is(j + 1, "s") && glued(j + 1)) {
            return null;
        }
        // centuries: the 20th century
        Integer ordinal = TimeLexicon.ORDINALS.get(lower(j));
        int centuryEnd = j + 1;
        if (ordinal == null && digits(j) && (is(j + 1, "th") || is(j + 1, "st") || is(j + 1, "nd")) && glued(j + 1)) {
            ordinal = tokens.get(j).intValue();
            centuryEnd = j + 2;
        }
        if (ordinal != null && ordinal > 0 && ordinal <= 21 && hyphen(centuryEnd) < n
                && is(hyphen(centuryEnd), "century")) {
            String value = TimeMlValues.two(ordinal - 1);
            return candidate(start, hyphen(centuryEnd) + 1, ctx -> new Resolution(DATE, value, "century"));
        }
        if (year < 0) {
            int[] spelled = spelledYear(j);
            if (spelled != null && (!article || modifier)) {
                int y = spelled[0];
                return candidate(start, spelled[1], ctx -> new Resolution(DATE, TimeMlValues.year(y), "spelled year"));
            }
        }
        if (year < 0 || article && !modifier) {
            return null;
        }
        if (is(j + 1, ".") && glued(j + 1) && digits(j + 2) && glued(j + 2)) {
            return null;
        }
        boolean plausible = (year >= 1900 && year < 2100) || modifier || isAny(start - 1, YEAR_CONTEXT);
        if (!plausible || is(start - 1, "$") || is(j + 1, "%") || (is(j + 1, ",") && glued(j + 1) && digits(j + 2))
                || glued(j) && digits(j - 1) || is(j + 1, ":") && glued(j + 1)) {
            return null;
        }
        if (start == j && (is(start - 1, "no") || is(start - 1, "number") || is(start - 1, "#"))) {
            return null;
        }
        if (is(j + 1, "-") && glued(j + 1) && digits(j + 2) && glued(j + 2)) {
            String second = tokens.get(j + 2).text();
            if (second.length() == 2 || second.length() == 4) {
                return candidate(start, j + 1, ctx -> new Resolution(DATE, TimeMlValues.year(year), "year"));
            }
            return null;
        }
        return candidate(start, j + 1, ctx -> new Resolution(DATE, TimeMlValues.year(year), "year"));
    }

    /** "nineteen ninety-six" → {1996, end}; "two thousand" after "the year" → {2000, end}; or null. */
    private int[] spelledYear(int j) {
        if (is(j, "nineteen") || is(j, "eighteen")) {
            Count rest = count(j + 1, false);
            if (rest != null && rest.value >= 10 && rest.value < 100 && !digits(j + 1)) {
                return new int[]{(is(j, "nineteen") ? 1900 : 1800) + (int) rest.value, rest.end};
            }
        }
        if (is(j - 1, "year") && is(j, "two") && is(j + 1, "thousand")) {
            Count rest = count(j + 2, false);
            if (is(j + 2, "and")) {
                rest = count(j + 3, false);
            }
            if (rest != null && rest.value < 100 && !digits(rest.end - 1)) {
                return new int[]{2000 + (int) rest.value, rest.end};
            }
            return new int[]{2000, j + 2};
        }
        return null;
    }

    // ---- rule: three years ago, a year earlier, two days later ----

    private Candidate agoOrLater(int i) {
        int start = i;
        int j = afterApproximator(i);
        Count count = count(j, true);
        TimeUnit unit;
        int k;
        if (count == null) {
            unit = TimeUnit.of(lower(j));
            if (unit == null || !lower(j).endsWith("s")) {
                return null;
            }
            count = new Count(-1, j);
            k = j + 1;
        } else {
            k = hyphen(count.end);
            unit = TimeUnit.of(lower(k));
            if (unit == null) {
                return null;
            }
            k++;
        }
        if (is(k, "or") && is(k + 1, "so")) {
            k += 2;
        }
        String direction = lower(k);
        boolean fromNow = is(k, "from") && is(k + 1, "now");
        if (!(direction.equals("ago") || direction.equals("earlier") || direction.equals("later")
                || direction.equals("before") && !isWordAfter(k) || direction.equals("after") && !isWordAfter(k)
                || fromNow || direction.equals("hence") || direction.equals("back") && !isWordAfter(k))) {
            return null;
        }
        int e = fromNow ? k + 2 : k + 1;
        long amount = count.value;
        boolean forward = direction.equals("later") || direction.equals("after") || fromNow
                || direction.equals("hence");
        boolean fromReference = !direction.equals("ago") && !fromNow && !direction.equals("hence")
                && !direction.equals("back");
        TimeUnit u = unit;
        return candidate(start, e, ctx -> shifted(ctx, u, amount, forward, fromReference));
    }

    private boolean isWordAfter(int k) {
        return k + 1 < n && tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalized();
    }

    private static Resolution shifted(ResolutionContext ctx, TimeUnit unit, long amount, boolean forward,
                                      boolean fromReference) {
        if (amount < 0) {
            return new Resolution(DATE, forward ? "FUTURE_REF" : "PAST_REF", "vague span from the anchor");
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

    // ---- rule: durations ----

    private Candidate duration(int i) {
        int start = i;
        int j = afterApproximator(i);
        boolean article = false;
        if (is(j, "the") || is(j, "its") || is(j, "their")) {
            j++;
            article = true;
        }
        String modifier = null;
        if (isAny(j, Set.of("past", "last", "next", "first", "previous", "coming", "following", "final", "recent",
                "initial", "remaining", "same"))) {
            modifier = lower(j);
            j++;
        }
        Count count = count(j, !article && modifier == null);
        if (count != null && count.value < 0 && is(j, "some")) {
            count = null;
        }
        if (count == null && modifier == null && !article && start == j
                && isAny(start - 1, Set.of("for", "within", "over", "in")) && lower(j).endsWith("s")) {
            TimeUnit bare = TimeUnit.of(lower(j));
            if (bare != null && bare != TimeUnit.SECOND && !is(j + 1, "'") && !is(j + 1, "-")
                    && !is(j + 1, "ago") && !is(j + 1, "of")) {
                return candidate(start, j + 1, ctx -> new Resolution(DURATION, bare.duration(-1), "unmeasured span"));
            }
        }
        int k;
        if (count == null) {
            TimeUnit unit = TimeUnit.of(lower(j));
            if (unit == null || modifier == null || (!article && !modifier.equals("recent")
                    && !modifier.equals("past") && !modifier.equals("coming"))) {
                return null;
            }
            boolean plural = lower(j).endsWith("s") && unit != TimeUnit.CENTURY
                    || lower(j).equals("centuries");
            if (modifier.equals("recent")) {
                if (!plural) {
                    return null;
                }
                return candidate(start, j + 1, ctx -> new Resolution(DURATION, unit.duration(-1), "recent span"));
            }
            if (!plural && (modifier.equals("same") || modifier.equals("first") || modifier.equals("final"))) {
                return null;
            }
            if (!plural && (unit == TimeUnit.DAY || modifier.equals("past") || modifier.equals("last"))) {
                return null;
            }
            int e = j + 1;
            if (is(e, "or") && is(e + 1, "so")) {
                e += 2;
            }
            return candidate(start, e, ctx -> new Resolution(DURATION, unit.duration(plural ? -1 : 1),
                    "span of " + (plural ? "some " : "one ") + unit.name().toLowerCase()));
        }
        k = count.end;
        boolean adjective = is(k, "-") && glued(k);
        k = hyphen(k);
        if (is(k, "more") || is(k, "additional") || is(k, "straight") || is(k, "consecutive") || is(k, "full")) {
            k++;
        }
        TimeUnit unit = TimeUnit.of(lower(k));
        if (unit == null || is(k + 1, "-") && glued(k + 1) && !adjective) {
            return null;
        }
        if (count.value == 1 && lower(j).equals("a") && unit == TimeUnit.SECOND
                || unit == TimeUnit.QUARTER && (adjective || is(k + 1, "of"))) {
            return null;
        }
        if (adjective && article) {
            return null;
        }
        String unitWord = lower(k);
        if (count.value < 0 && !unitWord.endsWith("s") && unit != TimeUnit.CENTURY) {
            return null;
        }
        boolean titled = k > start && tokens.get(k).isCapitalized();
        if (adjective && is(k + 1, "-") && is(k + 2, "old") || is(k + 1, "old") || titled) {
            return null;
        }
        int e = k + 1;
        if (is(e, "and") && is(e + 1, "a") && is(e + 2, "half")) {
            e += 3;
        }
        if (is(e, "or") && is(e + 1, "so")) {
            e += 2;
        }
        long amount = count.value;
        if (amount == 0 && lower(j).equals("0")) {
            return null;
        }
        if (is(start - 1, "per") || (is(start - 1, "a") && amount == 1)) {
            return null;
        }
        if (amount == 1 && is(j, "a") && start == j && (digits(start - 1) || isAny(start - 1, RATE_WORDS))) {
            return null;
        }
        return candidate(start, e, ctx -> new Resolution(DURATION, unit.duration(amount), "span of " + amount
                + " " + unit.name().toLowerCase()));
    }

    // ---- rule: every week, daily ----

    private Candidate set(int i) {
        String w = lower(i);
        TimeUnit adverb = TimeLexicon.SET_ADVERBS.get(w);
        if (adverb != null && !partOfName(i)) {
            return candidate(i, i + 1, ctx -> new Resolution(SET, adverb.duration(1), "frequency adverb"));
        }
        if (!(w.equals("every") || w.equals("each"))) {
            return null;
        }
        int j = i + 1;
        if (is(j, "other")) {
            j++;
        }
        Integer wd = weekdayAt(j);
        if (wd != null) {
            String value = "XXXX-WXX-" + wd;
            return candidate(i, j + 1, ctx -> new Resolution(SET, value, "every weekday"));
        }
        String part = TimeLexicon.DAY_PARTS.get(lower(j));
        if (part != null) {
            return candidate(i, j + 1, ctx -> new Resolution(SET, "XXXX-XX-XXT" + part, "every part of day"));
        }
        Integer everyMonth = month(j);
        if (everyMonth != null) {
            String value = "XXXX-" + TimeMlValues.two(everyMonth);
            return candidate(i, j + 1, ctx -> new Resolution(SET, value, "every month of the year"));
        }
        Count count = count(j, false);
        int k = count == null ? j : count.end;
        TimeUnit unit = TimeUnit.of(lower(k));
        if (unit == null) {
            return null;
        }
        long amount = count == null ? (is(i + 1, "other") ? 2 : 1) : count.value;
        if (w.equals("each") && count == null && (is(k + 1, "of") || is(k + 1, "'"))) {
            return null;
        }
        return candidate(i, k + 1, ctx -> new Resolution(SET, unit.duration(amount), "every unit"));
    }

    // ---- rule: now, recently, the future ----

    private Candidate referenceWord(int i) {
        String w = lower(i);
        if (w.equals("the") || w.equals("in")) {
            int j = i + 1;
            if (w.equals("in") && is(j, "the")) {
                return null;
            }
            if (is(j, "near") || is(j, "distant") || is(j, "immediate") || is(j, "foreseeable")) {
                j++;
            }
            if (is(j, "future")) {
                return candidate(i, j + 1, ctx -> new Resolution(DATE, "FUTURE_REF", "the future"));
            }
            if (is(j, "past") && !isAny(j + 1, Set.of("year", "month", "week", "decade", "century", "quarter"))
                    && !digits(j + 1) && count(j + 1, false) == null && TimeUnit.of(lower(j + 1)) == null) {
                return candidate(i, j + 1, ctx -> new Resolution(DATE, "PAST_REF", "the past"));
            }
            if (is(j, "present") && !tokens.get(j).isCapitalized() && TimeUnit.of(lower(j + 1)) == null) {
                return candidate(i, j + 1, ctx -> new Resolution(DATE, "PRESENT_REF", "the present"));
            }
            return null;
        }
        if (w.equals("as") && is(i + 1, "soon") && is(i + 2, "as") && is(i + 3, "possible")) {
            return candidate(i, i + 4, ctx -> new Resolution(DATE, "FUTURE_REF", "as soon as possible"));
        }
        String value = REFERENCE_WORDS.get(w);
        if (value == null || partOfName(i)) {
            return null;
        }
        if (w.equals("now") && is(i - 1, "'")) {
            return null;
        }
        if (w.equals("future") && !is(i - 1, "in") || w.equals("recent")
                || w.equals("soon") && (is(i + 1, "after") || is(i - 1, "as") || is(i - 1, "too"))) {
            return null;
        }
        if (w.equals("current") && (is(i + 1, "account") || is(i + 1, "accounts") || is(i + 1, "affairs")
                || is(i - 1, "electric") || is(i - 1, "ocean"))) {
            return null;
        }
        return candidate(i, i + 1, ctx -> new Resolution(DATE, value, "\"" + w + "\""));
    }

    // ---- rule: last November, this September ----

    private Candidate relativeMonth(int i) {
        String w = lower(i);
        int j = i + 1;
        int direction;
        if (w.equals("this") && (is(j, "past") || is(j, "coming"))) {
            direction = is(j, "past") ? -1 : 1;
            j++;
        } else {
            switch (w) {
                case "last", "past", "previous" -> direction = -1;
                case "next", "coming" -> direction = 1;
                case "this" -> direction = 0;
                default -> {
                    return null;
                }
            }
        }
        Integer m = month(j);
        if (m == null) {
            return null;
        }
        int month = m;
        int e = isMonthAbbreviation(j) ? dot(j + 1) : j + 1;
        return candidate(i, e, ctx -> {
            int anchorMonth = ctx.anchor().getMonthValue();
            int year = ctx.anchor().getYear();
            if (direction < 0 && month >= anchorMonth) {
                year--;
            } else if (direction > 0 && month <= anchorMonth) {
                year++;
            }
            return new Resolution(DATE, TimeMlValues.month(year, month), "month \"" + w + "\" from the anchor");
        });
    }

    // ---- rule: the weekend, the year, the fiscal year ----

    private Candidate theUnit(int i) {
        if (!is(i, "the")) {
            return null;
        }
        int j = i + 1;
        if ((is(j, "following") || is(j, "previous") || is(j, "preceding")) && (is(j + 1, "year") || is(j + 1, "month")
                || is(j + 1, "week"))) {
            TimeUnit unit = TimeUnit.of(lower(j + 1));
            int offset = is(j, "following") ? 1 : -1;
            return candidate(i, j + 2, ctx -> relativeToReference(ctx, unit, offset));
        }
        if (is(j, "weekend")) {
            return candidate(i, j + 1, ctx -> relativeToAnchor(ctx, TimeUnit.WEEKEND, 0, "the"));
        }
        if ((is(j, "near") || is(j, "short")) && is(j + 1, "term")) {
            return candidate(i, j + 2, ctx -> new Resolution(DATE, "FUTURE_REF", "the near term"));
        }
        if ((is(j, "week") || is(j, "month")) && is(i - 1, "for") && !is(j + 1, "of") && !is(j + 1, "before")
                && !is(j + 1, "after")) {
            TimeUnit unit = TimeUnit.of(lower(j));
            return candidate(i, j + 1, ctx -> relativeToAnchor(ctx, unit, 0, "the"));
        }
        boolean fiscal = false;
        if (is(j, "full") || is(j, "fiscal") || is(j, "whole") || is(j, "entire")) {
            fiscal = is(j, "fiscal");
            j++;
        }
        if (!is(j, "year") || is(j + 1, "'") || is(j + 1, "-") || digits(j + 1)) {
            return null;
        }
        boolean ended = is(j + 1, "ended") || is(j + 1, "ending") || is(j + 1, "to") || is(j + 1, "through");
        if (!ended && !fiscal && !isAny(i - 1, Set.of("for", "in", "of", "during", "throughout"))) {
            return null;
        }
        if (ended) {
            return candidate(i, j + 1, ctx -> new Resolution(DURATION, "P1Y", "a year-long reporting period"));
        }
        return candidate(i, j + 1, ctx -> new Resolution(DATE, TimeMlValues.year(ctx.anchor().getYear()),
                "the year of the anchor"));
    }

    private static Resolution relativeToReference(ResolutionContext ctx, TimeUnit unit, int offset) {
        String reference = ctx.reference();
        LocalDate base = reference == null ? null : TimeMlValues.asDay(reference);
        if (base == null && reference != null && reference.length() >= 7 && reference.charAt(4) == '-'
                && Character.isDigit(reference.charAt(5))) {
            base = LocalDate.of(Integer.parseInt(reference.substring(0, 4)), Integer.parseInt(reference.substring(5, 7)), 1);
        } else if (base == null && reference != null && reference.length() == 4) {
            base = LocalDate.of(Integer.parseInt(reference), 7, 1);
        }
        String why = base == null ? "relative to the anchor" : "relative to the previous date";
        LocalDate b = base == null ? ctx.anchor() : base;
        return switch (unit) {
            case YEAR -> new Resolution(DATE, TimeMlValues.year(b.getYear() + offset), why);
            case MONTH -> {
                LocalDate m = b.plusMonths(offset);
                yield new Resolution(DATE, TimeMlValues.month(m.getYear(), m.getMonthValue()), why);
            }
            default -> new Resolution(DATE, TimeMlValues.week(b.plusWeeks(offset)), why);
        };
    }

    // ---- rule: year-end ----

    private Candidate yearEnd(int i) {
        int e;
        if (is(i, "year") && (is(i + 1, "-") && glued(i + 1) || !glued(i + 1)) && is(hyphen(i + 1), "end")) {
            e = hyphen(i + 1) + 1;
        } else if (is(i, "year") && possessive(i + 1) > i + 1 && is(possessive(i + 1), "end")) {
            e = possessive(i + 1) + 1;
        } else {
            return null;
        }
        if (is(e, "-") || is(i - 1, "fiscal") || is(i - 1, "the") || is(i - 1, "a")) {
            return null;
        }
        boolean since = is(i - 1, "since");
        return candidate(i, e, ctx -> {
            int year = ctx.anchor().getYear() - (since ? 1 : 0);
            return new Resolution(DATE, TimeMlValues.year(year) + "-12-31", "the end of the anchor's year");
        });
    }

    // ---- rule: year-earlier, the year-ago quarter ----

    private Candidate yearEarlier(int i) {
        int j = i;
        if (is(j, "the")) {
            j++;
        }
        if (is(j, "comparable") || is(j, "same")) {
            j++;
        }
        if (!is(j, "year") || !(is(j + 1, "-") && (is(j + 2, "earlier") || is(j + 2, "ago")))) {
            return null;
        }
        int e = j + 3;
        int k = e;
        if (TimeLexicon.ORDINALS.containsKey(lower(k)) && is(hyphen(k + 1), "quarter")) {
            k = hyphen(k + 1);
        }
        if (is(k, "quarter") || is(k, "period")) {
            e = k + 1;
        } else if (i < j) {
            return null;
        }
        return candidate(i, e, ctx -> {
            String reference = ctx.period() != null ? ctx.period() : ctx.reference();
            if (reference != null && (ctx.referenceRecent() || reference.equals(ctx.period()))) {
                String shifted = TimeMlValues.shiftYears(reference, -1);
                if (shifted != null) {
                    return new Resolution(DATE, shifted, "the previous date's period a year before");
                }
            }
            return new Resolution(DATE, TimeMlValues.year(ctx.anchor().getYear() - 1), "the year before the anchor");
        });
    }

    // ---- rule: holidays ----

    private static final Map<String, int[]> FIXED_HOLIDAYS = Map.of(
            "christmas", new int[]{12, 25}, "halloween", new int[]{10, 31}, "valentine", new int[]{2, 14});

    private Candidate holiday(int i) {
        int j = is(i, "last") || is(i, "next") || is(i, "this") ? i + 1 : i;
        if (j >= n || !tokens.get(j).isCapitalized()) {
            return null;
        }
        String w = lower(j);
        int e = j + 1;
        int[] fixed = FIXED_HOLIDAYS.get(w);
        int month;
        int day;
        int nth = 0;
        DayOfWeek weekday = null;
        if (fixed != null) {
            month = fixed[0];
            day = fixed[1];
            if (w.equals("christmas") && is(e, "eve")) {
                day = 24;
                e++;
            } else if (w.equals("christmas") && is(e, "day")) {
                e++;
            } else if (w.equals("valentine")) {
                e = possessive(e);
                if (!is(e, "day")) {
                    return null;
                }
                e++;
            }
        } else if (w.equals("new") && is(j + 1, "year") && possessive(j + 2) > j + 2
                && (is(possessive(j + 2), "day") || is(possessive(j + 2), "eve"))) {
            boolean eve = is(possessive(j + 2), "eve");
            month = eve ? 12 : 1;
            day = eve ? 31 : 1;
            e = possessive(j + 2) + 1;
        } else if (w.equals("independence") && is(j + 1, "day")) {
            month = 7;
            day = 4;
            e = j + 2;
        } else if (w.equals("thanksgiving")) {
            month = 11;
            day = 0;
            nth = 4;
            weekday = DayOfWeek.THURSDAY;
            if (is(e, "day")) {
                e++;
            }
        } else if ((w.equals("labor") || w.equals("memorial")) && is(j + 1, "day")) {
            month = w.equals("labor") ? 9 : 5;
            day = 0;
            nth = w.equals("labor") ? 1 : -1;
            weekday = DayOfWeek.MONDAY;
            e = j + 2;
        } else {
            return null;
        }
        int m = month;
        int d = day;
        int ordinal = nth;
        DayOfWeek dow = weekday;
        String direction = lower(i);
        boolean relative = j > i;
        return candidate(i, e, ctx -> {
            int year = ctx.anchor().getYear();
            LocalDate date = holidayIn(year, m, d, ordinal, dow);
            boolean past = relative ? direction.equals("last") : ctx.tense() == Tense.PAST;
            boolean future = relative ? direction.equals("next") : ctx.tense() == Tense.FUTURE;
            if (past && date.isAfter(ctx.anchor())) {
                date = holidayIn(year - 1, m, d, ordinal, dow);
            } else if (future && date.isBefore(ctx.anchor())) {
                date = holidayIn(year + 1, m, d, ordinal, dow);
            }
            return new Resolution(DATE, TimeMlValues.day(date), "holiday in " + ctx.tense() + " tense");
        });
    }

    private static LocalDate holidayIn(int year, int month, int day, int nth, DayOfWeek weekday) {
        if (weekday == null) {
            return LocalDate.of(year, month, day);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return nth > 0 ? first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday))
                : first.with(TemporalAdjusters.lastInMonth(weekday));
    }
}
