package io.storyline.resolve.entity;

import io.storyline.nlp.EntityMention;
import io.storyline.language.LexiconFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds where a people's adjective or a capital stands for a country: "Turkish officials" (an adjective before a
 * word for the state, {@code country-stand-ins.txt}) and "Seoul urged" (a capital tagged as a place, right before
 * a verb of saying or acting, {@code capital-verbs.txt}). Countries, capitals and adjectives come from the table
 * event coding reads ({@code /io/storyline/events/countries.txt}), so both stages agree on them.
 */
final class CountryReferences {
    private static final CountryReferences STANDARD = new CountryReferences(
            LexiconFile.lines(CountryReferences.class, "/io/storyline/events/countries.txt"),
            LexiconFile.lines(CountryReferences.class, "country-stand-ins.txt"),
            LexiconFile.lines(CountryReferences.class, "capital-verbs.txt"));

    /** A phrase standing for a country: where, and the rule that read it. */
    record Found(String country, String surface, int start, int end, String how) {
    }

    private final Map<String, String> countryOfDemonym = new HashMap<>();
    private final Map<String, String> countryOfCapital = new HashMap<>();
    private final Pattern demonymPhrase;
    private final Pattern capitalVerb;

    CountryReferences(List<String> countryLines, List<String> standIns, List<String> verbs) {
        for (String line : countryLines) {
            String[] f = line.split("\\|");
            if (f.length < 2) {
                throw new IllegalArgumentException("countries.txt: need 'country | capital | demonyms': " + line);
            }
            String country = f[0].strip();
            for (String capital : f[1].split(",")) {
                countryOfCapital.putIfAbsent(key(capital), country);
            }
            if (f.length > 2) {
                for (String demonym : f[2].split(",")) {
                    countryOfDemonym.putIfAbsent(key(demonym), country);
                }
            }
        }
        // longest first, so "South Korean" wins over "Korean" and "foreign ministry" over "ministry"
        demonymPhrase = Pattern.compile("\\b(" + alternatives(countryOfDemonym.keySet()) + ")\\s+("
                + alternatives(Set.copyOf(standIns)) + ")\\b", Pattern.CASE_INSENSITIVE);
        capitalVerb = Pattern.compile("^\\s+(?:(?:has|had|have)\\s+)?(" + alternatives(Set.copyOf(verbs)) + ")\\b",
                Pattern.CASE_INSENSITIVE);
    }

    static CountryReferences standard() {
        return STANDARD;
    }

    /** Whether the words are a people's adjective of a country ("French", "South Korean"). */
    boolean isDemonym(String words) {
        return countryOfDemonym.containsKey(key(words));
    }

    List<Found> find(String text, List<EntityMention> mentions) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = demonymPhrase.matcher(text);
        while (m.find()) {
            // the adjective must be written as one: "Turkish", not "turkish" inside another word's case
            if (Character.isUpperCase(text.charAt(m.start(1)))) {
                found.add(new Found(countryOfDemonym.get(key(m.group(1))), m.group(), m.start(), m.end(),
                        "adjective of the country before '" + m.group(2).toLowerCase(Locale.ROOT) + "'"));
            }
        }
        for (EntityMention mention : mentions) {
            String country = countryOfCapital.get(key(mention.surface()));
            if (!mention.type().equals("LOCATION") || country == null || key(mention.surface()).equals(key(country))
                    || mention.end() >= text.length()) {
                continue;
            }
            Matcher verb = capitalVerb.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 30)));
            if (verb.find()) {
                found.add(new Found(country, mention.surface(), mention.start(), mention.end(),
                        "capital before '" + verb.group(1).toLowerCase(Locale.ROOT) + "' stands for its government"));
            }
        }
        return found;
    }

    private static String alternatives(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
