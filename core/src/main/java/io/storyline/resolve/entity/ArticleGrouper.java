package io.storyline.resolve.entity;

import io.storyline.nlp.EntityMention;
import io.storyline.language.LexiconFile;
import io.storyline.nlp.RoleMention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups one article's mentions by what they name: equal name keys; a one-word person name with the full name it
 * belongs to ("Kim stated" → Kim Sung-han, nearest earlier mention first); an acronym with its expansion
 * ("NATO" → North Atlantic Treaty Organization). Attaches titles written against a name ("NATO Secretary General
 * Jens Stoltenberg", "Lim Soo-suk, spokesperson for the Foreign Ministry").
 */
final class ArticleGrouper {
    private static final List<String> BOILERPLATE = LexiconFile.lines(ArticleGrouper.class, "boilerplate-prefixes.txt");
    private static final Set<String> LEADING_FUNCTION_WORDS =
            Set.copyOf(LexiconFile.lines(ArticleGrouper.class, "leading-function-words.txt"));
    private final MentionTyper typer = new MentionTyper(KnownNames.standard());

    List<NameGroup> group(ArticleMentions article) {
        List<NameGroup> groups = new ArrayList<>();
        Map<String, NameGroup> byKey = new LinkedHashMap<>();
        List<EntityMention> mentions = article.entities();
        List<Integer> partials = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            String name = nameOf(article, m);
            if (name.isEmpty() || NameKey.tokens(name).isEmpty()) {
                continue;
            }
            Optional<MentionTyper.Typed> typed = typer.type(article.text(), m, name);
            if (typed.isEmpty()) {
                continue;
            }
            String type = typed.get().type();
            NameGroup probe = new NameGroup(article, type, name);
            if (probe.partial()) {
                partials.add(i);
                continue;
            }
            String groupKey = type + "|" + probe.key;
            NameGroup same = byKey.get(groupKey);
            if (same != null && !RomanisationGuard.mayJoin(type, same.name, name)) {
                groupKey += "|" + name; // Europe and Europa in one article: one key, two places
            }
            NameGroup group = byKey.computeIfAbsent(groupKey, k -> {
                groups.add(probe);
                return probe;
            });
            group.typed(typed.get().knownId(), typed.get().why());
            add(group, i, name);
        }
        for (int i : partials) {
            attachPartial(article, i, groups, byKey);
        }
        mergeAcronyms(article, groups);
        mergeBracketedNames(article, groups);
        mergeKnownShortForms(groups);
        attachUntaggedSurnames(article, groups);
        attachTitles(article, groups);
        attachReferences(article, groups);
        attachCountryReferences(article, groups, byKey);
        return groups;
    }

    /**
     * "Turkish officials" and "Seoul urged" stand for the country: each is a reference of the country's entity,
     * which a country never named in the article gets through them.
     */
    private void attachCountryReferences(ArticleMentions article, List<NameGroup> groups, Map<String, NameGroup> byKey) {
        if (!article.feedsNames()) {
            return;
        }
        for (CountryReferences.Found f : CountryReferences.standard().find(article.text(), article.entities())) {
            NameGroup probe = new NameGroup(article, "LOCATION", f.country());
            NameGroup country = byKey.computeIfAbsent("LOCATION|" + probe.key, k -> {
                groups.add(probe);
                KnownNames.standard().of(f.country()).ifPresent(known -> probe.typed(known.id(), known.why()));
                return probe;
            });
            country.references.add(new Entity.Reference(article.articleId(), f.surface(), f.start(), f.end(), f.how()));
        }
    }

    /**
     * Adds a mention and its spelling; a name written after a courtesy word is listed with it and without it, a
     * place written with the kind of region after it too ("Gansu Province" goes by Gansu).
     */
    private static void add(NameGroup group, int mention, String surface) {
        group.mentions.add(mention);
        if (group.article.feedsNames()) {
            group.surfaces.add(group.type.equals("LOCATION") ? NameForms.core("LOCATION", surface) : NameForms.withoutCourtesy(surface));
            group.surfaces.add(surface);
        }
    }

    /**
     * A one-word person name joins the full name in this article that has that word, nearest earlier first; when
     * no person's full name has it, the one name of another type that ends with it, which is then a person's
     * (the tagger took "Liliane Bettencourt" for a place, but "Ms. Bettencourt" is a person).
     */
    private static void attachPartial(ArticleMentions article, int index, List<NameGroup> groups, Map<String, NameGroup> byKey) {
        String name = nameOf(article, article.entities().get(index));
        NameGroup probe = new NameGroup(article, "PERSON", name);
        NameGroup best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (NameGroup g : groups) {
            if (!g.type.equals("PERSON") || g.partial() || Collections.disjoint(g.wordKeys, probe.wordKeys)) {
                continue;
            }
            for (int other : g.mentions) {
                int distance = other < index ? index - other : 10_000 + other - index;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = g;
                }
            }
        }
        if (best == null) {
            best = mistypedFullName(groups, probe);
        }
        if (best != null) {
            add(best, index, name); // "Stoltenberg" is then one of Jens Stoltenberg's aliases
            best.reasons.add(new MergeReason("one-word name in the same article", 0.9, name, best.name));
            return;
        }
        NameGroup own = byKey.computeIfAbsent("PERSON|" + probe.key, k -> {
            groups.add(probe);
            return probe;
        });
        add(own, index, name);
    }

    /**
     * The one name of the article not typed as a person whose last word is this person's surname, retyped as a
     * person's; not a name a dictionary knows, nor one with an English word ("Bank", "Iron Lady …"), nor a one-word one.
     */
    private static NameGroup mistypedFullName(List<NameGroup> groups, NameGroup surname) {
        NameGroup found = null;
        for (NameGroup g : groups) {
            if (!g.mayBeAPersonNamed(surname.wordKeys)) {
                continue;
            }
            if (found != null) {
                return null; // two names end with it: the surname says nothing about which
            }
            found = g;
        }
        if (found != null) {
            found.retype("PERSON", "a person: its last word '" + surname.name + "' is used alone as a person's name");
        }
        return found;
    }

    /**
     * "NATO" and "North Atlantic Treaty Organization" in one article are one organisation; so are "BOCOG" and
     * "Beijing Organizing Committee" when the article defines the acronym in brackets after a longer form of the
     * name ("the Beijing Organizing Committee for the 2008 Olympic Games (BOCOG)"), whatever the tagger typed it.
     */
    private static void mergeAcronyms(ArticleMentions article, List<NameGroup> groups) {
        for (NameGroup acronym : List.copyOf(groups)) {
            if (acronym.type.equals("PERSON") || !Acronyms.isAcronym(acronym.name)) {
                continue;
            }
            for (NameGroup full : groups) {
                if (full == acronym || !full.type.equals("ORGANIZATION")) {
                    continue;
                }
                String how = acronym.type.equals("ORGANIZATION") && Acronyms.expands(acronym.name, full.name) ? "acronym"
                        : definedInBrackets(article, acronym.name, full) ? "acronym defined in brackets after a longer form of the name"
                        : null;
                if (how != null) {
                    absorb(groups, full, acronym, how);
                    break;
                }
            }
        }
    }

    /** The part's mentions and spellings become the whole's, with the reason. */
    private static void absorb(List<NameGroup> groups, NameGroup whole, NameGroup part, String how) {
        whole.mentions.addAll(part.mentions);
        whole.surfaces.addAll(part.surfaces);
        whole.reasons.add(new MergeReason(how, 1.0, part.name, whole.name));
        groups.remove(part);
    }

    /** An organisation's name in brackets right after it: "(Hamas)" after "the Palestinian Islamic Resistance Movement". */
    private static final Pattern BRACKETED = Pattern.compile("^\\s*\\(([^()]{2,40})\\)");

    /**
     * "the Palestinian Islamic Resistance Movement (Hamas)": an organisation's name in brackets right after a longer
     * organisation's name is another name of it, as an acronym there is.
     */
    private static void mergeBracketedNames(ArticleMentions article, List<NameGroup> groups) {
        String text = article.text();
        if (text == null) {
            return;
        }
        for (NameGroup full : List.copyOf(groups)) {
            if (!groups.contains(full) || !full.type.equals("ORGANIZATION") || full.tokenCount() < 2) {
                continue;
            }
            for (int index : List.copyOf(full.mentions)) {
                Matcher bracket = BRACKETED.matcher(text.substring(article.entities().get(index).end()));
                NameGroup named = bracket.find() ? groupNamed(groups, bracket.group(1).strip()) : null;
                if (named != null && named != full && named.type.equals("ORGANIZATION") && named.tokenCount() < full.tokenCount()) {
                    absorb(groups, full, named, "name in brackets right after the longer name");
                }
            }
        }
    }

    /**
     * "Tamil Tigers" and "Liberation Tigers of Tamil Eelam" in one article: two organisations' names the
     * dictionaries give one code, all words of the shorter in the longer. The words alone are not enough ("Bank of
     * China", "China Construction Bank"), nor is the code (a country's rebels share one).
     */
    private static void mergeKnownShortForms(List<NameGroup> groups) {
        for (NameGroup part : List.copyOf(groups)) {
            if (!part.type.equals("ORGANIZATION") || part.knownId == null) {
                continue;
            }
            Set<String> words = Set.copyOf(part.tokenKeys);
            for (NameGroup whole : groups) {
                if (whole != part && whole.type.equals("ORGANIZATION") && part.knownId.equals(whole.knownId)
                        && whole.tokenKeys.size() > words.size() && whole.tokenKeys.containsAll(words)) {
                    absorb(groups, whole, part, "words of a longer name the dictionaries give the same code ("
                            + part.knownId + ")");
                    break;
                }
            }
        }
    }

    private static NameGroup groupNamed(List<NameGroup> groups, String name) {
        return groups.stream().filter(g -> g.goesBy(name)).findFirst().orElse(null);
    }

    /** How far after the start of a name an acronym in brackets may define it. */
    private static final int DEFINITION_CHARS = 100;

    /**
     * Whether a mention of {@code full} starts a phrase of the same sentence followed by "(ACRONYM)" whose
     * capitalised words spell the acronym.
     */
    private static boolean definedInBrackets(ArticleMentions article, String acronym, NameGroup full) {
        String text = article.text();
        if (text == null) {
            return false;
        }
        for (int index : full.mentions) {
            EntityMention m = article.entities().get(index);
            int bracket = text.indexOf("(" + acronym + ")", m.end());
            if (bracket < 0 || bracket - m.start() > DEFINITION_CHARS) {
                continue;
            }
            String phrase = text.substring(m.start(), bracket);
            if (!phrase.matches("(?s).*[.;:!?()].*") && Acronyms.capitalInitials(phrase).equals(acronym.replace(".", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A surname written alone that the tagger missed, in the text or the title ("Germany's Merkel condemns …" over
     * "Chancellor Angela Merkel"), is a reference of the one full name in the article ending with it; not a
     * surname two full names share, an English word ("Young") or a place the dictionaries know, nor where a tagged
     * mention already covers it.
     */
    private static void attachUntaggedSurnames(ArticleMentions article, List<NameGroup> groups) {
        if (article.text() == null || !article.feedsNames()) {
            return;
        }
        Map<String, NameGroup> bySurname = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        for (NameGroup g : groups) {
            String[] words = NameForms.core(g.type, g.name).split("\\s+");
            if (!g.type.equals("PERSON") || words.length < 2) {
                continue;
            }
            String surname = words[words.length - 1];
            NameGroup before = bySurname.putIfAbsent(surname, g);
            if (before != null && before != g) {
                shared.add(surname);
            }
        }
        bySurname.keySet().removeAll(shared);
        for (Map.Entry<String, NameGroup> e : bySurname.entrySet()) {
            String surname = e.getKey();
            if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0)) || EnglishWords.isCommon(surname)
                    || KnownNames.standard().isPlace(surname)) {
                continue;
            }
            Pattern alone = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(surname) + "(?![\\p{L}\\p{N}-])");
            NameGroup person = e.getValue();
            refer(person, alone, article.text(), article.entities(), "written alone, not tagged");
            if (article.title() != null) {
                refer(person, alone, article.title(), List.of(), "written alone in the title (offsets in the title)");
            }
        }
    }

    /** Each place in {@code text} the surname stands alone, outside the tagged mentions, is a reference of the person. */
    private static void refer(NameGroup person, Pattern surname, String text, List<EntityMention> mentions, String how) {
        for (Matcher found = surname.matcher(text); found.find(); ) {
            if (!tagged(mentions, found.start(), found.end())) {
                person.references.add(new Entity.Reference(person.article.articleId(), found.group(), found.start(),
                        found.end(), "surname of " + person.name + " " + how));
                person.surfaces.add(found.group());
            }
        }
    }

    private static boolean tagged(List<EntityMention> mentions, int start, int end) {
        return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    private static void attachTitles(ArticleMentions article, List<NameGroup> groups) {
        if (!article.feedsNames()) {
            return;
        }
        String text = article.text();
        for (NameGroup g : groups) {
            if (!g.type.equals("PERSON")) {
                continue;
            }
            for (int index : g.mentions) {
                EntityMention m = article.entities().get(index);
                for (RoleMention role : article.roles()) {
                    boolean before = role.end() <= m.start() && text.substring(role.end(), m.start()).isBlank()
                            && m.start() - role.end() <= 2;
                    boolean apposition = role.start() >= m.end() && role.start() - m.end() <= 3
                            && text.substring(m.end(), role.start()).strip().equals(",")
                            && !titlesANameAfterIt(role, article.entities());
                    if (before || apposition) {
                        g.titles.add(clean(role.surface()));
                    }
                }
            }
        }
    }

    /** "the NATO chief" counts as a mention of the person whose title it echoes. */
    private static void attachReferences(ArticleMentions article, List<NameGroup> groups) {
        for (var ref : article.references()) {
            for (NameGroup g : groups) {
                if (g.mentions.contains(ref.personMention())) {
                    g.references.add(new Entity.Reference(article.articleId(), ref.surface(), ref.start(), ref.end(), ref.how()));
                    break;
                }
            }
        }
    }

    /** "…, Foreign Minister Park Jin": a role right before a name is that name's, not the previous one's. */
    private static boolean titlesANameAfterIt(RoleMention role, List<EntityMention> mentions) {
        for (EntityMention m : mentions) {
            if (m.type().equals("PERSON") && m.start() >= role.end() && m.start() - role.end() <= 2) {
                return true;
            }
        }
        return false;
    }

    /** A mention's name as compared and listed: cleaned, with a courtesy word the tagger left out before it. */
    private static String nameOf(ArticleMentions article, EntityMention m) {
        String name = clean(m.surface());
        return name.isEmpty() ? name : NameForms.withCourtesyBefore(article.text(), m.start(), name);
    }

    /**
     * The name without page furniture glued before it ("Media captionJulian Assange"), a leading article or
     * sentence-opening word ("But Meshaal") or a trailing possessive.
     */
    static String clean(String surface) {
        String s = surface.strip().replaceAll("\\s+", " ");
        for (String prefix : BOILERPLATE) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length()).strip();
            }
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("the ")) {
            s = s.substring(4);
        }
        int space = s.indexOf(' ');
        if (space > 0 && LEADING_FUNCTION_WORDS.contains(s.substring(0, space))) {
            s = s.substring(space + 1); // "But Meshaal" at a sentence's start is Meshaal
        }
        if (s.endsWith("'s") || s.endsWith("’s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.strip();
    }
}
