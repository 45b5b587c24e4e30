package io.storyline.nlp.time;

import io.storyline.language.LexiconFile;

import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of the time grammar: calendar names, spelled numbers, day parts, and the context words the
 * rules read from the word lists beside this class (which users can extend).
 */
final class TimeLexicon {
    static final Set<String> APPROXIMATORS = words("approximators.txt");
    static final Set<String> COMPARATIVES = words("comparatives.txt");
    static final Set<String> RATE_WORDS = words("rate-words.txt");
    static final Set<String> VAGUE_COUNTS = words("vague-counts.txt");
    static final Set<String> MONTH_CONTEXT = words("month-context.txt");
    static final Set<String> YEAR_CONTEXT = words("year-context.txt");
    static final Set<String> SEASON_CONTEXT = words("season-context.txt");
    static final Set<String> TIME_ZONES = words("time-zones.txt");
    static final Set<String> CLOCK_PREPOSITIONS = words("clock-prepositions.txt");
    static final Set<String> SPAN_MODIFIERS = words("span-modifiers.txt");
    static final Set<String> SPAN_PREPOSITIONS = words("span-prepositions.txt");
    static final Set<String> PAST_SPAN_UNITS = words("past-span-units.txt");
    static final Set<String> YEAR_PREPOSITIONS = words("year-prepositions.txt");
    static final Map<String, ReferencePoint> REFERENCE_WORDS = referenceWords();
    static final Set<String> FULL_MONTH_NAMES = Arrays.stream(Month.values())
            .map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    static final Map<String, Integer> MONTHS = new HashMap<>();
    static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    static final Map<String, Integer> NUMBERS = new HashMap<>();
    static final Map<String, Integer> ORDINALS = new HashMap<>();
    /** TimeML part-of-day codes. */
    static final Map<String, String> DAY_PARTS = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI");
    static final Map<String, Season> SEASONS = Map.of(
            "spring", Season.SPRING, "summer", Season.SUMMER, "autumn", Season.FALL, "fall", Season.FALL,
            "winter", Season.WINTER);
    static final Map<String, TimeUnit> SET_ADVERBS = Map.of(
            "daily", TimeUnit.DAY, "weekly", TimeUnit.WEEK, "monthly", TimeUnit.MONTH, "yearly", TimeUnit.YEAR,
            "hourly", TimeUnit.HOUR, "nightly", TimeUnit.DAY);
    static {
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        String[][] abbreviations = {{"jan"}, {"feb"}, {"mar"}, {"apr"}, {}, {"jun"}, {"jul"}, {"aug"},
                {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}};
        for (int m = 0; m < 12; m++) {
            MONTHS.put(months[m], m + 1);
            for (String a : abbreviations[m]) {
                MONTHS.put(a, m + 1);
            }
        }
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; d++) {
            WEEKDAYS.put(days[d], d + 1);
        }
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen"};
        for (int k = 0; k < units.length; k++) {
            NUMBERS.put(units[k], k);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int k = 0; k < tens.length; k++) {
            NUMBERS.put(tens[k], (k + 2) * 10);
        }
        NUMBERS.put("fourty", 40);
        NUMBERS.put("dozen", 12);
        String[] ordinalUnits = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth"};
        for (int k = 1; k < ordinalUnits.length; k++) {
            ORDINALS.put(ordinalUnits[k], k);
        }
        String[] ordinalTens = {"twentieth", "thirtieth"};
        for (int k = 0; k < ordinalTens.length; k++) {
            ORDINALS.put(ordinalTens[k], (k + 2) * 10);
        }
    }

    private TimeLexicon() {
    }

    private static Set<String> words(String resource) {
        return LexiconFile.lines(TimeLexicon.class, resource).stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, ReferencePoint> referenceWords() {
        Map<String, ReferencePoint> words = new HashMap<>();
        for (String line : LexiconFile.lines(TimeLexicon.class, "reference-words.txt")) {
            String[] fields = line.split("\\s+");
            if (fields.length != 2) {
                throw new IllegalStateException("reference-words.txt: expected \"word REFERENCE\", got \"" + line + "\"");
            }
            words.put(fields[0].toLowerCase(Locale.ROOT), ReferencePoint.valueOf(fields[1]));
        }
        return Map.copyOf(words);
    }
}
