package io.storyline.events.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns PETRARCH2's Phoenix actor and agent dictionaries (MIT, Open Event Data Alliance) into Storyline's
 * {@code phoenix-actors.txt} and {@code phoenix-agents.txt}: one {@code phrase | CODE} a line, lower case. Actors
 * (country names, adjectives, cities, international and non-state groups) keep only entries with one undated code:
 * a code that changes with dates belongs to a person's term of office, which entity resolution tells better than a
 * name list frozen in 2014. Agents ("police" → ~COP) have their {@code !PERSON!}-style substitutions and their
 * listed plurals expanded.
 *
 * <p>Run: {@code java io.storyline.events.coding.PhoenixActorConverter PETRARCH2_DIR LICENSE OUT_DIR}.
 */
public final class PhoenixActorConverter {
    public static final List<String> ACTOR_FILES = List.of("Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]+)\\]");
    private static final Pattern SUBSTITUTION = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");

    private PhoenixActorConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PhoenixActorConverter PETRARCH2_DIR LICENSE OUT_DIR");
            System.exit(1);
        }
        Path dir = Path.of(args[0]);
        List<List<String>> actorFiles = new ArrayList<>();
        for (String name : ACTOR_FILES) {
            actorFiles.add(PetrarchFiles.read(dir.resolve(name)));
        }
        List<String> license = PetrarchFiles.read(Path.of(args[1]));
        Files.write(Path.of(args[2], "phoenix-actors.txt"), actors(actorFiles, license), StandardCharsets.UTF_8);
        Files.write(Path.of(args[2], "phoenix-agents.txt"), agents(PetrarchFiles.read(dir.resolve("Phoenix.agents.txt")), license),
                StandardCharsets.UTF_8);
    }

    /** The actors resource's lines: {@code phrase | CODE} for every name with one undated code. */
    public static List<String> actors(List<List<String>> files, List<String> license) {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> lines : files) {
            List<String> names = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (String raw : lines) {
                String line = raw.replaceFirst("#.*", "").stripTrailing();
                if (line.isBlank()) {
                    continue;
                }
                boolean indented = Character.isWhitespace(line.charAt(0));
                String content = line.strip();
                if (indented && content.startsWith("[")) {
                    codes.add(content);
                    continue;
                }
                if (!content.startsWith("+")) {
                    flush(names, codes, out);
                    names.clear();
                    codes.clear();
                }
                Matcher code = CODE.matcher(content);
                if (code.find()) {
                    codes.add(code.group());
                }
                names.add(phrase(CODE.matcher(content.replaceFirst("^\\+", "")).replaceAll("")));
            }
            flush(names, codes, out);
        }
        List<String> result = new ArrayList<>(header("phoenix-actors.txt", "Phoenix.Countries.actors.txt, "
                + "Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt", license));
        out.forEach((name, code) -> result.add(name + " | " + code));
        return result;
    }

    private static void flush(List<String> names, List<String> codes, Map<String, String> out) {
        if (codes.size() != 1) {
            return;
        }
        String code = codes.get(0).replaceAll("[\\[\\]]", "").strip();
        if (code.contains(" ") || code.isEmpty()) {
            return; // dated: a term of office
        }
        for (String name : names) {
            if (!name.isEmpty()) {
                out.putIfAbsent(name, code);
            }
        }
    }

    /** The agents resource's lines: {@code phrase | CODE} ("~COP" a sector, "IGO~" a kind of actor). */
    public static List<String> agents(List<String> lines, List<String> license) {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher sub = SUBSTITUTION.matcher(line);
            if (sub.find()) {
                substitutions.put(sub.group(1), List.of(sub.group(2).split("\\s*,\\s*")));
                continue;
            }
            Matcher code = CODE.matcher(line);
            if (!code.find()) {
                continue;
            }
            String agentCode = code.group(1).strip();
            String words = line.substring(0, code.start());
            List<String> forms = new ArrayList<>();
            Matcher plurals = Pattern.compile("\\{([^}]*)\\}").matcher(words);
            if (plurals.find()) {
                forms.addAll(List.of(plurals.group(1).strip().split("\\s+")));
                words = words.substring(0, plurals.start());
            }
            forms.add(0, words.strip());
            for (String form : forms) {
                for (String expanded : expand(form, substitutions)) {
                    String p = phrase(expanded);
                    if (!p.isEmpty()) {
                        out.putIfAbsent(p, agentCode);
                    }
                }
            }
        }
        List<String> result = new ArrayList<>(header("phoenix-agents.txt", "Phoenix.agents.txt", license));
        out.forEach((name, code) -> result.add(name + " | " + code));
        return result;
    }

    private static List<String> expand(String form, Map<String, List<String>> substitutions) {
        for (Map.Entry<String, List<String>> s : substitutions.entrySet()) {
            if (form.contains(s.getKey())) {
                List<String> out = new ArrayList<>();
                for (String alternative : s.getValue()) {
                    out.addAll(expand(form.replace(s.getKey(), alternative.strip()), substitutions));
                }
                return out;
            }
        }
        return List.of(form);
    }

    private static String phrase(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip();
    }

    private static List<String> header(String name, String sources, List<String> license) {
        List<String> h = List.of(
                "# GENERATED by io.storyline.events.coding.PhoenixActorConverter: do not edit; add your own entries to",
                "# actors-local.txt (same format).",
                "#",
                "# " + name + ": converted from PETRARCH2's " + sources,
                "# (openeventdata/petrarch2, petrarch2/data/dictionaries). One 'phrase | CODE' a line: CAMEO actor codes,",
                "# a 3-letter country or IGO/NGO/... kind then 3-letter roles (RUSMIL); '~GOV' a sector an agent adds.",
                "#");
        return PetrarchFiles.header(h, license);
    }

}
