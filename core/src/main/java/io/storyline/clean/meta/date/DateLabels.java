package io.storyline.clean.meta.date;

import io.storyline.clean.meta.lexicon.TsvResource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that label a printed date as the page's publication ("Published", "Veröffentlicht am", "Publié le")
 * or as a later change ("Updated", "Zuletzt geändert", "Mis à jour le"), in every language of
 * {@code date-labels.tsv} at once: a page's language is often detected wrongly on short pages, and a label
 * word of one language rarely stands before a date in another as anything else.
 */
final class DateLabels {

    static final String RESOURCE = "date-labels.tsv";
    /** What may stand between a label and its date: a preposition, then a colon, bar or dash. */
    private static final String TAIL = "\\s*(?:on|at|am|um|vom|le|du|el|del|il|em|op)?\\s*[:|\\-–]?\\s*";

    private final Pattern publishedBefore;
    private final Pattern updatedBefore;
    private final Pattern publishedLine;

    DateLabels() {
        this(TsvResource.rows(RESOURCE));
    }

    /** @param rows "published" or "updated", language, label */
    DateLabels(List<String[]> rows) {
        List<String> published = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length < 3) throw new IllegalArgumentException(RESOURCE + ": expected kind, language, label: " + String.join("\t", row));
            switch (row[0].strip()) {
                case "published" -> published.add(row[2].strip());
                case "updated" -> updated.add(row[2].strip());
                default -> throw new IllegalArgumentException(RESOURCE + ": unknown kind " + row[0]);
            }
        }
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.publishedBefore = Pattern.compile("(?<!\\p{L})" + alternatives(published) + TAIL + "$", flags);
        this.updatedBefore = Pattern.compile("(?<!\\p{L})" + alternatives(updated) + TAIL + "$", flags);
        this.publishedLine = Pattern.compile("^\\s*" + alternatives(published) + TAIL, flags);
    }

    /** Whether the text right before a date ends with a publication label ("… Published on "). */
    boolean publishedBefore(String before) {
        return publishedBefore.matcher(before).find();
    }

    /** Whether the text right before a date ends with an update label ("Zuletzt aktualisiert: "). */
    boolean updatedBefore(String before) {
        return updatedBefore.matcher(before).find();
    }

    /** Whether a whole line is a publication label whose date stands on the next line ("Publiziert am"). */
    boolean publishedLine(String line) {
        return publishedLine.matcher(line).matches();
    }

    /** Longest first, so "last updated" is tried before "updated". */
    private static String alternatives(List<String> labels) {
        return labels.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(l -> Pattern.quote(l).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
