package io.storyline.clean.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the wire agency or original publisher an article credits: "SEOUL (Reuters) –", "(AP) —",
 * "Copyright 2023 Thomson Reuters", a Reuters-style "(Reporting by …; Editing by …)" signature, a provider
 * prefix "(Outlet- Provider)", or a bracketed credit closing a paragraph ("[YONHAP]"), unless that
 * paragraph is a photo caption, whose credit belongs to the picture and not to the story.
 */
final class CreditReader {

    /** A credit and the line it came from. */
    record Credit(String name, String evidence, int strength) {
    }

    /** "(Outlet- Provider)" opening a story: the page's outlet republishing a provider's text. */
    record ProviderPrefix(String outlet, String provider, String evidence) {
    }

    private static final Pattern PROVIDER_PREFIX = Pattern.compile("^\\s*\\(([A-Z][\\w&.'’]*(?: [A-Z][\\w&.'’]*){0,3})-\\s*([^()]{2,50})\\)");
    private static final Pattern SIGNATURE = Pattern.compile("\\((?:Additional )?(?:[Rr]eporting|[Ww]riting) by [^)]*;[^)]*\\b[Ee]diting by [^)]*\\)");
    private static final Pattern PHOTO_WORDS = Pattern.compile("(?i)\\b(?:photo|photograph|picture|image|file|courtesy|getty|caption|pictured)\\b");
    private static final Pattern PHOTO_VERB = Pattern.compile(
            "\\b(?:addresses|speaks|poses|attends|arrives|waves|looks on|gestures|shakes hands|walks|"
                    + "listens|smiles|sits|greets|is seen|are seen|reacts|take part|pictured)\\b");

    private final WireAgencies agencies;
    private final Pattern dateline;
    private final Pattern copyright;
    private final Pattern closingCredit;

    CreditReader(WireAgencies agencies) {
        this.agencies = agencies;
        String any = "(?:" + agencies.alternation() + ")";
        dateline = Pattern.compile("^\\s*(?:[A-Z][A-Za-z .'’/-]{1,40}(?:,[^()]{0,30})?\\s*)?\\((" + any + ")\\)\\s*(?:[-–—:]|--)");
        copyright = Pattern.compile("(?:Copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(?:by\\s+)?(" + any + ")\\b");
        closingCredit = Pattern.compile("(?:[\\[(]((?:" + any + ")(?:\\s*/\\s*[A-Za-z-]{2,20})*)[\\])]|\\s[/–—-]\\s*(" + any + "))\\s*$");
    }

    Optional<ProviderPrefix> providerPrefix(List<String> lines) {
        for (String line : lines) {
            Matcher m = PROVIDER_PREFIX.matcher(line);
            if (m.find()) return Optional.of(new ProviderPrefix(m.group(1), m.group(2).strip(), m.group()));
        }
        return Optional.empty();
    }

    /** The strongest credit on the page; photo credits are skipped. */
    Optional<Credit> credit(List<String> lines) {
        Map<String, Integer> seen = new HashMap<>();
        for (String line : lines) if (!line.isBlank()) seen.merge(line.strip(), 1, Integer::sum);
        Credit best = null;
        for (String line : lines) {
            Credit c = creditIn(line, seen.getOrDefault(line.strip(), 0) > 1);
            if (c != null && (best == null || c.strength() > best.strength())) best = c;
        }
        Optional<ProviderPrefix> prefix = providerPrefix(lines);
        if (best == null && prefix.isPresent()) {
            String provider = prefix.get().provider();
            best = new Credit(agencies.agencyOf(provider).orElse(provider), "provider prefix '" + prefix.get().evidence() + "'", 2);
        }
        return Optional.ofNullable(best);
    }

    private Credit creditIn(String line, boolean repeated) {
        Matcher m = dateline.matcher(line);
        if (m.find()) return credit(m.group(1), "wire dateline '" + m.group().strip() + "'", 5);
        m = copyright.matcher(line);
        if (m.find()) return credit(m.group(1), "copyright credit '" + m.group().strip() + "'", 4);
        m = SIGNATURE.matcher(line);
        if (m.find()) return new Credit("Reuters", "Reuters-style signature '" + m.group() + "'", 3);
        m = closingCredit.matcher(line.strip());
        if (m.find()) {
            String printed = m.group(1) != null ? m.group(1) : m.group(2);
            if (isCaption(line, repeated)) return null;
            return credit(printed.split("\\s*/\\s*")[0], "closing credit '" + m.group().strip() + "'", 2);
        }
        return null;
    }

    private Credit credit(String printed, String evidence, int strength) {
        return new Credit(agencies.agencyOf(printed).orElse(printed.strip()), evidence, strength);
    }

    /** A caption: repeated (galleries print it twice), names a photo, or describes a scene in the present tense. */
    static boolean isCaption(String line, boolean repeated) {
        return repeated || PHOTO_WORDS.matcher(line).find() || PHOTO_VERB.matcher(line).find();
    }
}
