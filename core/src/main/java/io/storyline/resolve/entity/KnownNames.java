package io.storyline.resolve.entity;

import io.storyline.language.LexiconFile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names whose kind is known whatever a tagger says: countries ({@code country-codes.txt}, id its CAMEO/ISO code)
 * and the organisations, companies and armed groups of the Phoenix actor dictionary that event coding uses
 * ({@code /io/storyline/events/phoenix-actors.txt}, converted from PETRARCH2 under the MIT licence; read where it
 * lies so the two stages never disagree and it is converted once). "NATO" is then an ORGANIZATION with id
 * IGOWSTNAT, "Turkey" a LOCATION with id TUR. Phoenix codes name a class of company ("MNCUSA" is every US
 * multinational), so a company's id adds its name.
 */
final class KnownNames {
    private static final KnownNames STANDARD = new KnownNames(
            LexiconFile.lines(KnownNames.class, "country-codes.txt"),
            LexiconFile.lines(KnownNames.class, "/io/storyline/events/phoenix-actors.txt"));
    private static final int CODE_PART = 3;

    /**
     * The three-letter Phoenix code parts that make an actor an organisation: as its kind (first part; not a
     * country) or as a role after a country code (army, rebels, party, police …). A closed set of the code scheme.
     */
    private enum OrganisationCode {
        IGO(true, true), NGO(true, true), MNC(true, false), IMG(true, false),
        REB(false, true), INS(false, true), MIL(false, true), GOV(false, true), PTY(false, true), COP(false, true),
        JUD(false, true), LEG(false, true), SPY(false, true), UAF(false, true), OPP(false, true);

        private final boolean kind;
        private final boolean role;

        OrganisationCode(boolean kind, boolean role) {
            this.kind = kind;
            this.role = role;
        }

        static boolean isKind(String part) {
            return find(part).map(c -> c.kind).orElse(false);
        }

        static boolean isRole(String part) {
            return find(part).map(c -> c.role).orElse(false);
        }

        private static Optional<OrganisationCode> find(String part) {
            return Arrays.stream(values()).filter(c -> c.name().equals(part)).findFirst();
        }
    }

    /**
     * What a known name is: its type, a stable id, and which list said so.
     *
     * @param byAffiliation whether the code is a role within a country ("PSEREBHMS"), which the dictionary also
     *                      gives the people of that group, so a name the tagger took for a person's may be one
     */
    record Known(String type, String id, String why, boolean byAffiliation) {
        Known(String type, String id, String why) {
            this(type, id, why, false);
        }
    }

    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> actors = new HashMap<>();
    /** Companies by the name they go by without a legal form or web suffix ("amazon" for amazon.com). */
    private final Map<String, String> companiesByBareName = new HashMap<>();

    KnownNames(List<String> countryLines, List<String> actorLines) {
        read(countryLines, countries, "country-codes.txt");
        read(actorLines, actors, "phoenix-actors.txt");
        actors.forEach((name, code) -> {
            String bare = NameForms.core("ORGANIZATION", name.replaceAll("\\.com$", ""));
            if (code.startsWith("MNC") && !bare.equals(name)) {
                companiesByBareName.putIfAbsent(bare, name);
            }
        });
    }

    static KnownNames standard() {
        return STANDARD;
    }

    private static void read(List<String> lines, Map<String, String> into, String file) {
        for (String line : lines) {
            int bar = line.lastIndexOf('|');
            if (bar < 1) {
                throw new IllegalArgumentException(file + ": need 'name | CODE': " + line);
            }
            into.putIfAbsent(key(line.substring(0, bar)), line.substring(bar + 1).strip());
        }
    }

    Optional<Known> of(String name) {
        String key = key(name);
        String country = countries.get(key);
        if (country != null) {
            return Optional.of(new Known("LOCATION", country, "country " + country + " (country-codes.txt)"));
        }
        String code = actors.get(key);
        if (code == null || code.startsWith("~") || code.length() < CODE_PART) {
            return Optional.empty();
        }
        String kind = code.substring(0, CODE_PART);
        boolean organisation = OrganisationCode.isKind(kind) || code.length() >= 2 * CODE_PART
                && OrganisationCode.isRole(code.substring(CODE_PART, 2 * CODE_PART));
        if (!organisation) {
            return Optional.empty(); // a bare country code on a town or a people's adjective: not the country
        }
        String id = kind.equals("MNC") ? code + ":" + key.replaceAll("[^a-z0-9]+", "-") : code;
        return Optional.of(new Known("ORGANIZATION", id, "Phoenix actor " + code, !OrganisationCode.isKind(kind)));
    }

    /**
     * The company a bare name stands for when the dictionary knows it only with its legal form or web suffix
     * ("Amazon": amazon.com); empty otherwise. Whether the bare name means the company is for the context to say:
     * Amazon is also a river.
     */
    Optional<Known> companyBareNamed(String name) {
        String full = companiesByBareName.get(key(name));
        return full == null || actors.containsKey(key(name)) ? Optional.empty() : of(full);
    }

    private static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
