package io.storyline.events;

import io.storyline.clean.Granularity;
import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Quote;
import io.storyline.nlp.RoleMention;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.TimeMention;
import io.storyline.nlp.Token;
import io.storyline.resolve.entity.Entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds event mentions in an article, one sentence at a time: a predicate of the lexicon, checked to be a verb
 * (not "the visit", "monitoring sanctions"), its modality (planned: "will", "is scheduled to", "expected to";
 * negated: "did not" — never an event), its subject chunk before it in the clause (the "by" phrase in the passive),
 * its targets and place after it, and its date from the sentence's time expressions.
 *
 * <p>Hand-written because no library in the project parses dependencies; a light chunker over the project's own
 * tokens and entity/role mentions is enough for the subject-verb-object of news sentences, and every decision is
 * written into the evidence.
 */
public final class EventExtractor {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "whose", "new", "any", "no", "first", "further", "fresh",
            "more", "such", "which", "another", "every", "each", "some");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "for", "with", "against", "about",
            "from", "by", "at", "over", "under", "into", "between", "among", "to", "toward", "towards", "during",
            "than", "like", "including", "via", "through", "within", "across");
    private static final Set<String> AUXILIARIES = Set.of("to", "will", "would", "could", "can", "may", "might",
            "shall", "should", "must", "not", "n't", "did", "does", "do", "'ll", "’ll", "never", "also", "cannot");
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be", "get", "got",
            "gets", "'s");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "cannot", "neither", "nor",
            "unable", "failed", "fails", "fail", "refused", "refuses", "declined", "denied", "inaccurate", "false");
    private static final Set<String> MODALS = Set.of("will", "would", "'ll", "’ll", "shall", "could", "may", "might",
            "should", "if", "unless", "must");
    private static final Set<String> PLAN_WORDS = Set.of("plan", "plans", "planned", "planning", "scheduled", "expected",
            "due", "set", "intends", "intend", "intention", "aims", "aim", "hopes", "hope", "wants", "want", "invited",
            "upcoming", "going", "seeks", "seeking", "ready", "prepared", "preparing", "agreed", "decided", "decision",
            "possible", "likely", "proposed", "proposal", "offered", "vowed", "pledged", "promised", "threatened");
    private static final Set<String> ORDINALS = Set.of("first", "second", "last", "only", "third");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "“", "”", "\"", "which", "who", "whom",
            "while", "although", "because", "whereas", "but", "—", "–", "as", "when", "after", "before", "since",
            "where", "if", "said", "says", "told");
    /** What may stand between a subject and its predicate: auxiliaries, adverbs, modality, relative pronouns. */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("is", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "'ll", "’ll", "did", "does", "do", "not", "n't", "never", "also", "now", "still", "then", "just", "already",
            "reportedly", "again", "later", "recently", "jointly", "finally", "previously", "today", "yesterday",
            "earlier", "first", "to", "who", "which", "that", ",", ")", "(", "on", "in", "last", "this", "soon",
            "even", "both", "all", "too", "only", "originally", "once", "however", "meanwhile", "said", "says");
    private static final Set<String> TIMING_VERBS = Set.of("held", "scheduled", "set", "slated", "planned", "due",
            "place", "begin", "begins", "start", "starts", "last", "lasts", "opens", "open", "runs", "run");
    private static final Set<String> NOT_AFTER_VERB_S = Set.of("and", "or", ",", ".", "of", "on", "against", "are",
            "is", "were", "was", "have", "has", "will", "would", "could", "'s", "’s", "that", "which", "in", "for",
            "to", ")", ";", ":", "\"", "”", "from", "by", "with", "over");
    private static final Set<String> GERUND_AFTER = Set.of(",", "and", "or", "while", "when", "after", "before",
            "without", "not", "also", "by", "of", "for", "in", "on", "from", "with", "about", "is", "are", "was",
            "were", "be", "been", "am", "'re", "’re", "still", "since");
    private static final Set<String> ANAPHORIC_OBJECTS = Set.of("decision", "move", "step", "measure", "measures",
            "sanctions", "plan", "announcement", "action", "actions", "it");
    private static final Set<String> OBJECT_BREAKS = Set.of(";", ":", "“", "”", "\"", "which", "who", "whom", "while",
            "although", "because", "whereas", "but", "said", "says", "told", "stated", "after", "before", "when", "if",
            "where", "—", "–", "(", "amid", "since", "revealed", "announced", "added");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "several", "some", "all", "both", "many", "the", "a", "an", "its", "their", "his",
            "her", "our", "new", "other");
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "stated", "revealed",
            "announced", "added", "reported", "explained", "according", "noted", "confirmed");
    private static final Set<String> TITLE_WORDS = Set.of("secretary", "minister", "president", "chief", "leader",
            "envoy", "spokesman", "spokeswoman", "spokesperson", "chancellor", "premier", "ambassador", "boss", "head",
            "official", "general", "prime", "king", "queen", "commander", "director", "governor", "mayor", "senator");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    private static final Set<String> NOT_TARGET_AFTER = Set.of("during", "since", "until", "like", "about", "than",
            "in", "at", "across", "throughout", "near", "within");
    private static final Pattern DATE_VALUE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
    private static final Pattern DAYS = Pattern.compile("^P(\\d+)D$");
    private static final Pattern RANGE_GAP = Pattern.compile("^\\s*(-|–|—|to|and|through|until|till)\\s*$");
    private static final Pattern UNTIL = Pattern.compile("(?i)\\b(until|till|through)\\s+(the\\s+)?$");
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(since|before|by)\\s+(the\\s+)?$");

    private final PredicateLexicon lexicon;
    private final CountryTable countries;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ArticleTimes articleTimes = new ArticleTimes();

    public EventExtractor() {
        this(PredicateLexicon.standard(), CountryTable.standard());
    }

    public EventExtractor(PredicateLexicon lexicon, CountryTable countries) {
        this.lexicon = lexicon;
        this.countries = countries;
    }

    /** Every event mention of one article, in text order. */
    public List<EventMention> extract(ArticleInput article, EntityDirectory directory) {
        ArticleReading reading = new ArticleReading(article, directory);
        List<EventMention> out = new ArrayList<>();
        for (Sentence sentence : splitter.split(article.text())) {
            reading.sentence(sentence, out);
        }
        return out;
    }

    /** One article being read: its chunks, times and quotes, and the mentions found so far for discourse links. */
    private final class ArticleReading {
        final ArticleInput article;
        final EntityDirectory directory;
        final String text;
        final List<Chunk> entityChunks = new ArrayList<>();
        final List<Chunk> roleChunks = new ArrayList<>();
        final List<TimeMention> times;
        final List<EventMention> found = new ArrayList<>();
        final LocalDate published;

        ArticleReading(ArticleInput article, EntityDirectory directory) {
            this.article = article;
            this.directory = directory;
            this.text = article.text();
            this.published = article.published() == null ? null : article.published().firstDay();
            this.times = articleTimes.read(text, article.published(), article.annotations().times());
            List<EntityMention> mentions = article.annotations().entities();
            for (int i = 0; i < mentions.size(); i++) {
                String id = i < article.entityIds().size() ? article.entityIds().get(i) : null;
                if (id != null) {
                    entityChunks.add(entityChunk(mentions.get(i), id));
                }
            }
            for (RoleMention role : article.annotations().roles()) {
                Chunk c = roleChunk(role);
                if (c != null) {
                    roleChunks.add(c);
                }
            }
        }

        private Chunk entityChunk(EntityMention m, String id) {
            String type = m.type();
            Optional<String> country = countries.country(m.surface());
            List<String> ids = List.of(id);
            String how = "entity";
            if (country.isPresent() && !country.get().equalsIgnoreCase(m.surface().strip())) {
                Optional<Entity> c = directory.named(country.get());
                if (c.isPresent()) {
                    ids = List.of(c.get().id());
                    how = "'" + m.surface() + "' stands for " + c.get().name();
                }
            } else if (type.equals("MISC")) {
                ids = List.of();
            }
            boolean canBePlace = type.equals("LOCATION") && !countries.isRegion(m.surface());
            return new Chunk(-1, -1, m.start(), m.end(), m.surface(), type, ids, canBePlace ? id : null, how);
        }

        /** A stand-alone role ("the UN chief") as the person holding it; a title before a name is only a modifier. */
        private Chunk roleChunk(RoleMention role) {
            for (Chunk e : entityChunks) {
                boolean overlaps = e.start() < role.end() && role.start() < e.end();
                boolean titlesName = e.kind().equals("PERSON") && e.start() >= role.end()
                        && text.substring(role.end(), e.start()).isBlank();
                boolean appositive = e.kind().equals("PERSON") && e.end() <= role.start()
                        && text.substring(e.end(), role.start()).strip().equals(",");
                if (overlaps || titlesName || appositive) {
                    return null;
                }
            }
            List<Entity> holders = directory.titled(role.surface());
            Optional<Entity> holder = holders.stream().filter(h -> article.entityIds().contains(h.id())).findFirst();
            if (holder.isEmpty()) {
                holder = holders.stream().findFirst();
            }
            if (holder.isEmpty()) {
                holder = latestTitledPersonBefore(role.start(), role.surface());
            }
            return holder.map(h -> new Chunk(-1, -1, role.start(), role.end(), role.surface(), "ROLE", List.of(h.id()),
                    null, "role '" + role.surface() + "' held by " + h.name())).orElse(null);
        }

        /** The latest person before {@code offset} whose titles share a word with {@code role}. */
        private Optional<Entity> latestTitledPersonBefore(int offset, String role) {
            // only the role's capitalised, non-title words identify whose role it is ("the UN chief": UN)
            Set<String> words = new LinkedHashSet<>();
            for (String w : role.split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                        && !w.equalsIgnoreCase("the")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
            if (words.isEmpty()) {
                return Optional.empty();
            }
            for (int i = entityChunks.size() - 1; i >= 0; i--) {
                Chunk c = entityChunks.get(i);
                if (c.end() > offset || !c.kind().equals("PERSON")) {
                    continue;
                }
                Optional<Entity> e = directory.get(c.ids().get(0));
                if (e.isPresent() && e.get().titles().stream()
                        .anyMatch(t -> List.of(t.toLowerCase(Locale.ROOT).split("\\W+")).stream().anyMatch(words::contains))) {
                    return e;
                }
            }
            return Optional.empty();
        }

        /** The latest person before {@code offset} with a title containing {@code word} ("the secretary …"). */
        private Optional<Chunk> latestPersonTitled(int offset, String word) {
            for (int i = entityChunks.size() - 1; i >= 0; i--) {
                Chunk c = entityChunks.get(i);
                if (c.end() <= offset && c.kind().equals("PERSON") && directory.get(c.ids().get(0))
                        .map(e -> e.titles().stream().anyMatch(t -> List.of(t.toLowerCase(Locale.ROOT).split("\\W+")).contains(word)))
                        .orElse(false)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        /** The latest person mentioned before {@code offset}, for "he" and "the secretary". */
        private Optional<Chunk> latestPersonBefore(int offset) {
            for (int i = entityChunks.size() - 1; i >= 0; i--) {
                Chunk c = entityChunks.get(i);
                if (c.end() <= offset && c.kind().equals("PERSON")) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        void sentence(Sentence sentence, List<EventMention> out) {
            List<Token> tokens = sentence.tokens();
            if (tokens.isEmpty()) {
                return;
            }
            Chunk[] chunkAt = new Chunk[tokens.size()];
            List<Chunk> chunks = new ArrayList<>();
            for (Chunk c : concat(entityChunks, roleChunks)) {
                if (c.start() >= sentence.start() && c.end() <= sentence.end()) {
                    Chunk placed = place(c, tokens);
                    if (placed != null && free(chunkAt, placed)) {
                        chunks.add(placed);
                        for (int k = placed.first(); k <= placed.last(); k++) {
                            chunkAt[k] = placed;
                        }
                    }
                }
            }
            for (int k = 0; k < tokens.size(); k++) {
                Chunk people = chunkAt[k] == null ? untaggedDemonym(tokens, chunkAt, k) : null;
                if (people != null) {
                    chunks.add(people);
                    for (int j = people.first(); j <= people.last(); j++) {
                        chunkAt[j] = people;
                    }
                }
            }
            for (int k = 0; k < tokens.size(); k++) {
                if (chunkAt[k] == null) {
                    Chunk pronoun = pronoun(tokens.get(k), k);
                    if (pronoun != null) {
                        chunkAt[k] = pronoun;
                        chunks.add(pronoun);
                    }
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (chunkAt[i] != null) {
                    continue;
                }
                String word = lower(tokens.get(i));
                for (PredicateLexicon.Form form : lexicon.forms(word)) {
                    int end = matchRest(tokens, i + 1, form.predicate().rest(), 0);
                    if (end < 0) {
                        continue;
                    }
                    if (isVerb(tokens, i, form.inflection(), chunkAt)) {
                        EventMention m = mention(sentence, tokens, chunkAt, chunks, i, end, form);
                        if (m != null) {
                            out.add(m);
                            found.add(m);
                        }
                        i = end - 1;
                    }
                    break;
                }
            }
        }

        /** A country's adjective the entity tagger missed ("a Brazilian president"), if the country is known. */
        private Chunk untaggedDemonym(List<Token> tokens, Chunk[] chunkAt, int k) {
            for (int n = 2; n >= 1; n--) {
                if (k + n > tokens.size()) {
                    continue;
                }
                boolean free = true;
                for (int j = k; j < k + n; j++) {
                    free &= chunkAt[j] == null && !tokens.get(j).text().isEmpty()
                            && Character.isUpperCase(tokens.get(j).text().charAt(0));
                }
                if (!free || (k > 0 && chunkAt[k - 1] == null && Character.isUpperCase(tokens.get(k - 1).text().charAt(0))
                        && k > 1)) {
                    continue;
                }
                String surface = text.substring(tokens.get(k).start(), tokens.get(k + n - 1).end());
                Optional<String> country = countries.country(surface);
                if (country.isEmpty() || country.get().equalsIgnoreCase(surface) || countries.isCapital(surface)) {
                    continue;
                }
                Optional<Entity> entity = directory.named(country.get());
                if (entity.isPresent()) {
                    return new Chunk(k, k + n - 1, tokens.get(k).start(), tokens.get(k + n - 1).end(), surface, "MISC",
                            List.of(entity.get().id()), null, "'" + surface + "' stands for " + entity.get().name());
                }
            }
            return null;
        }

        private Chunk pronoun(Token token, int index) {
            String w = lower(token);
            if (FIRST_PERSON.contains(w)) {
                for (Quote q : article.annotations().quotes()) {
                    if (q.start() <= token.start() && token.end() <= q.end() && q.speaker() != null) {
                        String id = idOf(q.speaker());
                        if (id != null) {
                            return new Chunk(index, index, token.start(), token.end(), token.text(), "PRONOUN",
                                    List.of(id), null, "'" + token.text() + "' in a quote of " + q.speaker().surface());
                        }
                    }
                }
            }
            return null;
        }

        /** "he", "she": the person who acted last (the subject of the latest event), else the latest person named. */
        private Chunk personalPronoun(Token token, int index) {
            if (!PERSONAL.contains(lower(token))) {
                return null;
            }
            for (int i = found.size() - 1; i >= 0; i--) {
                EventMention m = found.get(i);
                if (m.evidence().start() < token.start() - 1500) {
                    break;
                }
                if (!m.actors().isEmpty() && directory.get(m.actors().get(0)).map(e -> e.type().equals("PERSON")).orElse(false)) {
                    String id = m.actors().get(0);
                    return new Chunk(index, index, token.start(), token.end(), token.text(), "PRONOUN", List.of(id), null,
                            "'" + token.text() + "' = " + directory.name(id) + ", who acted last");
                }
            }
            return latestPersonBefore(token.start()).map(p -> new Chunk(index, index, token.start(), token.end(),
                    token.text(), "PRONOUN", p.ids(), null, "'" + token.text() + "' = " + p.surface())).orElse(null);
        }

        private String idOf(EntityMention m) {
            List<EntityMention> all = article.annotations().entities();
            for (int i = 0; i < all.size(); i++) {
                EntityMention e = all.get(i);
                if (e.start() == m.start() && e.end() == m.end() && i < article.entityIds().size()) {
                    return article.entityIds().get(i);
                }
            }
            return directory.named(m.surface()).map(Entity::id).orElse(null);
        }

        private EventMention mention(Sentence sentence, List<Token> tokens, Chunk[] chunkAt, List<Chunk> chunks,
                                     int trigger, int end, PredicateLexicon.Form form) {
            Predicate p = form.predicate();
            List<String> why = new ArrayList<>();
            why.add("predicate '" + p.phrase() + "' (" + p.type() + (p.mode() == null ? "" : "/" + p.mode()) + ")");
            // modality
            boolean planned = false;
            int toBefore = -1;
            for (int k = trigger - 1; k >= Math.max(0, trigger - 6); k--) {
                String w = lower(tokens.get(k));
                if (chunkAt[k] != null || w.equals(",") || CLAUSE_BREAKS.contains(w)) {
                    break;
                }
                if (NEGATIONS.contains(w)) {
                    return null;
                }
                if (w.equals("to") && toBefore < 0 && k >= trigger - 2) {
                    toBefore = k;
                }
                if (MODALS.contains(w) || PLAN_WORDS.contains(w)) {
                    planned = true;
                    why.add("planned: '" + tokens.get(k).text() + "'");
                }
            }
            if (toBefore >= 0 && !planned) {
                boolean ordinal = false;
                for (int k = toBefore - 1; k >= Math.max(0, toBefore - 6); k--) {
                    // "the first leaders to attend" tells what happened; "for the third time to attend" does not
                    if (ORDINALS.contains(lower(tokens.get(k))) && !lower(tokens.get(k + 1)).equals("time")) {
                        ordinal = true;
                        break;
                    }
                }
                if (!ordinal) {
                    planned = true;
                    why.add("planned: infinitive 'to " + tokens.get(trigger).text() + "'");
                }
            }
            boolean passive = form.inflection() == PredicateLexicon.Inflection.PAST && (previousWord(tokens, trigger)
                    .map(BE::contains).orElse(false) || (end < tokens.size() && lower(tokens.get(end)).equals("by")));
            // arguments
            List<String> actors = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            String place = null;
            String prevWord = trigger > 0 ? lower(tokens.get(trigger - 1)) : "";
            Optional<EventMention> earlierInSentence = found.stream()
                    .filter(m -> m.evidence().start() == sentence.start() && !m.actors().isEmpty()).reduce((a, b) -> b);
            Chunk subject = null;
            List<String> inherited = List.of();
            boolean gerundClause = form.inflection() == PredicateLexicon.Inflection.GERUND
                    && (trigger == 1 || PREPOSITIONS.contains(prevWord) || prevWord.equals(","));
            if (gerundClause && trigger > 1) {
                Optional<EventMention> host = earlierInSentence.isPresent() ? earlierInSentence
                        : previousOfType(p.type(), sentence.start());
                if (host.isPresent()) {
                    inherited = host.get().actors();
                    why.add(earlierInSentence.isPresent() ? "actor of the clause the '-ing' form hangs on"
                            : "actor carried over from the previous " + p.type() + " in this article");
                    if (host.get().planned() && !planned) {
                        planned = true;
                        why.add("planned, as the event it continues");
                    }
                }
            } else if (prevWord.equals("and") && earlierInSentence.isPresent()) {
                inherited = earlierInSentence.get().actors();
                why.add("coordinated with the predicate before: same actor");
            } else {
                subject = subject(tokens, chunkAt, trigger, why);
            }
            List<Chunk> after = objects(tokens, chunkAt, end);
            Chunk agent = null;
            for (Chunk c : after) {
                int prev = c.first() - 1;
                while (prev > 0 && NUMBER_WORDS.contains(lower(tokens.get(prev)))) {
                    prev--;
                }
                String before = prev >= 0 ? lower(tokens.get(prev)) : "";
                if (passive && before.equals("by") && c.canAct()) {
                    agent = c;
                    continue;
                }
                boolean right = c.first() == end || (c.first() > end && before.equals("the") && c.first() == end + 1);
                if (c.placeId() != null && place == null
                        && ((p.objectIsPlace() && c.first() - end <= 6) || before.equals("in") || before.equals("at"))) {
                    place = c.placeId();
                    why.add("place '" + c.surface() + "' " + (p.objectIsPlace() && right ? "object" : "after '" + before + "'"));
                    if (p.objectIsPlace() && countries.isCapital(c.surface())) {
                        countries.country(c.surface()).flatMap(directory::named).ifPresent(e -> targets.add(e.id()));
                    }
                    continue;
                }
                if (passive || !c.canAct() || NOT_TARGET_AFTER.contains(before) || modifiesPerson(c, chunks)) {
                    continue;
                }
                for (String id : c.ids()) {
                    if (!targets.contains(id)) {
                        targets.add(id);
                    }
                }
            }
            if (passive) {
                if (subject != null) {
                    targets.addAll(0, subject.ids());
                    why.add("passive: subject '" + subject.surface() + "' is the target");
                }
                subject = agent;
                if (agent != null) {
                    why.add("passive: agent 'by " + agent.surface() + "'");
                }
            }
            if (subject != null) {
                actors.addAll(subject.ids());
                for (Chunk other : conjoined(tokens, chunkAt, subject)) {
                    other.ids().stream().filter(id -> !actors.contains(id)).forEach(actors::add);
                }
                possessor(tokens, chunkAt, subject).ifPresent(o -> o.ids().forEach(id -> {
                    if (!actors.contains(id)) {
                        actors.add(id);
                    }
                }));
            } else {
                actors.addAll(inherited);
            }
            if (actors.isEmpty()) {
                return null; // "was arrested", "were released": without a who, no event to report
            }
            targets.removeAll(actors);
            if (targets.isEmpty() && end < tokens.size()) {
                anaphoricObject(tokens, end).ifPresent(word -> found.stream()
                        .filter(m -> !m.actors().isEmpty() && m.actors().stream().noneMatch(actors::contains))
                        .reduce((a, b) -> b).ifPresent(m -> {
                            targets.addAll(m.actors());
                            why.add("target: '" + word + "' refers to what " + directory.name(m.actors().get(0)) + " did");
                        }));
            }
            if (place == null) {
                place = placeInSentence(tokens, chunkAt, trigger, actors, targets, why);
            }
            // date
            if ((p.type().equals("CONSULT") || p.type().equals("ASSAULT") || p.type().equals("COERCE"))
                    && targets.isEmpty() && place == null) {
                return null; // "hosts refugees", "shot 22-of-45": no one met, hurt or held
            }
            Dating dating = date(sentence, tokens, trigger, objectsEnd(tokens, chunkAt, end), planned, why);
            List<String> according = accordingTo(sentence, tokens, chunkAt, trigger);
            double confidence = 0.9 - (subject == null ? 0.2 : 0) - (dating.stated ? 0 : 0.2)
                    - (subject != null && (subject.kind().equals("PRONOUN") || subject.kind().equals("ROLE")) ? 0.1 : 0);
            String sentenceText = text.substring(sentence.start(), sentence.end());
            Token t = tokens.get(trigger);
            String triggerText = text.substring(t.start(), tokens.get(end - 1).end());
            EventEvidence evidence = new EventEvidence(article.id(), sentence.start(), sentence.end(), sentenceText,
                    triggerText, planned ? "planned" : "happened", dating.startValue, String.join("; ", why));
            return new EventMention(article.id(), article.source(), article.outlet(), p.type(), p.mode(), planned,
                    actors, targets, place, dating.start, dating.end, dating.startValue, dating.endValue, dating.stated,
                    published, according, evidence, Math.max(0.1, confidence));
        }

        /** Nearest chunk that can act before the trigger in its clause, else the discourse's. */
        private Chunk subject(List<Token> tokens, Chunk[] chunkAt, int trigger, List<String> why) {
            for (int k = trigger - 1; k >= 0; k--) {
                String w = lower(tokens.get(k));
                if (CLAUSE_BREAKS.contains(w)) {
                    break;
                }
                Chunk c = chunkAt[k];
                if (c == null) {
                    c = personalPronoun(tokens.get(k), k);
                }
                if (c == null) {
                    continue;
                }
                k = c.first();
                Optional<Chunk> titled = titledDemonym(tokens, c);
                if (titled.isPresent()) {
                    why.add("actor '" + c.surface() + " " + tokens.get(c.last() + 1).text() + "' ("
                            + titled.get().how() + ")");
                    return titled.get();
                }
                boolean infinitive = trigger > 0 && lower(tokens.get(trigger - 1)).equals("to");
                boolean possessive = infinitive && c.last() + 2 < tokens.size() && isPossessive(lower(tokens.get(c.last() + 1)))
                        && intentionNoun(tokens, c.last() + 2, trigger);
                String before = governing(tokens, chunkAt, c);
                // "for a president to attend": the subject of the infinitive
                boolean forTo = before.equals("for") && c.last() + 1 < tokens.size()
                        && lower(tokens.get(c.last() + 1)).equals("to") && !c.kind().equals("LOCATION");
                if (insideAside(tokens, c)) {
                    continue; // "Aso, currently visiting Washington, is to meet …": the aside is not the subject
                }
                if (c.canAct() && (possessive || forTo || !PREPOSITIONS.contains(before))) {
                    if (!possessive && !adjacent(tokens, chunkAt, c.last() + 1, trigger,
                            trigger > 0 && lower(tokens.get(trigger - 1)).equals("to") ? 3 : 0)) {
                        return null; // a common noun phrase ("the agency had suspended") is the subject, no entity
                    }
                    why.add("actor '" + c.surface() + "' (" + c.how() + ", subject before the predicate)");
                    return c;
                }
            }
            // a participle opening the sentence ("Flying to Lima on Monday, the minister …") takes the main subject
            if (trigger <= 1) {
                for (int k = trigger + 1; k < tokens.size(); k++) {
                    if (lower(tokens.get(k)).equals(",")) {
                        if (k + 1 < tokens.size() && chunkAt[k + 1] != null && chunkAt[k + 1].canAct()) {
                            why.add("actor '" + chunkAt[k + 1].surface() + "': subject of the main clause");
                            return chunkAt[k + 1];
                        }
                        Optional<Chunk> person = titleNominal(tokens, k + 1);
                        if (person.isPresent()) {
                            why.add("actor: '" + tokens.get(k + 1).text() + " … ' refers back to " + person.get().surface());
                            return person.get();
                        }
                        break;
                    }
                }
            }
            for (int k = Math.max(0, trigger - 5); k < trigger; k++) {
                if (lower(tokens.get(k)).equals("the")) {
                    Optional<Chunk> person = titleNominal(tokens, k);
                    if (person.isPresent()) {
                        why.add("actor: a title nominal refers back to " + person.get().surface());
                        return person.get();
                    }
                }
            }
            return null;
        }

        /** "a Brazilian president": the person of this article holding that title. */
        private Optional<Chunk> titledDemonym(List<Token> tokens, Chunk c) {
            if (c.last() + 1 >= tokens.size() || countries.country(c.surface()).isEmpty()
                    || !TITLE_WORDS.contains(lower(tokens.get(c.last() + 1)))) {
                return Optional.empty();
            }
            String title = c.surface() + " " + tokens.get(c.last() + 1).text();
            return directory.titled(title).stream().filter(e -> article.entityIds().contains(e.id())).findFirst()
                    .map(e -> new Chunk(c.first(), c.last() + 1, c.start(), tokens.get(c.last() + 1).end(), title,
                            "ROLE", List.of(e.id()), null, "title '" + title + "' held by " + e.name()));
        }

        /**
         * The word governing a chunk: the one before it past determiners and numbers; a parenthesis ("the European
         * Bank (EBRD)") or a list ("from Chile, Peru and the US") takes the word before its first member.
         */
        private String governing(List<Token> tokens, Chunk[] chunkAt, Chunk c) {
            Chunk first = c;
            while (true) {
                int b = first.first() - 1;
                if (b >= 1 && lower(tokens.get(b)).equals("(") && chunkAt[b - 1] != null) {
                    first = chunkAt[b - 1];
                    continue;
                }
                while (b > 0 && NUMBER_WORDS.contains(lower(tokens.get(b)))) {
                    b--;
                }
                if (b >= 1 && (lower(tokens.get(b)).equals("and") || lower(tokens.get(b)).equals(","))
                        && chunkAt[b - 1] != null && chunkAt[b - 1].canAct() && first.canAct()
                        && (first != c || lower(tokens.get(first.first() - 1)).equals("and"))) {
                    first = chunkAt[b - 1];
                    continue;
                }
                return b >= 0 ? lower(tokens.get(b)) : "";
            }
        }

        /** A chunk closing a comma-delimited aside that opened a few words before it. */
        private boolean insideAside(List<Token> tokens, Chunk c) {
            if (c.last() + 1 >= tokens.size() || !lower(tokens.get(c.last() + 1)).equals(",")) {
                return false;
            }
            for (int k = c.first() - 1; k >= Math.max(0, c.first() - 12); k--) {
                String w = lower(tokens.get(k));
                if (w.equals(",")) {
                    return k + 1 < c.first() && Character.isLowerCase(tokens.get(k + 1).text().charAt(0));
                }
            }
            return false;
        }

        /** Whether only auxiliaries, adverbs, times and comma-delimited asides stand in [from, to). */
        private boolean adjacent(List<Token> tokens, Chunk[] chunkAt, int from, int to, int looseWords) {
            int loose = 0;
            for (int k = from; k < to; k++) {
                String w = lower(tokens.get(k));
                if (w.equals(",")) {
                    int close = k + 1;
                    while (close < to && !lower(tokens.get(close)).equals(",")) {
                        close++;
                    }
                    if (close < to && close - k <= 16) {
                        k = close;
                        continue;
                    }
                    continue;
                }
                int at = tokens.get(k).start();
                boolean time = times.stream().anyMatch(t -> t.start() <= at && at < t.end());
                if (time || BETWEEN_SUBJECT_AND_VERB.contains(w) || PLAN_WORDS.contains(w)
                        || (w.endsWith("ly") && w.length() > 3) || (chunkAt[k] != null && chunkAt[k].kind().equals("ROLE"))) {
                    continue;
                }
                // an infinitive's subject may govern it through a verb: "expressed his intention to invite"
                if (++loose > looseWords) {
                    return false;
                }
            }
            return true;
        }

        /** "the secretary general" with no name: the latest person mentioned before it. */
        private Optional<Chunk> titleNominal(List<Token> tokens, int from) {
            if (from >= tokens.size() || !lower(tokens.get(from)).equals("the")) {
                return Optional.empty();
            }
            for (int k = from + 1; k < Math.min(tokens.size(), from + 4); k++) {
                String w = tokens.get(k).text();
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !TITLE_WORDS.contains(lower(tokens.get(k)))) {
                    return Optional.empty(); // "the French minister" names someone else than the last person
                }
                if (TITLE_WORDS.contains(lower(tokens.get(k)))) {
                    String title = lower(tokens.get(k));
                    return latestPersonTitled(tokens.get(from).start(), title).or(() -> latestPersonBefore(tokens.get(from).start()));
                }
            }
            return Optional.empty();
        }

        /** "Russia's Foreign Ministry": Russia acts too. */
        private Optional<Chunk> possessor(List<Token> tokens, Chunk[] chunkAt, Chunk subject) {
            int k = subject.first() - 1;
            if (k >= 1 && isPossessive(lower(tokens.get(k))) && chunkAt[k - 1] != null && chunkAt[k - 1].canAct()) {
                return Optional.of(chunkAt[k - 1]);
            }
            return Optional.empty();
        }

        /** The character offset where the predicate's object phrase ends (see {@link #objects}). */
        private int objectsEnd(List<Token> tokens, Chunk[] chunkAt, int from) {
            int k = from;
            boolean any = false;
            for (; k < Math.min(tokens.size(), from + 25); k++) {
                String w = lower(tokens.get(k));
                if (OBJECT_BREAKS.contains(w) || (w.equals("to") && k + 1 < tokens.size() && isInfinitive(tokens.get(k + 1)))
                        || (any && chunkAt[k] == null && (w.endsWith("ed") || w.endsWith("ing")) && w.length() > 4
                        && Character.isLowerCase(tokens.get(k).text().charAt(0)))) {
                    break;
                }
                any |= chunkAt[k] != null || Character.isLetter(w.charAt(0));
            }
            return k < tokens.size() ? tokens.get(k).start() : tokens.get(tokens.size() - 1).end();
        }

        private List<Chunk> objects(List<Token> tokens, Chunk[] chunkAt, int from) {
            List<Chunk> out = new ArrayList<>();
            for (int k = from; k < Math.min(tokens.size(), from + 25); k++) {
                String w = lower(tokens.get(k));
                if (OBJECT_BREAKS.contains(w)) {
                    break;
                }
                if (w.equals("to") && k + 1 < tokens.size() && isInfinitive(tokens.get(k + 1))) {
                    break;
                }
                if (!out.isEmpty() && chunkAt[k] == null && (w.endsWith("ed") || w.endsWith("ing")) && w.length() > 4
                        && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
                    break; // a participle opens a modifier of the object ("ships involved in …")
                }
                Chunk c = chunkAt[k];
                if (c != null) {
                    if (c.last() + 1 < tokens.size() && REPORTING.contains(lower(tokens.get(c.last() + 1)))) {
                        break;
                    }
                    Chunk previous = out.isEmpty() ? null : out.get(out.size() - 1);
                    boolean apposition = previous != null && previous.placeId() != null && c.placeId() != null
                            && text.substring(previous.end(), c.start()).strip().equals(",")
                            && (countries.country(previous.surface()).isEmpty() || countries.isCapital(previous.surface()))
                            && countries.country(c.surface()).map(x -> x.equalsIgnoreCase(c.surface().strip())).orElse(false);
                    if (!apposition) {
                        out.add(c);
                    }
                    k = c.last();
                }
            }
            return out;
        }

        /** Chunks joined to the subject by "and" or commas: "Lula and Macri", "Chile, Peru and Bolivia". */
        private List<Chunk> conjoined(List<Token> tokens, Chunk[] chunkAt, Chunk subject) {
            List<Chunk> out = new ArrayList<>();
            int k = subject.first() - 1;
            while (k > 0 && NUMBER_WORDS.contains(lower(tokens.get(k)))) {
                k--;
            }
            if (k < 1 || !(lower(tokens.get(k)).equals("and") || lower(tokens.get(k)).equals("&"))) {
                return out; // "…, Nogaideli also met": a comma alone does not join subjects
            }
            while (k >= 1) {
                String w = lower(tokens.get(k));
                if (!(w.equals("and") || w.equals(","))) {
                    break;
                }
                Chunk c = chunkAt[k - 1];
                if (c == null || !c.canAct()) {
                    break;
                }
                out.add(c);
                k = c.first() - 1;
            }
            return out;
        }

        /** "criticized the decision": the object is what was done before, not a named entity. */
        private Optional<String> anaphoricObject(List<Token> tokens, int from) {
            for (int k = from; k < Math.min(tokens.size(), from + 3); k++) {
                String w = lower(tokens.get(k));
                if (ANAPHORIC_OBJECTS.contains(w)) {
                    return Optional.of(w);
                }
                if (!NUMBER_WORDS.contains(w) && !w.equals("this") && !w.equals("that") && !w.equals("recent")) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /** A demonym or country right before a person ("Brazilian President Lula") only modifies the name. */
        private boolean modifiesPerson(Chunk c, List<Chunk> chunks) {
            if (c.kind().equals("PERSON") || c.kind().equals("ROLE") || c.kind().equals("ORGANIZATION")) {
                return false;
            }
            for (Chunk other : chunks) {
                if (other.kind().equals("PERSON") && other.first() > c.last() && other.first() - c.last() <= 4
                        && text.substring(c.end(), other.start()).matches("[\\p{L} .-]*")) {
                    return true;
                }
            }
            return false;
        }

        private String placeInSentence(List<Token> tokens, Chunk[] chunkAt, int trigger, List<String> actors,
                                       List<String> targets, List<String> why) {
            Chunk best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int k = 1; k < tokens.size(); k++) {
                Chunk c = chunkAt[k];
                if (c == null || c.first() != k || c.placeId() == null) {
                    continue;
                }
                String before = lower(tokens.get(k - 1));
                if (!(before.equals("in") || before.equals("at"))) {
                    continue;
                }
                if (actors.contains(c.placeId()) || targets.contains(c.placeId())) {
                    continue;
                }
                int distance = k > trigger ? k - trigger : 2 * (trigger - k);
                if (distance < bestDistance) {
                    best = c;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                why.add("place '" + best.surface() + "' elsewhere in the sentence");
                return best.placeId();
            }
            return null;
        }

        /** A date more than a year before the article's: background rather than news. */
        private boolean farFromPublication(String value) {
            return published != null && lastDay(value).isBefore(published.minusYears(1));
        }

        private boolean timingBetween(int from, int to) {
            for (String w : text.substring(from, to).toLowerCase(Locale.ROOT).split("\\W+")) {
                if (TIMING_VERBS.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private Dating date(Sentence sentence, List<Token> tokens, int trigger, int objectsEnd, boolean planned,
                            List<String> why) {
            int triggerAt = tokens.get(trigger).start();
            List<TimeMention> inSentence = times.stream()
                    .filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end()).toList();
            TimeMention start = null;
            TimeMention until = null;
            int bestDistance = Integer.MAX_VALUE;
            for (TimeMention t : inSentence) {
                if (!t.type().equals("DATE") || t.value() == null || !DATE_VALUE.matcher(t.value()).matches()) {
                    continue;
                }
                String lead = text.substring(Math.max(sentence.start(), t.start() - 12), t.start());
                if (UNTIL.matcher(lead).find()) {
                    if (t.start() > triggerAt) {
                        until = t;
                    }
                    continue;
                }
                if (reportingTime(lead) || SINCE.matcher(lead).find()) {
                    continue;
                }
                if (t.start() > triggerAt && t.start() > objectsEnd && !timingBetween(objectsEnd, t.start())
                        && farFromPublication(t.value())) {
                    continue; // background in a clause about something else ("accused of abuse in 1993")
                }
                int distance = t.start() > triggerAt ? t.start() - triggerAt : 2 * (triggerAt - t.start());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    start = t;
                }
            }
            if (start == null && until == null) {
                if (planned || article.published() == null) {
                    return new Dating(null, null, null, null, false);
                }
                Granularity g = article.published().granularity();
                String value = g.cut(article.published().value());
                why.add("no date in the sentence: on or before the article's date " + value);
                return new Dating(article.published().firstDay(), article.published().lastDay(), value, value, false);
            }
            if (start == null) {
                start = until;
                until = null;
            }
            for (TimeMention t : inSentence) {
                if (t != start && t != until && t.type().equals("DATE") && t.value() != null
                        && DATE_VALUE.matcher(t.value()).matches() && t.value().length() > start.value().length()
                        && t.value().startsWith(start.value())
                        && !reportingTime(text.substring(Math.max(sentence.start(), t.start() - 12), t.start()))) {
                    why.add("'" + t.surface() + "' is a finer date within '" + start.surface() + "'");
                    start = t;
                    break;
                }
            }
            TimeMention endMention = until;
            for (TimeMention t : inSentence) {
                if (t.start() > start.end() && t.value() != null && DATE_VALUE.matcher(t.value()).matches()
                        && RANGE_GAP.matcher(text.substring(start.end(), t.start())).matches()) {
                    endMention = t;
                    break;
                }
            }
            String startValue = start.value();
            String endValue = endMention == null ? startValue : endMention.value();
            LocalDate first = firstDay(startValue);
            LocalDate last = lastDay(endValue);
            if (endMention == null && startValue.length() == 10) {
                for (TimeMention t : inSentence) {
                    Matcher days = t.value() == null ? null : DAYS.matcher(t.value());
                    if (t.type().equals("DURATION") && days != null && days.matches()) {
                        int n = Integer.parseInt(days.group(1));
                        if (n > 1 && n < 60) {
                            last = first.plusDays(n - 1);
                            endValue = last.toString();
                            why.add("lasting '" + t.surface() + "'");
                        }
                        break;
                    }
                }
            }
            why.add("date '" + start.surface() + "' = " + startValue
                    + (endMention == null ? "" : ", until '" + endMention.surface() + "' = " + endValue)
                    + (start.evidence() == null ? "" : " (" + start.evidence() + ")"));
            if (last.isBefore(first)) {
                last = lastDay(startValue);
                endValue = startValue;
            }
            return new Dating(first, last, startValue, endValue, true);
        }

        private boolean reportingTime(String lead) {
            String[] words = lead.toLowerCase(Locale.ROOT).strip().split("\\s+");
            String last = words.length == 0 ? "" : words[words.length - 1];
            String beforeOn = words.length > 1 && last.equals("on") ? words[words.length - 2] : "";
            return REPORTING.contains(last) || REPORTING.contains(beforeOn);
        }

        private List<String> accordingTo(Sentence sentence, List<Token> tokens, Chunk[] chunkAt, int trigger) {
            int at = tokens.get(trigger).start();
            for (Quote q : article.annotations().quotes()) {
                if (q.start() <= at && at < q.end() && q.speaker() != null) {
                    String id = idOf(q.speaker());
                    return id == null ? List.of() : List.of(id);
                }
            }
            for (int k = 0; k < tokens.size(); k++) {
                if (k == trigger || !REPORTING.contains(lower(tokens.get(k)))) {
                    continue;
                }
                for (int d = 1; d <= 3; d++) {
                    for (int j : new int[] {k - d, k + d}) {
                        if (j >= 0 && j < tokens.size() && j != trigger && chunkAt[j] != null && chunkAt[j].canAct()
                                && (j < trigger - 1 || j > trigger + 1 || k > trigger)) {
                            return chunkAt[j].ids();
                        }
                    }
                }
            }
            return List.of();
        }

        private Optional<EventMention> previousOfType(String type, int before) {
            for (int i = found.size() - 1; i >= 0; i--) {
                EventMention m = found.get(i);
                if (m.evidence().start() < before - 1500) {
                    break;
                }
                if (m.type().equals(type)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    private record Dating(LocalDate start, LocalDate end, String startValue, String endValue, boolean stated) {
    }

    /** Whether the matched word acts as a verb here, not as a noun ("the visit", "monitoring sanctions"). */
    private static boolean isVerb(List<Token> tokens, int i, PredicateLexicon.Inflection inflection, Chunk[] chunkAt) {
        String prev = i > 0 ? lower(tokens.get(i - 1)) : "";
        Chunk before = i > 0 ? chunkAt[i - 1] : null;
        // after a people's adjective the word is a noun ("Chinese demand", "Israeli attacks")
        boolean afterChunk = before != null && !before.kind().equals("MISC");
        // a bare base form after a name needs a plural subject: "they visit", "Paris and Rome agree"
        boolean pluralSubject = before != null && (before.kind().equals("PRONOUN")
                || (before.first() > 1 && Set.of("and", ",").contains(lower(tokens.get(before.first() - 1)))));
        if (DETERMINERS.contains(prev) || isPossessive(prev)) {
            return false;
        }
        boolean adverb = prev.endsWith("ly") && prev.length() > 3;
        return switch (inflection) {
            case PAST -> !PREPOSITIONS.contains(prev) || prev.equals("to") || prev.equals("by");
            case GERUND -> i == 0 || GERUND_AFTER.contains(prev) || adverb;
            case BASE -> AUXILIARIES.contains(prev) || (afterChunk && pluralSubject) || adverb || prev.equals("and") && i > 1
                    && AUXILIARIES.contains(lower(tokens.get(i - 2))) || (chunkAt.length > 0 && i == 0);
            case THIRD_PERSON -> (i + 1 >= tokens.size() || !NOT_AFTER_VERB_S.contains(lower(tokens.get(i + 1))))
                    && afterChunk || adverb || Set.of("also", "now", "still", "then", "n't", "never", "often",
                    "who", "which", "that").contains(prev);
        };
    }

    private static final Set<String> INTENTIONS = Set.of("decision", "plan", "plans", "intention", "move", "bid",
            "attempt", "effort", "efforts", "offer", "refusal", "call", "proposal", "failure", "readiness",
            "willingness", "determination", "pledge", "promise", "threat", "right", "vow", "resolve", "agreement");

    /** "X's recent decision to impose": an intention noun right before the infinitive makes X its subject. */
    private static boolean intentionNoun(List<Token> tokens, int from, int trigger) {
        for (int k = from; k < trigger - 1; k++) {
            if (INTENTIONS.contains(lower(tokens.get(k)))) {
                return k == trigger - 2;
            }
        }
        return false;
    }

    private static boolean isInfinitive(Token next) {
        String w = next.text();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NUMBER_WORDS.contains(w)
                && !w.equals("the") && !w.equals("a") && w.chars().allMatch(Character::isLetter);
    }

    private static Optional<String> previousWord(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = lower(tokens.get(k));
            if (w.endsWith("ly") || w.equals("also") || w.equals("reportedly") || w.equals("not")) {
                continue;
            }
            return Optional.of(w);
        }
        return Optional.empty();
    }

    private static int matchRest(List<Token> tokens, int at, List<String> rest, int r) {
        if (r == rest.size()) {
            return at;
        }
        String word = rest.get(r);
        if (word.equals("*")) {
            for (int skip = 0; skip <= 3; skip++) {
                int end = matchRest(tokens, at + skip, rest, r + 1);
                if (end >= 0) {
                    return end;
                }
                if (at + skip >= tokens.size() || isBreak(lower(tokens.get(at + skip)))) {
                    break;
                }
            }
            return -1;
        }
        if (at < tokens.size() && lower(tokens.get(at)).equals(word)) {
            return matchRest(tokens, at + 1, rest, r + 1);
        }
        return -1;
    }

    private static boolean isBreak(String w) {
        return w.equals(",") || w.equals(".") || w.equals(";");
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    private static Chunk place(Chunk c, List<Token> tokens) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() >= c.start() && t.end() <= c.end()) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        if (first < 0) {
            return null;
        }
        return new Chunk(first, last, c.start(), c.end(), c.surface(), c.kind(), c.ids(), c.placeId(), c.how());
    }

    private static boolean free(Chunk[] chunkAt, Chunk c) {
        for (int k = c.first(); k <= c.last(); k++) {
            if (chunkAt[k] != null) {
                return false;
            }
        }
        return true;
    }

    private static List<Chunk> concat(List<Chunk> a, List<Chunk> b) {
        List<Chunk> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static LocalDate firstDay(String value) {
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case 7 -> LocalDate.parse(value + "-01");
            default -> LocalDate.parse(value.substring(0, 10));
        };
    }

    static LocalDate lastDay(String value) {
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case 7 -> LocalDate.parse(value + "-01").plusMonths(1).minusDays(1);
            default -> LocalDate.parse(value.substring(0, 10));
        };
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
