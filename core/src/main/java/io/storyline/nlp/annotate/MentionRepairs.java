package io.storyline.nlp.annotate;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.RoleMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Corrections to the statistical tagger's spans that follow from the news itself rather than from CoNLL-2003,
 * which has almost no East Asian names: a family name with a hyphenated given name ("Lee Jong-Sup",
 * "Kim Sung-han") is one person, whatever the tagger made of it; and a title or role ("National Security
 * Adviser") is a role, never an organisation.
 */
final class MentionRepairs {
    private static final Set<String> FAMILY_NAMES = familyNames();
    /** Family name, then a capitalised hyphenated syllable pair, as romanised Korean and Chinese given names are written. */
    private static final Pattern HYPHENATED_NAME = Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}{0,5}) (\\p{Lu}\\p{Ll}+-\\p{L}\\p{Ll}+)\\b");

    /**
     * Honorifics and titles that a sentence-initial capital can glue to a name ("Mayor Anna Lindqvist"); CoNLL
     * never includes them in a PERSON span, so neither do we. Roles themselves are tagged by the role tagger.
     */
    private static final Set<String> LEADING_TITLES = Set.of("mr", "mrs", "ms", "dr", "mayor", "president",
            "minister", "premier", "chancellor", "senator", "sen", "rep", "gov", "governor", "general", "gen",
            "secretary", "king", "queen", "prince", "princess", "pope", "judge", "justice", "professor", "prof",
            "sir", "lord", "lady", "chairman", "chairwoman", "ambassador", "envoy", "captain", "colonel",
            "lieutenant", "sergeant", "commander", "admiral", "bishop", "cardinal", "sheikh", "emir", "sultan");

    private MentionRepairs() {
    }

    /** The PERSON spans without a leading honorific or title. */
    static List<EntityMention> withoutLeadingTitles(List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            EntityMention trimmed = m;
            while (trimmed.type().equals("PERSON")) {
                String surface = trimmed.surface();
                int space = surface.indexOf(' ');
                String first = space < 0 ? "" : surface.substring(0, space).replace(".", "").toLowerCase(java.util.Locale.ROOT);
                if (space < 0 || !LEADING_TITLES.contains(first)) {
                    break;
                }
                int cut = space + 1;
                trimmed = new EntityMention("PERSON", surface.substring(cut), trimmed.start() + cut, trimmed.end());
            }
            out.add(trimmed);
        }
        return out;
    }

    /** The tagger's mentions with every "Family Given-name" person made whole, overlapping spans giving way. */
    static List<EntityMention> completeNames(String text, List<EntityMention> mentions) {
        List<EntityMention> people = new ArrayList<>();
        Matcher m = HYPHENATED_NAME.matcher(text);
        while (m.find()) {
            if (FAMILY_NAMES.contains(m.group(1))) {
                people.add(new EntityMention("PERSON", m.group(), m.start(), m.end()));
            }
        }
        if (people.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(people);
        for (EntityMention mention : mentions) {
            if (people.stream().noneMatch(p -> p.start() < mention.end() && mention.start() < p.end())) {
                out.add(mention);
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /** The mentions without organisations and others that are really a title or role span. */
    static List<EntityMention> withoutRoles(List<EntityMention> mentions, List<RoleMention> roles) {
        return withoutRoles(mentions, roles, new LongAdder());
    }

    /**
     * As {@link #withoutRoles(List, List)}, counting the role spans looked at in {@code probes}. A sweep, not a
     * test of every mention against every role (which took minutes on a long page): roles sorted by start, with
     * the furthest end reached so far, so a mention lies inside some role exactly when the furthest end of the
     * roles starting at or before it reaches its end.
     */
    static List<EntityMention> withoutRoles(List<EntityMention> mentions, List<RoleMention> roles, LongAdder probes) {
        List<RoleMention> byStart = roles.stream().sorted(Comparator.comparingInt(RoleMention::start)).toList();
        int[] starts = new int[byStart.size()];
        int[] furthestEnd = new int[byStart.size()];
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = byStart.get(i).start();
            furthest = Math.max(furthest, byStart.get(i).end());
            furthestEnd[i] = furthest;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            if (m.type().equals("PERSON") || !insideAny(starts, furthestEnd, m, probes)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean insideAny(int[] starts, int[] furthestEnd, EntityMention m, LongAdder probes) {
        int lo = 0;
        int hi = starts.length - 1;
        int last = -1; // the last role starting at or before the mention
        while (lo <= hi) {
            probes.increment();
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= m.start()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && furthestEnd[last] >= m.end();
    }

    private static Set<String> familyNames() {
        var in = MentionRepairs.class.getResourceAsStream("/io/storyline/nlp/east-asian-family-names.txt");
        if (in == null) {
            throw new IllegalStateException("east-asian-family-names.txt missing from the class path");
        }
        try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
