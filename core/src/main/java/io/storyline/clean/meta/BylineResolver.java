package io.storyline.clean.meta;

import io.storyline.clean.PageHints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reporters: the markup's author, a "By Name and Name" line (e-mail and affiliation stripped), or a
 * wire signature "(Reporting by Name; Editing by …)". Names printed in capitals are recased.
 */
public final class BylineResolver {

    private static final Pattern BY_LINE = Pattern.compile("^\\s*(?:BY|By|by)[:\\s]\\s*(.+?)\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("\\((?:[Rr]eporting|[Ww]riting) by ([^;)]+)");
    private static final Pattern STRIP = Pattern.compile("\\s*(?:\\[[^]]*]|\\([^)]*\\)|<[^>]*>|\\S+@\\S+)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*and\\s+|\\s+and\\s+|\\s*&\\s*|,\\s*)");
    private static final Pattern NAME_WORD = Pattern.compile("(?:[A-Z][\\p{L}'’.-]*|de|da|del|der|van|von|bin|al|le|la|du)");
    private static final Pattern AFFILIATION = Pattern.compile("\\s*(?:\\||[–—]| - ).*$");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|news|press|agency|desk|team)\\b");
    private static final Pattern PLACE_SUFFIX = Pattern.compile("\\s+in\\s+[A-Z][\\p{L} .-]*$");

    private final PersonNameCase nameCase;

    public BylineResolver(PersonNameCase nameCase) {
        this.nameCase = nameCase;
    }

    public Optional<Evidenced> resolve(List<String> lines, PageHints hints) {
        if (hints.byline() != null && !hints.byline().isBlank() && !hints.byline().contains("://")) {
            List<String> names = names(hints.byline().replaceFirst("^(?i)by\\s+", ""));
            if (!names.isEmpty()) return Optional.of(new Evidenced(join(names), "author in the markup '" + hints.byline().strip() + "'"));
        }
        for (String line : lines) {
            Matcher m = BY_LINE.matcher(line);
            if (!m.matches() || line.strip().split("\\s+").length > 16) continue;
            List<String> names = names(m.group(1));
            if (!names.isEmpty()) return Optional.of(new Evidenced(join(names), "byline '" + line.strip() + "'"));
        }
        for (String line : lines) {
            Matcher m = SIGNATURE.matcher(line);
            if (!m.find()) continue;
            List<String> names = names(PLACE_SUFFIX.matcher(m.group(1).strip()).replaceFirst(""));
            if (!names.isEmpty()) return Optional.of(new Evidenced(join(names), "wire signature '" + m.group() + "'"));
        }
        return Optional.empty();
    }

    /** Every name in a printed byline, recased; empty when any part does not look like a person's name. */
    List<String> names(String printed) {
        String cleaned = AFFILIATION.matcher(STRIP.matcher(printed).replaceAll("")).replaceFirst("").strip();
        List<String> names = new ArrayList<>();
        for (String part : SEPARATOR.split(cleaned)) {
            String name = part.strip();
            if (name.isEmpty() || ROLE.matcher(name).find()) continue;
            String[] words = name.split("\\s+");
            if (words.length < 2 || words.length > 4) return List.of();
            for (String w : words) if (!NAME_WORD.matcher(w).matches()) return List.of();
            names.add(nameCase.normalise(name));
        }
        return names;
    }

    private static String join(List<String> names) {
        if (names.size() <= 2) return String.join(" and ", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
