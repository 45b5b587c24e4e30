package io.storyline.nlp.time;

import java.util.HashMap;
import java.util.Map;

/** Calendar units as written in text, with how TimeML spells a duration of them. */
enum TimeUnit {
    SECOND("PT", "S", 1), MINUTE("PT", "M", 1), HOUR("PT", "H", 1), DAY("P", "D", 1), WEEKEND("P", "D", 2),
    WEEK("P", "W", 1), FORTNIGHT("P", "W", 2), MONTH("P", "M", 1), QUARTER("P", "Q", 1), YEAR("P", "Y", 1),
    DECADE("P", "Y", 10), CENTURY("P", "Y", 100);

    private static final Map<String, TimeUnit> BY_WORD = new HashMap<>();

    static {
        String[][] words = {
                {"second", "seconds", "sec", "secs"}, {"minute", "minutes", "min", "mins"},
                {"hour", "hours", "hr", "hrs"}, {"day", "days"}, {"weekend", "weekends"}, {"week", "weeks"},
                {"fortnight", "fortnights"}, {"month", "months"}, {"quarter", "quarters"},
                {"year", "years", "yr", "yrs"}, {"decade", "decades"}, {"century", "centuries"}};
        TimeUnit[] units = values();
        for (int u = 0; u < units.length; u++) {
            for (String word : words[u]) {
                BY_WORD.put(word, units[u]);
            }
        }
    }

    private final String prefix;
    private final String code;
    private final int multiple;

    TimeUnit(String prefix, String code, int multiple) {
        this.prefix = prefix;
        this.code = code;
        this.multiple = multiple;
    }

    static TimeUnit of(String lowerWord) {
        return BY_WORD.get(lowerWord);
    }

    /** "P3Y", "PT2H", "PXW" for an unknown count (count &lt; 0). */
    String duration(long count) {
        if (count < 0) {
            return prefix + "X" + code;
        }
        return prefix + (count * multiple) + code;
    }

    boolean isTimeOfDay() {
        return prefix.equals("PT");
    }
}
