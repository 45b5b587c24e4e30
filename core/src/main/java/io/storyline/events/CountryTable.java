package io.storyline.events;

import io.storyline.language.LexiconFile;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Capitals and demonyms to countries ({@code countries.txt}): when a capital or a people's adjective acts
 * ("Paris urged Ankara", "Brazilian officials"), the actor is the country.
 */
public final class CountryTable {
    private static final CountryTable STANDARD = new CountryTable(LexiconFile.lines(CountryTable.class, "countries.txt"));
    private final Map<String, String> countryOf = new HashMap<>();
    private static final java.util.Set<String> REGIONS = LexiconFile.lines(CountryTable.class, "regions.txt").stream()
            .map(CountryTable::key).collect(java.util.stream.Collectors.toSet());
    private final java.util.Set<String> capitals = new java.util.HashSet<>();

    CountryTable(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\\|");
            String country = f[0].strip();
            countryOf.put(key(country), country);
            for (String capital : f[1].split(",")) {
                countryOf.putIfAbsent(key(capital), country);
                capitals.add(key(capital));
            }
            if (f.length > 2) {
                for (String demonym : f[2].split(",")) {
                    countryOf.putIfAbsent(key(demonym), country);
                }
            }
        }
    }

    /** Whether {@code name} is a region too wide to be an event's place ("Europe", "Asia-Pacific"). */
    public boolean isRegion(String name) {
        return REGIONS.contains(key(name));
    }

    public static CountryTable standard() {
        return STANDARD;
    }

    /** The country a name, capital or demonym stands for, if it is one. */
    public Optional<String> country(String name) {
        return Optional.ofNullable(countryOf.get(key(name)));
    }

    /** Whether {@code name} is the capital (seat of government) of some country, rather than the country itself. */
    public boolean isCapital(String name) {
        return capitals.contains(key(name)) && !countryOf.get(key(name)).equalsIgnoreCase(name.strip());
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
