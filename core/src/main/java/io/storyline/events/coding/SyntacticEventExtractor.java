package io.storyline.events.coding;

import io.storyline.events.DateBasis;

import io.storyline.events.ArticleInput;
import io.storyline.events.CountryTable;
import io.storyline.events.EntityDirectory;
import io.storyline.events.ResolvedEntities;
import io.storyline.events.EventEvidence;
import io.storyline.events.EventMention;
import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.EntityMention;
import io.storyline.language.LexiconFile;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.TimeMention;
import io.storyline.nlp.UniversalPos;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Codes the events of one article from its sentences' dependency trees, the way event coders do: each verb coded by
 * the CAMEO patterns ({@link PredicateMatcher}), its participants found in the tree ({@link ArgumentFinder}), its
 * sense checked by their kind ({@link SenseCheck}), its status read ({@link ModalityReader}: negated and
 * hypothetical reports make no event), its date ({@link EventDater}); nouns carry the event where no verb does
 * ({@link NominalEvents}). Participants become entity ids through the article's entity mentions, and a country and
 * sector through the {@link ActorDictionary}. The first event of the lede (its root verb's, if coded) is the
 * article's headline event.
 */
public final class SyntacticEventExtractor {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at");
    private static final Set<String> REPORTING = Set.copyOf(LexiconFile.lines(SyntacticEventExtractor.class,
            "/io/storyline/events/reporting-verbs.txt"));

    private final PredicateMatcher matcher;
    private final EventWordScreen screen;
    private final ArgumentFinder arguments = new ArgumentFinder();
    private final ModalityReader modality;
    private final SenseCheck senses;
    private final NominalEvents nominals;
    private final ActorDictionary actors;
    private final EventDater dater = new EventDater(REPORTING);
    private final CountryTable countries = CountryTable.standard();

    public SyntacticEventExtractor() {
        this(VerbDictionary.standard(), ModalityReader.standard(), SenseCheck.standard(), NominalEvents.standard(),
                ActorDictionary.standard());
    }

    public SyntacticEventExtractor(VerbDictionary verbs, ModalityReader modality, SenseCheck senses,
                                   NominalEvents nominals, ActorDictionary actors) {
        this.matcher = new PredicateMatcher(verbs);
        this.screen = new EventWordScreen(verbs, nominals);
        this.modality = modality;
        this.senses = senses;
        this.nominals = nominals;
        this.actors = actors;
    }

    /** Whether a sentence is worth parsing: some word of it is a form of an event verb or noun. */
    public boolean mayTellAnEvent(Sentence sentence) {
        return screen.mayTellAnEvent(sentence);
    }

    /** The article's events in text order; {@code trees} are its sentences' trees, in order. */
    public List<CodedEvent> extract(ArticleInput article, List<DependencyTree> trees) {
        return extract(article, trees, new EntityDirectory(List.of()));
    }

    /** As {@link #extract(ArticleInput, List)}, with the corpus's entities for roles, pronouns and countries. */
    public List<CodedEvent> extract(ArticleInput article, List<DependencyTree> trees, ResolvedEntities directory) {
        ParticipantReader participants = new ParticipantReader(article, directory, countries, actors);
        List<CodedEvent> out = new ArrayList<>();
        int mainAt = -1;
        for (DependencyTree tree : trees) {
            if (tree.size() == 0) {
                continue;
            }
            List<CodedEvent> found = new ArrayList<>();
            List<Integer> codedVerbs = new ArrayList<>();
            int rootEvent = -1;
            for (SyntaxNode node : tree.nodes()) {
                Optional<CodedPredicate> predicate = matcher.match(tree, node.index());
                if (predicate.isEmpty()) {
                    continue;
                }
                Arguments args = arguments.find(tree, node.index());
                if (!senses.keeps(tree, predicate.get(), args, i -> entityType(article, tree, i))) {
                    continue;
                }
                ModalityReader.Modality m = modality.read(tree, node.index());
                if (m.status() == EventStatus.NEGATED || m.status() == EventStatus.HYPOTHETICAL) {
                    continue;
                }
                Optional<CodedEvent> coded = event(article, participants, tree, node.index(), predicate.get().coding(),
                        predicate.get().why(), predicate.get().pattern() != null, args, m, false);
                if (coded.isPresent()) {
                    codedVerbs.add(node.index());
                    if (node.head() < 0) {
                        rootEvent = found.size();
                    }
                    found.add(coded.get());
                }
            }
            boolean verbal = !found.isEmpty();
            for (NominalEvents.Nominal n : nominals.find(tree, arguments)) {
                // a noun tells its own event unless a coded verb carries it ("launched an attack"); without a
                // verbal report in the sentence even a bare "the bombings" is one
                if (carried(tree, codedVerbs, n.noun()) || verbal && n.arguments().actors().isEmpty()
                        && n.arguments().targets().isEmpty()) {
                    continue;
                }
                event(article, participants, tree, n.noun(), n.coding(), "noun '" + tree.node(n.noun()).text()
                        + "' → CAMEO " + n.coding().cameo() + (verbal ? "" : " (no verb tells the event)"), false,
                        n.arguments(), modality.read(tree, n.noun()), !verbal).ifPresent(found::add);
            }
            if (mainAt < 0 && !found.isEmpty()) {
                mainAt = out.size() + Math.max(rootEvent, 0);
            }
            out.addAll(found);
        }
        if (mainAt >= 0) {
            out.set(mainAt, out.get(mainAt).asMain());
        }
        return out;
    }

    /** The event the verb tells, or empty when none of its participants is anyone an event database would code. */
    private Optional<CodedEvent> event(ArticleInput article, ParticipantReader participants, DependencyTree tree, int verb,
                             PloverCoding coding, String why, boolean byPattern, Arguments args,
                             ModalityReader.Modality m, boolean withoutParticipants) {
        List<String> reasons = new ArrayList<>();
        double confidence = 0.4;
        reasons.add(why);
        if (byPattern) {
            confidence += 0.2;
            reasons.add("a CAMEO pattern fitted the verb's arguments (+0.2)");
        }
        Side actor = side(participants, tree, args.actors(), reasons, "actor");
        Side target = side(participants, tree, args.targets(), reasons, "target");
        if (actor.isEmpty() && target.isEmpty() && !withoutParticipants) {
            return Optional.empty();
        }
        if (target.ids().isEmpty()) {
            // "set up a mission to NATO", "invited the heads of state from South Korea and Japan": the object names
            // no entity, its phrase does
            List<String> phraseReasons = new ArrayList<>();
            Side phrase = side(participants, tree, arguments.phraseTargets(tree, verb), phraseReasons, "target");
            if (!phrase.ids().isEmpty()) {
                target = new Side(phrase.ids(), target.names(), target.code().filter(c -> c.country() != null).or(phrase::code));
                reasons.addAll(phraseReasons);
            }
        }
        if (target.isEmpty()) {
            for (int head : args.targets()) {
                Optional<ParticipantReader.Participant> doer = participants.doerOfActBefore(tree, head, actor.ids());
                if (doer.isPresent()) {
                    target = new Side(doer.get().ids(), List.of(), Optional.empty());
                    reasons.add("target " + doer.get().how());
                    break;
                }
            }
        }
        List<String> actorIds = actor.ids();
        List<String> targetIds = new ArrayList<>(target.ids());
        targetIds.removeAll(actorIds);
        Optional<ActorCode> actorCode = actor.code();
        Optional<ActorCode> targetCode = target.code();
        if (!actorIds.isEmpty() || actorCode.isPresent()) {
            confidence += 0.2;
            reasons.add("the actor is known (+0.2)");
        }
        if (!targetIds.isEmpty() || targetCode.isPresent()) {
            confidence += 0.1;
            reasons.add("the target is known (+0.1)");
        }
        reasons.addAll(args.why());
        actorCode.ifPresent(c -> reasons.add("actor code " + c.label() + " from " + c.matched()));
        targetCode.ifPresent(c -> reasons.add("target code " + c.label() + " from " + c.matched()));
        String published = article.published() == null ? null : article.published().value();
        List<TimeMention> times = article.annotations().times();
        String anchor = published == null || published.length() < 4 ? null
                : published.substring(0, Math.min(10, published.length()));
        EventDater.Dating dating = dater.date(tree, verb, times, anchor);
        String place = place(article, tree, verb, args, coding);
        // "invited him to attend the summit, held on July 11-12 in Lithuania": an invitation is told by where and
        // when the meeting it invites to takes place
        for (SyntaxNode invitedTo : "invite".equals(coding.mode()) ? tree.children(verb, "xcomp") : List.<SyntaxNode>of()) {
            EventDater.Dating meeting = dater.date(tree, invitedTo.index(), times, anchor);
            if (dating.basis() != DateBasis.STATED && meeting.basis() == DateBasis.STATED) {
                dating = new EventDater.Dating(meeting.value(), meeting.end(), meeting.basis(),
                        meeting.evidence() + ", the meeting invited to");
            }
            if (place == null) {
                place = place(article, tree, invitedTo.index(), arguments.find(tree, invitedTo.index()), coding);
            }
        }
        if (dating.basis() == DateBasis.STATED) {
            confidence += 0.1;
            reasons.add("the date is stated (+0.1)");
        }
        int start = tree.nodes().get(0).token().start();
        int end = tree.nodes().get(tree.size() - 1).token().end();
        String sentence = article.text().substring(start, end);
        EventEvidence evidence = new EventEvidence(article.id(), start, end, sentence, tree.node(verb).text(),
                m.status().contractValue(), dating.evidence(), String.join("; ", reasons)
                        + (m.cue() == null ? "" : "; status from '" + m.cue() + "'"));
        boolean stated = dating.basis() == DateBasis.STATED;
        participants.acted(actorIds, start);
        EventMention mention = new EventMention(article.id(), article.source(), article.outlet(),
                coding.type().name(), coding.mode(), m.status() == EventStatus.PLANNED, actorIds, targetIds,
                place, firstDay(dating.value()), lastDay(dating.end()),
                stated ? dating.value() : null, stated ? dating.end() : null, stated,
                article.published() == null ? null : article.published().firstDay(), accordingTo(article, tree, verb),
                evidence, Math.min(1.0, confidence), actorCode.map(ActorCode::country).orElse(null),
                actorCode.map(ActorCode::sector).orElse(null), targetCode.map(ActorCode::country).orElse(null),
                targetCode.map(ActorCode::sector).orElse(null), false, actor.names(), target.names(), article.story());
        return Optional.of(new CodedEvent(mention, coding.cameo(), coding.context(), m.status(), reasons));
    }

    /** Whether the noun is an argument of an event verb already coded in the sentence (its pattern read it). */
    private static boolean carried(DependencyTree tree, List<Integer> codedVerbs, int noun) {
        SyntaxNode node = tree.node(noun);
        return codedVerbs.contains(node.head()) && !node.baseRelation().equals("obl") && !node.baseRelation().equals("nsubj");
    }

    /** One side of an event (its actors or its targets): entity ids, names of the unnamed, the first code. */
    private record Side(List<String> ids, List<String> names, Optional<ActorCode> code) {
        boolean isEmpty() {
            return ids.isEmpty() && names.isEmpty();
        }
    }

    private static Side side(ParticipantReader participants, DependencyTree tree, List<Integer> heads,
                             List<String> reasons, String role) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ActorCode code = null;
        for (int head : heads) {
            Optional<ParticipantReader.Participant> p = participants.read(tree, head);
            if (p.isEmpty()) {
                continue;
            }
            p.get().ids().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            if (p.get().ids().isEmpty() && !names.contains(p.get().name())) {
                names.add(p.get().name());
            }
            code = code == null ? p.get().code() : code;
            reasons.add(role + " " + p.get().how());
            // "Russia's Foreign Ministry": the possessor acts through it
            for (SyntaxNode owner : tree.children(head)) {
                if (owner.relation().equals("nmod:poss") && owner.pos() == UniversalPos.PROPN) {
                    participants.read(tree, owner.index()).ifPresent(o -> o.ids().stream()
                            .filter(id -> !ids.contains(id)).forEach(ids::add));
                }
            }
        }
        return new Side(ids, names, Optional.ofNullable(code));
    }

    /** The entity ids of the participants whose head word lies in a resolved entity mention. */
    private static List<String> ids(ArticleInput article, DependencyTree tree, List<Integer> heads) {
        List<String> out = new ArrayList<>();
        for (int head : heads) {
            mentionAt(article, tree.node(head)).ifPresent(i -> {
                String id = i < article.entityIds().size() ? article.entityIds().get(i) : null;
                if (id != null && !out.contains(id)) {
                    out.add(id);
                }
            });
        }
        return out;
    }

    /**
     * Where it happened: a location "in"/"at" the verb or its object ("attend the summit in Madrid"); for a visit
     * also the place gone "to" and the place visited. Regions ("Asia") are too wide to be places.
     */
    private String place(ArticleInput article, DependencyTree tree, int verb, Arguments args, PloverCoding coding) {
        boolean visit = "visit".equals(coding.mode());
        List<Integer> candidates = new ArrayList<>();
        for (Arguments.Oblique o : args.obliques()) {
            if (PLACE_PREPOSITIONS.contains(o.preposition()) || visit && o.preposition().equals("to")) {
                candidates.add(o.head());
            }
        }
        List<Integer> goals = new ArrayList<>();
        for (SyntaxNode object : tree.children(verb, "obj")) {
            if (visit) {
                candidates.add(object.index());
            }
            goals.add(object.index());
        }
        // "invited him to the summit in Washington": where the event is to take place
        args.obliques().stream().filter(o -> o.preposition().equals("to")).forEach(o -> goals.add(o.head()));
        for (int goal : goals) {
            // "the summit, which will be held in Lithuania"
            candidates.addAll(placesOfClauses(tree, goal));
            for (SyntaxNode nmod : tree.children(goal, "nmod")) {
                String preposition = tree.children(nmod.index(), "case").stream()
                        .map(c -> c.text().toLowerCase(Locale.ROOT)).findFirst().orElse("");
                if (PLACE_PREPOSITIONS.contains(preposition)) {
                    candidates.add(nmod.index());
                }
            }
        }
        // parsers often hang the object's relative clause on the verb ("attend the summit, which is held in X")
        candidates.addAll(placesOfClauses(tree, verb));
        // "the Japanese capital, Tokyo": the apposition names the place
        List<Integer> named = new ArrayList<>();
        for (int head : candidates) {
            named.add(head);
            tree.children(head, "appos").forEach(a -> named.add(a.index()));
        }
        return firstPlace(article, tree, named)
                .or(() -> firstPlace(article, tree, placesWithinPhrases(tree, verb))).orElse(null);
    }

    private Optional<String> firstPlace(ArticleInput article, DependencyTree tree, List<Integer> heads) {
        for (int head : heads) {
            Optional<Integer> m = mentionAt(article, tree.node(head));
            if (m.isPresent()) {
                EntityMention mention = article.annotations().entities().get(m.get());
                String id = m.get() < article.entityIds().size() ? article.entityIds().get(m.get()) : null;
                if (mention.type().equals("LOCATION") && id != null && !countries.isRegion(mention.surface())) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "invited the leaders of three nations in the region to the summit in Washington", wherever the parser hung
     * the phrase: the "in"/"at" phrases within the verb's noun phrases, with no other verb between them and it.
     */
    private static List<Integer> placesWithinPhrases(DependencyTree tree, int verb) {
        List<Integer> places = new ArrayList<>();
        for (SyntaxNode n : tree.subtree(verb)) {
            if (!n.baseRelation().equals("nmod") || tree.children(n.index(), "case").stream()
                    .noneMatch(c -> PLACE_PREPOSITIONS.contains(c.text().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            int at = n.head();
            while (at != verb && at >= 0 && tree.node(at).pos() != UniversalPos.VERB) {
                at = tree.node(at).head();
            }
            if (at == verb) {
                places.add(n.index());
            }
        }
        return places;
    }

    /** The "in"/"at" obliques of the clauses describing a word ("the summit, which will be held in Lithuania"). */
    private static List<Integer> placesOfClauses(DependencyTree tree, int word) {
        List<Integer> places = new ArrayList<>();
        for (SyntaxNode clause : tree.children(word, "acl")) {
            for (SyntaxNode obl : tree.children(clause.index(), "obl")) {
                if (tree.children(obl.index(), "case").stream()
                        .anyMatch(c -> PLACE_PREPOSITIONS.contains(c.text().toLowerCase(Locale.ROOT)))) {
                    places.add(obl.index());
                }
            }
        }
        return places;
    }

    /** Who the report attributes the event to: the subject of the "said" whose complement it is. */
    private List<String> accordingTo(ArticleInput article, DependencyTree tree, int verb) {
        SyntaxNode node = tree.node(verb);
        if (node.head() >= 0 && node.baseRelation().equals("ccomp")
                && REPORTING.contains(tree.node(node.head()).lemma().toLowerCase(Locale.ROOT))) {
            return ids(article, tree, arguments.find(tree, node.head()).actors());
        }
        return List.of();
    }

    private static String entityType(ArticleInput article, DependencyTree tree, int word) {
        return mentionAt(article, tree.node(word)).map(i -> article.annotations().entities().get(i).type()).orElse(null);
    }

    private static Optional<Integer> mentionAt(ArticleInput article, SyntaxNode node) {
        List<EntityMention> mentions = article.annotations().entities();
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.start() <= node.token().start() && node.token().end() <= m.end()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static LocalDate firstDay(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case 7 -> YearMonth.parse(value).atDay(1);
            default -> LocalDate.parse(value.substring(0, 10));
        };
    }

    private static LocalDate lastDay(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case 7 -> YearMonth.parse(value).atEndOfMonth();
            default -> LocalDate.parse(value.substring(0, 10));
        };
    }
}
