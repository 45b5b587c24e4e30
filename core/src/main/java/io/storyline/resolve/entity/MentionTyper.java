package io.storyline.resolve.entity;

import io.storyline.nlp.EntityMention;
import io.storyline.language.LexiconFile;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the type a tagger gave a mention against the name and the words around it, each from a list users can
 * extend: a unit ("Tbsp") is no name at all; a name right after a vessel word ("the ship Mavi Marmara") is a
 * vessel and one right before a product word ("Stadia streaming service") a product, both MISC rather than a
 * person or a place; a country or an organisation the {@link KnownNames} know takes their type, and so does a
 * company they know with its legal form when its bare name acts ("Amazon said", not the Amazon river); a courtesy word
 * ("Ms. Bettencourt") makes a person. Otherwise the tagger's type stands.
 */
final class MentionTyper {
    private static final Set<String> UNITS = Set.copyOf(LexiconFile.lines(MentionTyper.class, "units.txt"));
    private static final Set<String> VESSEL_WORDS = Set.copyOf(LexiconFile.lines(MentionTyper.class, "vessel-words.txt"));
    private static final Set<String> PRODUCT_WORDS = Set.copyOf(LexiconFile.lines(MentionTyper.class, "product-words.txt"));
    /** Verbs of saying and acting (shared with {@link CountryReferences}): a place does not say or announce. */
    private static final Set<String> ACTING_VERBS = Set.copyOf(LexiconFile.lines(MentionTyper.class, "capital-verbs.txt"));
    /** How far around a mention its context words are looked for. */
    private static final int CONTEXT_CHARS = 40;

    private final KnownNames known;

    MentionTyper(KnownNames known) {
        this.known = known;
    }

    /**
     * The mention's type and, when a rule rather than the tagger decided it, why; empty when it names nothing.
     *
     * @param name the mention's cleaned name
     */
    Optional<Typed> type(String text, EntityMention m, String name) {
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (UNITS.contains(plain)) {
            return Optional.empty();
        }
        String before = wordBefore(text, m.start());
        if (before != null && VESSEL_WORDS.contains(before)) {
            return Optional.of(new Typed("MISC", null, "a vessel: after '" + before + "'"));
        }
        String after = wordAfter(text, m.end());
        if (after != null && PRODUCT_WORDS.contains(after)) {
            return Optional.of(new Typed("MISC", null, "a product: before '" + after + "'"));
        }
        if (NameForms.hasHonorific(name)) {
            return Optional.of(new Typed("PERSON", null, m.type().equals("PERSON") ? null : "a courtesy word"));
        }
        Optional<KnownNames.Known> k = known.of(name);
        if (k.isPresent() && k.get().byAffiliation() && m.type().equals("PERSON") && name.contains(" ")) {
            // Khaled Meshaal is coded as Hamas: a person of the group, not the group
            return Optional.of(new Typed("PERSON", k.get().id(), k.get().why() + " (a member of it)"));
        }
        if (k.isPresent()) {
            return Optional.of(new Typed(k.get().type(), k.get().id(), k.get().why()));
        }
        Optional<KnownNames.Known> company = known.companyBareNamed(name);
        if (company.isPresent() && after != null && ACTING_VERBS.contains(after)) {
            return Optional.of(new Typed("ORGANIZATION", company.get().id(),
                    company.get().why() + ", and it '" + after + "' as a company does"));
        }
        return Optional.of(new Typed(m.type(), null, null));
    }

    /**
     * A mention's type.
     *
     * @param knownId the stable id of a known name, or null
     * @param why     the rule that set the type, or null when it is the tagger's
     */
    record Typed(String type, String knownId, String why) {
    }

    /** The word right before the mention, past "the"/"a"/"an", not across punctuation; or null. */
    private static String wordBefore(String text, int start) {
        if (text == null || start <= 0 || start > text.length()) {
            return null;
        }
        Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, start - CONTEXT_CHARS), start));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+(?:(?:the|a|an)\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private static String wordAfter(String text, int end) {
        if (text == null || end < 0 || end >= text.length()) {
            return null;
        }
        String rest = text.substring(end, Math.min(text.length(), end + CONTEXT_CHARS)).toLowerCase(Locale.ROOT);
        // a word right after, not across a sentence or a clause
        if (!rest.matches("(?s)^\\s+\\p{L}.*")) {
            return null;
        }
        return rest.strip().split("[^\\p{L}]+")[0];
    }
}
