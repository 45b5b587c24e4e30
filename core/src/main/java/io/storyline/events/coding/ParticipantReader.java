package io.storyline.events.coding;

import io.storyline.events.ArticleInput;
import io.storyline.events.CountryTable;
import io.storyline.events.ResolvedEntities;
import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.EntityMention;
import io.storyline.language.LexiconFile;
import io.storyline.nlp.Quote;
import io.storyline.nlp.RoleMention;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.UniversalPos;
import io.storyline.resolve.entity.Entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells who a participant word of one article's tree stands for, the way an event database codes actors: a resolved
 * entity where the word lies in one (a country's adjective or capital standing alone as the country: "Paris urged",
 * "the Russians"); a role held by a person named in the corpus ("the NATO chief"); a personal pronoun as the person
 * who acted last or was named last; "I"/"we" inside a quote as its speaker; "the two leaders" as the last two
 * persons named; and any other noun phrase ("Russian police", "gunmen") by its words, with the country and sector
 * the {@link ActorDictionary} gives it. One reader per article: it remembers the person who acted last.
 */
public final class ParticipantReader {
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    private static final Set<String> FIRST_PERSON_SINGULAR = Set.of("i", "me");
    /** Determiners dropped from a common-noun actor's name. */
    private static final Set<String> NAME_RELATIONS = Set.of("amod", "compound", "flat", "nummod", "nmod:poss");
    private static final int PERSON_MEMORY_CHARS = 1500;

    /** A participant: its entity ids (none for "gunmen"), the words naming it, its country/sector code, and why. */
    public record Participant(List<String> ids, String name, ActorCode code, String how) {
        public Participant {
            ids = List.copyOf(ids);
        }
    }

    private final ArticleInput article;
    private final ResolvedEntities directory;
    private final CountryTable countries;
    private final ActorDictionary actors;
    private static final Set<String> ANAPHORIC_ACTS = Set.copyOf(LexiconFile.lines(ParticipantReader.class,
            "/io/storyline/events/anaphoric-acts.txt"));
    /** The actors of the events read so far, in text order. */
    private final List<List<String>> actedBefore = new ArrayList<>();
    private String lastPersonActor;
    private int lastPersonActorAt = -1;

    public ParticipantReader(ArticleInput article, ResolvedEntities directory, CountryTable countries,
                             ActorDictionary actors) {
        this.article = article;
        this.directory = directory;
        this.countries = countries;
        this.actors = actors;
    }

    /** Remembers who acted at {@code offset}: a person for a later "he", anyone for a later "the decision". */
    public void acted(List<String> ids, int offset) {
        if (!ids.isEmpty()) {
            actedBefore.add(List.copyOf(ids));
        }
        for (String id : ids) {
            if (directory.get(id).map(e -> e.type().equals("PERSON")).orElse(false)) {
                lastPersonActor = id;
                lastPersonActorAt = offset;
                return;
            }
        }
    }

    /** Who word {@code head} of the tree stands for; empty for words that name no one (relative pronouns, "it"). */
    public Optional<Participant> read(DependencyTree tree, int head) {
        SyntaxNode node = tree.node(head);
        String word = node.text().toLowerCase(Locale.ROOT);
        if (node.pos() == UniversalPos.PRON) {
            return pronoun(node, word);
        }
        Optional<Participant> entity = entityAt(tree, head);
        if (entity.isPresent()) {
            return entity;
        }
        Optional<Participant> role = role(tree, head).or(() -> officeHolder(tree, head));
        if (role.isPresent()) {
            return role;
        }
        if (node.pos() != UniversalPos.NOUN && node.pos() != UniversalPos.PROPN) {
            return Optional.empty();
        }
        String name = name(tree, head);
        List<String> nameWords = nameNodes(tree, head).stream().map(SyntaxNode::text).toList();
        if (!actors.endsInActor(nameWords)) {
            // a common noun is an actor only as the dictionaries know it ("threats" acts on no one), or as its
            // people's adjective tells whose it is: "sanctions on Russian ships" target Russia
            return demonymOf(tree, head);
        }
        Optional<ActorCode> code = actors.resolve(nameWords);
        Optional<Participant> pair = pairOfPersons(tree, head, code);
        if (pair.isPresent()) {
            return pair;
        }
        if (code.isEmpty()) {
            return Optional.empty();
        }
        String country = code.get().country();
        List<String> ids = List.of();
        // a people's adjective alone ("the Russians", "Israelis") is the country itself
        if (country != null && countryOf(node.text()).isPresent() && !countries.isCapital(node.text())) {
            ids = countryOf(node.text()).flatMap(directory::named).map(e -> List.of(e.id())).orElse(List.of());
        }
        return Optional.of(new Participant(ids, name, code.get(), "'" + name + "' coded " + code.get().label()
                + " from " + code.get().matched()));
    }

    private Optional<Participant> pronoun(SyntaxNode node, String word) {
        if (FIRST_PERSON.contains(word)) {
            for (Quote q : article.annotations().quotes()) {
                if (q.start() <= node.token().start() && node.token().end() <= q.end() && q.speaker() != null) {
                    Optional<String> id = idOf(q.speaker());
                    if (id.isEmpty()) {
                        continue;
                    }
                    if (FIRST_PERSON_SINGULAR.contains(word)) {
                        return Optional.of(new Participant(List.of(id.get()), q.speaker().surface(), null,
                                "'" + node.text() + "' in a quote of " + q.speaker().surface()));
                    }
                    // "we" is the body the speaker speaks for, which only their title can name
                    return affiliationOf(id.get()).map(body -> new Participant(List.of(body.id()), body.name(), null,
                            "'" + node.text() + "' in a quote of " + q.speaker().surface() + ", for " + body.name()
                                    + " that their title names"));
                }
            }
            return Optional.empty();
        }
        if (!PERSONAL.contains(word)) {
            return Optional.empty();
        }
        int at = node.token().start();
        if (lastPersonActor != null && at - lastPersonActorAt < PERSON_MEMORY_CHARS) {
            return Optional.of(new Participant(List.of(lastPersonActor), directory.name(lastPersonActor), null,
                    "'" + node.text() + "' = " + directory.name(lastPersonActor) + ", who acted last"));
        }
        List<String> persons = personsBefore(at, 1);
        return persons.isEmpty() ? Optional.empty() : Optional.of(new Participant(persons,
                directory.name(persons.get(0)), null, "'" + node.text() + "' = " + directory.name(persons.get(0))
                + ", the person named last"));
    }

    private Optional<Participant> demonymOf(DependencyTree tree, int head) {
        for (SyntaxNode modifier : tree.children(head, "amod")) {
            Optional<String> country = countryOf(modifier.text());
            Optional<Entity> entity = country.flatMap(directory::named);
            if (entity.isPresent() && !country.get().equalsIgnoreCase(modifier.text())) {
                return Optional.of(new Participant(List.of(entity.get().id()), entity.get().name(),
                        actors.resolve(List.of(modifier.text())).orElse(null),
                        "'" + modifier.text() + " " + tree.node(head).text() + "' belong to " + entity.get().name()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whom an act told before stands for, when the word is such an act ("criticized the decision"): the actors of
     * the latest event read that none of {@code actors} took part in.
     */
    public Optional<Participant> doerOfActBefore(DependencyTree tree, int head, List<String> actors) {
        SyntaxNode node = tree.node(head);
        if (node.pos() != UniversalPos.NOUN || !ANAPHORIC_ACTS.contains(node.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (int i = actedBefore.size() - 1; i >= 0; i--) {
            List<String> ids = actedBefore.get(i);
            if (ids.stream().noneMatch(actors::contains)) {
                return Optional.of(new Participant(ids, directory.name(ids.get(0)), null, "'" + node.text()
                        + "' is what " + directory.name(ids.get(0)) + " did before"));
            }
        }
        return Optional.empty();
    }

    /** "the two leaders", "both ministers": the last two persons named before. */
    private Optional<Participant> pairOfPersons(DependencyTree tree, int head, Optional<ActorCode> code) {
        boolean two = tree.children(head).stream().map(c -> c.text().toLowerCase(Locale.ROOT))
                .anyMatch(w -> w.equals("two") || w.equals("both"));
        if (!two || code.map(ActorCode::sector).isEmpty()) {
            return Optional.empty();
        }
        List<String> persons = personsBefore(tree.node(head).token().start(), 2);
        if (persons.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Participant(persons, name(tree, head), code.get(), "'" + name(tree, head) + "' = "
                + directory.name(persons.get(0)) + " and " + directory.name(persons.get(1)) + ", the last two named"));
    }

    /**
     * "The chief of the North Atlantic Treaty Organization", "NATO's secretary general": an office word whose
     * organisation a person of the entity store holds a title of, that person (one named in the article first).
     */
    private Optional<Participant> officeHolder(DependencyTree tree, int head) {
        SyntaxNode node = tree.node(head);
        if (node.pos() != UniversalPos.NOUN || !actors.endsInActor(List.of(node.text()))) {
            return Optional.empty();
        }
        for (SyntaxNode child : tree.children(head)) {
            if (!child.baseRelation().matches("nmod|compound") || child.pos() != UniversalPos.PROPN) {
                continue;
            }
            // the tagger may have missed the organisation inside a title ("The chief of the North Atlantic Treaty
            // Organization (NATO)"): then its name or its bracketed short name finds it in the corpus
            Optional<Entity> office = entityAt(tree, child.index()).flatMap(p -> p.ids().stream().findFirst())
                    .flatMap(directory::get)
                    .or(() -> directory.named(name(tree, child.index())))
                    .or(() -> tree.children(child.index(), "appos").stream().map(a -> directory.named(a.text()))
                            .flatMap(Optional::stream).findFirst())
                    .filter(e -> e.type().equals("ORGANIZATION"));
            if (office.isEmpty()) {
                continue;
            }
            Optional<Entity> holder = directory.holderOfOffice(office.get(), article.entityIds());
            if (holder.isPresent()) {
                String name = name(tree, head) + " of " + office.get().name();
                return Optional.of(new Participant(List.of(holder.get().id()), name, null,
                        "'" + name + "' is " + holder.get().name() + ", whose title names " + office.get().name()));
            }
        }
        return Optional.empty();
    }

    /** The resolved entity a word of the head's name lies in. */
    private Optional<Participant> entityAt(DependencyTree tree, int head) {
        List<EntityMention> mentions = article.annotations().entities();
        List<SyntaxNode> nameWords = new ArrayList<>();
        nameWords.add(tree.node(head));
        tree.children(head).stream().filter(c -> c.pos() == UniversalPos.PROPN
                && (c.baseRelation().equals("flat") || c.baseRelation().equals("compound"))).forEach(nameWords::add);
        for (SyntaxNode w : nameWords) {
            for (int i = 0; i < mentions.size(); i++) {
                EntityMention m = mentions.get(i);
                String id = i < article.entityIds().size() ? article.entityIds().get(i) : null;
                if (id == null || m.start() > w.token().start() || w.token().end() > m.end()) {
                    continue;
                }
                Optional<String> country = countryOf(m.surface());
                if (country.isPresent() && !country.get().equalsIgnoreCase(m.surface().strip())) {
                    Optional<Entity> c = directory.named(country.get());
                    if (c.isPresent()) {
                        return Optional.of(new Participant(List.of(c.get().id()), m.surface(), actors.resolve(List.of(m.surface())).orElse(null),
                                "'" + m.surface() + "' stands for " + c.get().name()));
                    }
                }
                if (m.type().equals("MISC")) {
                    return Optional.empty();
                }
                return Optional.of(new Participant(List.of(id), m.surface(), actors.resolve(List.of(m.surface().split(" ")))
                        .or(() -> codeOfTitles(id)).orElse(null), "entity '" + m.surface() + "'"));
            }
        }
        return Optional.empty();
    }

    /** A role standing for a person ("the NATO chief"): its holder in this article, else in the corpus. */
    private Optional<Participant> role(DependencyTree tree, int head) {
        SyntaxNode node = tree.node(head);
        for (RoleMention role : article.annotations().roles()) {
            if (role.start() > node.token().start() || node.token().end() > role.end()) {
                continue;
            }
            List<Entity> holders = directory.titled(role.surface());
            Optional<Entity> holder = holders.stream().filter(h -> article.entityIds().contains(h.id())).findFirst()
                    .or(() -> holders.stream().findFirst());
            if (holder.isPresent()) {
                return Optional.of(new Participant(List.of(holder.get().id()), role.surface(),
                        actors.resolve(List.of(role.surface().split(" "))).orElse(null),
                        "role '" + role.surface() + "' held by " + holder.get().name()));
            }
        }
        return Optional.empty();
    }

    /**
     * The country or organisation a person's title names ("South Korean Foreign Minister": South Korea; "NATO
     * Secretary General": NATO), when the corpus has it as an entity.
     */
    private Optional<Entity> affiliationOf(String personId) {
        for (String title : directory.get(personId).map(Entity::titles).orElse(List.of())) {
            String[] words = title.split(" ");
            for (int length = Math.min(3, words.length); length >= 1; length--) {
                for (int i = 0; i + length <= words.length; i++) {
                    String phrase = String.join(" ", java.util.Arrays.asList(words).subList(i, i + length));
                    Optional<Entity> body = countryOf(phrase).flatMap(directory::named)
                            .or(() -> directory.named(phrase).filter(e -> !e.type().equals("PERSON")));
                    if (body.isPresent()) {
                        return body;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A person's country and sector as their title tells them ("South Korean President": KOR, government). */
    private Optional<ActorCode> codeOfTitles(String personId) {
        return directory.get(personId).filter(e -> e.type().equals("PERSON")).stream()
                .flatMap(e -> e.titles().stream())
                .map(t -> actors.resolve(List.of(t.split(" ")))).flatMap(Optional::stream)
                .filter(c -> c.country() != null).findFirst();
    }

    /** The country a name, capital or people's name stands for ("Russians" as "Russian"). */
    private Optional<String> countryOf(String name) {
        return countries.country(name).or(() -> countries.country(PredicateMatcher.singular(name.strip())));
    }

    private List<String> personsBefore(int offset, int count) {
        Set<String> out = new LinkedHashSet<>();
        List<EntityMention> mentions = article.annotations().entities();
        for (int i = mentions.size() - 1; i >= 0 && out.size() < count; i--) {
            EntityMention m = mentions.get(i);
            String id = i < article.entityIds().size() ? article.entityIds().get(i) : null;
            if (id != null && m.end() <= offset && m.type().equals("PERSON")) {
                out.add(id);
            }
        }
        return new ArrayList<>(out);
    }

    private Optional<String> idOf(EntityMention speaker) {
        List<EntityMention> all = article.annotations().entities();
        for (int i = 0; i < all.size(); i++) {
            EntityMention e = all.get(i);
            if (e.start() == speaker.start() && e.end() == speaker.end() && i < article.entityIds().size()
                    && article.entityIds().get(i) != null) {
                return Optional.of(article.entityIds().get(i));
            }
        }
        return directory.named(speaker.surface()).map(Entity::id);
    }

    /** The head with its modifiers that name it ("Indian border guards"), without determiners or clauses. */
    private static String name(DependencyTree tree, int head) {
        StringBuilder out = new StringBuilder();
        for (SyntaxNode w : nameNodes(tree, head)) {
            if (!out.isEmpty() && !w.text().startsWith("'") && !w.text().startsWith("’")) {
                out.append(' ');
            }
            out.append(w.text());
        }
        return out.toString();
    }

    private static List<SyntaxNode> nameNodes(DependencyTree tree, int head) {
        List<SyntaxNode> words = new ArrayList<>();
        for (SyntaxNode n : tree.subtree(head)) {
            if (n.index() == head || n.head() == head && NAME_RELATIONS.contains(n.relation())
                    || n.head() >= 0 && tree.node(n.head()).head() == head && n.baseRelation().equals("compound")) {
                words.add(n);
            }
        }
        return words;
    }
}
