package io.storyline.clean.meta;

import io.storyline.clean.PageHints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the page's publisher and the original it credits. The publisher comes, in order of trust, from the
 * markup's site name, the page naming itself ("connect with the X", "X provides the information", a feed
 * signature "from X – …", a provider prefix "(X- Provider)"), the address, the reporters' e-mail domains, a
 * copyright holder, the bare host; a copying site with no name of its own falls back to the credited original.
 */
public final class OutletResolver {

    /** Both outlet fields; either may be null. */
    public record Outlets(Evidenced outlet, Evidenced originalOutlet) {
    }

    private record Candidate(String name, String evidence, int priority) {
    }

    private static final String NAME = "((?:The )?\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d&'’.-]*|of|and|&)){0,5})";
    private static final Pattern CONNECT_WITH = Pattern.compile("\\bconnect with (?:the )?" + NAME);
    private static final Pattern PROVIDES_INFO = Pattern.compile(NAME + " provides (?:the|this) information");
    private static final Pattern FEED_SIGNATURE = Pattern.compile("^\\s*from " + NAME + " [–—-] ");
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "(?:©|Copyright|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?,?\\s*" + NAME);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)");
    private static final Pattern BOILERPLATE_WORD = Pattern.compile(
            "\\b(?:All|Rights|Reserved|Terms|Privacy|Policy|Cookies?|Contact|Help|Provided|Ad|Ads|Advertis\\p{L}*|"
                    + "Subscribe|Sign|Log|Home|Menu|Search|About|Explore|EXPLORE|We|Our|Use|Site|Sitemap|Notice|Hosted)\\b");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "\\b(?:Inc|Ltd|Limited|LLC|Group|Media|Network|Productions|Corporation|Corp|Company|Holdings|GmbH|AG|SA|Interactive)\\b\\.?$");
    private static final Pattern ARCHIVE_ID = Pattern.compile("^([A-Z]{3})_[A-Z]{3}_\\d{8}\\.\\d{4}$");
    private static final Pattern HANDLE = Pattern.compile("^@\\w+$");
    private static final Pattern ADDRESS = Pattern.compile("^(?:https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);
    /** How many opening lines a masthead may sit in (a text dump may open with a blank or a date line). */
    private static final int MASTHEAD_LINES = 3;
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^(?:the|all|by|copyright|rights|reserved)$");

    private final NewsOutletGazetteer gazetteer;
    private final WireAgencies agencies;
    private final CreditReader credits;

    public OutletResolver(NewsOutletGazetteer gazetteer, WireAgencies agencies) {
        this.gazetteer = gazetteer;
        this.agencies = agencies;
        this.credits = new CreditReader(agencies);
    }

    public Outlets resolve(List<String> lines, PageHints hints, String url) {
        Optional<CreditReader.Credit> credit = credits.credit(lines);
        Evidenced original = credit.map(c -> new Evidenced(c.name(), c.evidence())).orElse(null);

        List<Candidate> candidates = new ArrayList<>();
        Optional<String> host = NewsOutletGazetteer.hostOf(Optional.ofNullable(url).orElse(hints.url()));
        siteName(hints, host).ifPresent(candidates::add);
        masthead(lines).ifPresent(candidates::add);
        String joined = String.join(" ", lines.stream().map(String::strip).toList());
        selfReference(CONNECT_WITH, joined, "self-reference", candidates);
        selfReference(PROVIDES_INFO, joined, "self-reference", candidates);
        for (String line : lines) selfReference(FEED_SIGNATURE, line, "feed signature", candidates);
        credits.providerPrefix(lines).ifPresent(p -> candidates.add(
                new Candidate(p.outlet(), "provider prefix '" + p.evidence() + "'", 8)));
        host.flatMap(gazetteer::outletOf).ifPresent(n -> candidates.add(new Candidate(n, "address " + host.get(), 7)));
        for (Matcher m = EMAIL.matcher(joined); m.find(); ) {
            String domain = m.group(1);
            gazetteer.outletOf(domain).ifPresent(n -> candidates.add(new Candidate(n, "reporter e-mail " + m.group(), 6)));
        }
        for (String line : lines) {
            for (Matcher m = COPYRIGHT_HOLDER.matcher(line); m.find(); ) {
                String holder = trimName(m.group(1));
                if (holder != null && agencies.agencyOf(holder).isEmpty() && !agencies.namedIn(holder)) {
                    // "Vox Media", "Telegraph Media Group Limited": the owning company, a weaker name than the brand
                    boolean company = COMPANY_SUFFIX.matcher(holder).find();
                    candidates.add(new Candidate(holder, (company ? "owning company" : "copyright holder")
                            + " '" + m.group().strip() + "'", company ? 2 : 5));
                }
            }
        }
        host.ifPresent(h -> candidates.add(new Candidate(h, "host of the address", 3)));
        if (original != null) candidates.add(new Candidate(original.value(), "no name of its own; credits " + original.evidence(), 1));

        Outlets none = new Outlets(null, original);
        return candidates.stream().max(Comparator.comparingInt(Candidate::priority))
                .map(best -> new Outlets(new Evidenced(best.name(), withAgreement(best, candidates)), original))
                .orElse(none);
    }

    /**
     * The markup's site name when it is a publication's name. A bare address stands for its host ("hawaiinewsnow.com");
     * a handle ("@politifact"), a section or country ("U.S.") or a hosting word ("Hosted") is no name; a lower-case
     * single word that is the host's own label ("cleveland" on cleveland.com) reads better as the host.
     */
    private Optional<Candidate> siteName(PageHints hints, Optional<String> host) {
        String name = hints.siteName() == null ? "" : hints.siteName().strip();
        String how = "site name in the markup (" + hints.sourceOf("siteName") + ") '" + name + "'";
        if (name.isEmpty() || HANDLE.matcher(name).matches() || gazetteer.isNotAName(name)) return Optional.empty();
        if (ADDRESS.matcher(name).matches()) {
            return NewsOutletGazetteer.hostOf(name.matches("(?i)^https?://.*") ? name : "http://" + name)
                    .map(h -> new Candidate(h, how + ", an address", 9));
        }
        if (host.isPresent() && name.matches("\\p{Ll}+") && host.get().startsWith(name + ".")) {
            return Optional.of(new Candidate(host.get(), how + ", the host's label", 9));
        }
        return Optional.of(new Candidate(name, how, 10));
    }

    /** A text page opening with a line that is an outlet's name ("Associated Press") or a news archive's story id. */
    private Optional<Candidate> masthead(List<String> lines) {
        List<String> opening = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).limit(MASTHEAD_LINES).toList();
        for (String line : opening) {
            Optional<String> named = outletOfLine(line);
            if (named.isPresent()) return Optional.of(new Candidate(named.get(), "outlet line '" + line + "'", 9));
            Matcher id = ARCHIVE_ID.matcher(line);
            if (id.matches()) {
                Optional<String> archived = gazetteer.outletOfArchiveCode(id.group(1));
                if (archived.isPresent()) return Optional.of(new Candidate(archived.get(), "news archive story id '" + line + "'", 9));
            }
        }
        return Optional.empty();
    }

    private Optional<String> outletOfLine(String line) {
        return gazetteer.outletNamed(line).or(() -> agencies.agencyOf(line));
    }

    /** Whether a line is only an outlet's name, a masthead and never a headline. */
    boolean isOutletLine(String line) {
        return line != null && (outletOfLine(line).isPresent() || ARCHIVE_ID.matcher(line.strip()).matches());
    }

    private void selfReference(Pattern p, String text, String how, List<Candidate> out) {
        Matcher m = p.matcher(text);
        if (!m.find()) return;
        String name = trimName(m.group(1));
        if (name != null) out.add(new Candidate(name, how + " '" + m.group().strip() + "'", 8));
    }

    /** Drops trailing joiners and leading articles that the name pattern may swallow. */
    private static String trimName(String raw) {
        String name = raw.strip();
        int sentenceEnd = name.indexOf(". ");
        if (sentenceEnd > 0) name = name.substring(0, sentenceEnd); // "Example Group. All rights reserved"
        Matcher boilerplate = BOILERPLATE_WORD.matcher(name);
        if (boilerplate.find()) name = name.substring(0, boilerplate.start()); // "Example Post Help and Contact Us"
        name = name.strip().replaceAll("(?:\\s+(?:of|and|&))+$", "").replaceAll("[.,]$", "");
        if (name.isEmpty() || NOT_A_NAME.matcher(name).matches()) return null;
        return name;
    }

    private static String withAgreement(Candidate best, List<Candidate> all) {
        List<String> agreeing = all.stream().filter(c -> c != best && c.name().equalsIgnoreCase(best.name()))
                .map(Candidate::evidence).distinct().limit(2).toList();
        return agreeing.isEmpty() ? best.evidence() : best.evidence() + " | agrees: " + String.join(" | ", agreeing);
    }
}
