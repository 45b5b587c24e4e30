package io.storyline.resolve.entity;

import io.storyline.nlp.EntityMention;
import io.storyline.language.LexiconFile;
import io.storyline.nlp.RoleMention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        mergeAcronyms(groups);
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

    /** Adds a mention and its spelling; a name written after a courtesy word is listed with it and without it. */
    private static void add(NameGroup group, int mention, String surface) {
        group.mentions.add(mention);
        if (group.article.feedsNames()) {
            group.surfaces.add(NameForms.withoutCourtesy(surface));
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

    /** "NATO" and "North Atlantic Treaty Organization" in one article are one organisation. */
    private static void mergeAcronyms(List<NameGroup> groups) {
        for (NameGroup acronym : List.copyOf(groups)) {
            if (!acronym.type.equals("ORGANIZATION") || !Acronyms.isAcronym(acronym.name)) {
                continue;
            }
            for (NameGroup full : groups) {
                if (full != acronym && full.type.equals("ORGANIZATION") && Acronyms.expands(acronym.name, full.name)) {
                    full.mentions.addAll(acronym.mentions);
                    full.surfaces.addAll(acronym.surfaces);
                    full.reasons.add(new MergeReason("acronym", 1.0, acronym.name, full.name));
                    groups.remove(acronym);
                    break;
                }
            }
        }
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
