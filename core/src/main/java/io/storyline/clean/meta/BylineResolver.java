package io.storyline.clean.meta;

import io.storyline.clean.PageHints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reporters: the markup's author; a short line "By Name and Name" (also "Written by", "Par", "Von",
 * "Por", or "… by Name" after a date), from which the names are read up to the first word that is not part of
 * a name (a date, an e-mail, a handle, a job title); a line "Name — Apr 16, 2015"; or a wire signature
 * "(Reporting by Name; Editing by …)". Names printed in capitals are recased.
 */
public final class BylineResolver {

    private static final int SHORT_LINE_WORDS = 20;
    private static final Pattern BY = Pattern.compile("(?:^|[\\s/(|•·—-])(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Pp]ar|PAR|[Vv]on|[Pp]or)[:\\s]+(?=\\p{Lu})");
    private static final Pattern NAME_THEN_DATE = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})\\s*[-–—|•·,]\\s*"
            + "(?:\\d{4}-\\d{2}-\\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})");
    private static final Pattern CREDIT_BEFORE = Pattern.compile("(?i)\\b(?:photo(?:graph)?s?|image|illustration|graphic|video|credit|courtesy|design(?:ed)?)\\s*\\S?$");
    private static final Pattern SIGNATURE = Pattern.compile("\\((?:[Rr]eporting|[Ww]riting) by ([^;)]+)");
    private static final Pattern PLACE_SUFFIX = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L} .-]*$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|de|da|del|der|van|von|bin|al|le|la|du|dos");
    private static final Pattern JOINER = Pattern.compile("and|&|,|y|et|und|e");
    private static final Pattern NOT_A_NAME_WORD = Pattern.compile(
            "(?i)(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|"
                    + "oct|october|nov|november|dec|december)\\.?|monday|tuesday|wednesday|thursday|friday|"
                    + "saturday|sunday|service|your|my|our|his|her|their|me|you|us|it|updated|published|posted|staff|writer|reporter|correspondent|editor|contributor|"
                    + "columnist|news|press|agency|desk|team|senior|associated|follow|photo|photos|the|this|that|and");

    /** A job title's head: the capitalised words just before it are the title's, not the name's ("AP Auto Writer"). */
    private static final Pattern JOB_TITLE = Pattern.compile("(?i)writer|editor|reporter|correspondent|columnist|contributor|producer|analyst");
    /** What a declared author kept as printed must not hold: dates, times, titles, separators, handles. */
    private static final Pattern NOT_PLAIN = Pattern.compile("\\d|[|•·@]|(?i)\\b(?:" + JOB_TITLE.pattern().substring(4)
            + "|staff|updated|published|posted|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\\b");
    private static final int PLAIN_AUTHOR_WORDS = 6;
    /** A dateline place: a name in capitals, a comma, then the date ("KUALA LUMPUR, April 1, 1997 (AFP)"). */
    private static final Pattern DATELINE_PLACE = Pattern.compile("^\\s*[\\p{Lu} .'-]+,");
    private static final Pattern PARTICIPLE_BEFORE = Pattern.compile("\\b\\p{Ll}+ed\\s*$");

    private final PersonNameCase nameCase;
    private final WireAgencies agencies;

    public BylineResolver(PersonNameCase nameCase) {
        this(nameCase, new WireAgencies());
    }

    public BylineResolver(PersonNameCase nameCase, WireAgencies agencies) {
        this.nameCase = nameCase;
        this.agencies = agencies;
    }

    public Optional<Evidenced> resolve(List<String> lines, PageHints hints) {
        return resolve(lines, hints, new OutletResolver.Outlets(null, null));
    }

    /** As {@link #resolve(List, PageHints)}; a name run stops at the page's outlet ("Jane Doe WebMD Health News"). */
    public Optional<Evidenced> resolve(List<String> lines, PageHints hints, OutletResolver.Outlets outlets) {
        List<String> outletWords = new ArrayList<>();
        for (Evidenced o : new Evidenced[]{outlets.outlet(), outlets.originalOutlet()}) {
            if (o != null) outletWords.add(o.value().strip().split("\\s+")[0].replaceFirst("\\.\\w+$", ""));
        }
        String printed = hints.byline() == null ? "" : hints.byline().strip();
        if (!printed.isEmpty() && !printed.contains("://") && !printed.startsWith("@")) {
            Optional<Evidenced> fromMarkup = markupAuthor(printed, hints.sourceOf("byline"), outletWords);
            if (fromMarkup.isPresent()) return fromMarkup;
        }
        // a line that opens with "By" is a byline far more often than a wire signature, and that more often than
        // a "by" inside some other short line or a name followed by a date
        return byLine(lines, true, outletWords)
                .or(() -> signature(lines))
                .or(() -> byLine(lines, false, outletWords))
                .or(() -> nameBeforeDate(lines));
    }

    /**
     * The markup's author. Names are read as from a printed byline; a value the publisher declared in meta tags or
     * JSON-LD that reads as no person's name but is short and plain (an organisation "BBC News", a name in a script
     * without capitals "肖春芳") is kept as printed, since the publisher chose it.
     */
    private Optional<Evidenced> markupAuthor(String printed, String source, List<String> outletWords) {
        String value = printed.replaceFirst("^(?i)by\\s+", "").replaceAll("\\s*\\((?:https?://|www\\.)[^)]*\\)", "").strip();
        List<String> names = leadingNames(value, outletWords);
        String evidence = "author in the markup (" + source + ") '" + printed + "'";
        boolean declared = source != null && !source.equals("byline-element");
        boolean plain = value.split("\\s+").length <= PLAIN_AUTHOR_WORDS && !NOT_PLAIN.matcher(value).find();
        if (declared && plain && !coversAll(names, value)) {
            return Optional.of(new Evidenced(nameCase.normalise(value), evidence + ", kept as declared"));
        }
        return names.isEmpty() ? Optional.empty() : found(names, evidence);
    }

    /** Whether the names use every word of the value (joiners aside). */
    private static boolean coversAll(List<String> names, String value) {
        long nameWords = names.stream().mapToLong(n -> n.split("\\s+").length).sum();
        long valueWords = Arrays.stream(value.replaceAll("[,&]", " ").split("\\s+"))
                .filter(w -> !w.isEmpty() && !JOINER.matcher(w).matches()).count();
        return !names.isEmpty() && nameWords == valueWords;
    }

    private Optional<Evidenced> byLine(List<String> lines, boolean atStart, List<String> outletWords) {
        for (String line : lines) {
            if (line.isBlank() || line.strip().split("\\s+").length > SHORT_LINE_WORDS) continue;
            Matcher by = BY.matcher(line);
            if (!by.find() || endsLikeSentence(line) || line.substring(0, by.start()).isBlank() != atStart
                    || CREDIT_BEFORE.matcher(line.substring(0, by.start() + 1)).find()
                    || PARTICIPLE_BEFORE.matcher(line.substring(0, by.start() + 1)).find()) {
                continue; // "a film directed by …" is prose about someone else
            }
            List<String> names = leadingNames(line.substring(by.end()), outletWords);
            if (!names.isEmpty()) return found(names, "byline '" + line.strip() + "'");
        }
        return Optional.empty();
    }

    private Optional<Evidenced> nameBeforeDate(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.strip().split("\\s+").length > SHORT_LINE_WORDS
                    || DATELINE_PLACE.matcher(line).find()) continue;
            Matcher nd = NAME_THEN_DATE.matcher(line);
            if (nd.find()) {
                List<String> names = leadingNames(nd.group(1));
                if (!names.isEmpty()) return found(names, "name before the date '" + line.strip() + "'");
            }
        }
        return Optional.empty();
    }

    /** A wire signature "(Reporting by Name; Editing by …)". */
    private Optional<Evidenced> signature(List<String> lines) {
        for (String line : lines) {
            Matcher m = SIGNATURE.matcher(line);
            if (!m.find()) continue;
            List<String> names = leadingNames(PLACE_SUFFIX.matcher(m.group(1).strip()).replaceFirst(""));
            if (!names.isEmpty()) return found(names, "wire signature '" + m.group() + "'");
        }
        return Optional.empty();
    }

    /** "By the end of the year, prices doubled." is prose, not a byline. */
    private static boolean endsLikeSentence(String line) {
        String t = line.strip();
        return t.endsWith(".") && t.split("\\s+").length > 8;
    }

    /**
     * The names at the start of a printed byline: runs of name words separated by "and", "&" or commas, read
     * until the first word that cannot be part of a name. Each name needs two to four words.
     */
    List<String> leadingNames(String printed) {
        return leadingNames(printed, List.of());
    }

    /** As {@link #leadingNames(String)}, stopping also at a wire agency or a word that starts the page's outlet. */
    List<String> leadingNames(String printed, List<String> outletWords) {
        String[] tokens = printed.strip().replaceAll("([,&])", " $1 ").split("\\s+");
        List<String> names = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String token : tokens) {
            if (token.isEmpty()) continue;
            if (JOINER.matcher(token).matches()) {
                if (!close(current, names)) break;
                continue;
            }
            int at = token.indexOf('@');
            if (at == 0) break;
            if (at > 0) token = token.substring(0, at) + ";"; // "Wilkinson@handle": the name ends at the handle
            boolean initial = token.matches("\\p{Lu}\\.");
            String word = initial ? token : token.replaceAll("[.,;:]+$", "");
            boolean endsClause = !word.equals(token);
            if (JOB_TITLE.matcher(word).matches() && !names.isEmpty()) {
                current.clear(); // "Tom Krisher and AP Auto Writer": what precedes the title is the title's
                break;
            }
            if (JOB_TITLE.matcher(word).matches() && current.size() > 2) current.removeLast(); // "Ben Silverman Games Editor"
            if (!NAME_WORD.matcher(word).matches() || NOT_A_NAME_WORD.matcher(word).matches() || word.contains("@")
                    || agencies.agencyOf(word).isPresent() || outletWords.stream().anyMatch(word::equalsIgnoreCase)) break;
            current.add(word);
            if (current.size() > 4) return List.of();
            if (endsClause) break;
        }
        close(current, names);
        return names;
    }

    private boolean close(List<String> current, List<String> names) {
        if (current.size() < 2) {
            current.clear();
            return names.isEmpty() ? false : true;
        }
        names.add(nameCase.normalise(String.join(" ", current)));
        current.clear();
        return true;
    }

    private static Optional<Evidenced> found(List<String> names, String evidence) {
        String joined = names.size() <= 2 ? String.join(" and ", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        return Optional.of(new Evidenced(joined, evidence));
    }
}
