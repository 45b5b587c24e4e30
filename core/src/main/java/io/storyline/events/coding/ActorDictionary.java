package io.storyline.events.coding;

import io.storyline.language.LexiconFile;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves common-noun and nationality+role actors to a country and a sector with the Phoenix dictionaries
 * ({@code phoenix-actors.txt}, {@code phoenix-agents.txt}, converted by {@link PhoenixActorConverter}) and Storyline's
 * {@code actors-local.txt}: "Russian police" → RUS/COP, "Turkish officials" → TUR/GOV, "rebels" → REB. The longest
 * phrase wins at each word; a country name or adjective gives the country, an agent the sector.
 */
public final class ActorDictionary {
    private static final ActorDictionary STANDARD = new ActorDictionary(List.of(
            LexiconFile.lines(ActorDictionary.class, "/io/storyline/events/phoenix-actors.txt"),
            LexiconFile.lines(ActorDictionary.class, "/io/storyline/events/phoenix-agents.txt"),
            LexiconFile.lines(ActorDictionary.class, "/io/storyline/events/actors-local.txt")));
    /** Codes whose first three letters are a kind of international actor rather than a country. */
    private static final int CODE_PART = 3;
    private final Map<String, String> codes = new HashMap<>();
    private int longest = 1;

    public ActorDictionary(List<List<String>> files) {
        for (List<String> lines : files) {
            for (String line : lines) {
                int bar = line.lastIndexOf('|');
                if (bar < 1) {
                    throw new IllegalArgumentException("actor dictionary: need 'phrase | CODE': " + line);
                }
                String phrase = line.substring(0, bar).strip().toLowerCase(Locale.ROOT);
                codes.put(phrase, line.substring(bar + 1).strip());
                longest = Math.max(longest, phrase.split(" ").length);
            }
        }
    }

    public static ActorDictionary standard() {
        return STANDARD;
    }

    /** The country and sector the words of a phrase name ("Taiwan 's Vice Foreign Minister"), if any. */
    public Optional<ActorCode> resolve(List<String> words) {
        List<String> w = words.stream().map(s -> s.toLowerCase(Locale.ROOT).replace("’", "'"))
                .filter(s -> !s.equals("'s") && !s.equals("'") && !s.equals("the")).toList();
        String country = null;
        String sector = null;
        StringBuilder matched = new StringBuilder();
        for (int i = 0; i < w.size(); ) {
            int took = 0;
            String code = null;
            for (int n = Math.min(longest, w.size() - i); n > 0 && code == null; n--) {
                code = lookUp(w.subList(i, i + n));
                took = code == null ? 0 : n;
            }
            if (code == null) {
                i++;
                continue;
            }
            matched.append(matched.isEmpty() ? "" : ", ").append(String.join(" ", w.subList(i, i + took)))
                    .append(" → ").append(code);
            if (code.startsWith("~")) {
                sector = firstPart(code.substring(1));
            } else if (code.endsWith("~")) {
                country = country == null ? code.substring(0, code.length() - 1) : country;
            } else {
                country = country == null ? code.substring(0, Math.min(CODE_PART, code.length())) : country;
                if (code.length() > CODE_PART && sector == null) {
                    sector = firstPart(code.substring(CODE_PART));
                }
            }
            i += took;
        }
        return country == null && sector == null ? Optional.empty()
                : Optional.of(new ActorCode(country, sector, matched.toString()));
    }

    /**
     * Whether the phrase's last word (its head) ends an entry: "Indian border guards" and "the Russians" name actors,
     * "Russian technology" and "ties between South Korea and Russia" do not, whatever country their modifiers name.
     */
    public boolean endsInActor(List<String> words) {
        List<String> w = words.stream().map(s -> s.toLowerCase(Locale.ROOT).replace("’", "'")).toList();
        for (int n = 1; n <= Math.min(longest, w.size()); n++) {
            if (lookUp(w.subList(w.size() - n, w.size())) != null) {
                return true;
            }
        }
        return false;
    }

    private String lookUp(List<String> words) {
        String phrase = String.join(" ", words);
        String code = codes.get(phrase);
        if (code == null) {
            // Phoenix lists singulars and generates regular plurals; so does this
            String last = words.get(words.size() - 1);
            String single = PredicateMatcher.singular(last);
            if (!single.equals(last)) {
                code = codes.get(words.size() == 1 ? single : String.join(" ", words.subList(0, words.size() - 1)) + " " + single);
            }
        }
        return code;
    }

    private static String firstPart(String code) {
        return code.length() > CODE_PART ? code.substring(0, CODE_PART) : code;
    }
}
