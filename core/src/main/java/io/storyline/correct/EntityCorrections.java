package io.storyline.correct;

import io.storyline.pipeline.CorpusStages;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.query.EntityLookup;
import io.storyline.resolve.entity.Correction;
import io.storyline.resolve.entity.Entity;
import io.storyline.store.Corpus;
import io.storyline.store.StoredCorrection;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's merge, split or undo: the names are looked up as every command looks them up, then the correction is
 * kept and entities, stories and events are resolved again, all in one transaction, so every answer reflects it
 * at once. A correction that names nothing, changes nothing or cannot be applied is refused and nothing is stored:
 * a stored correction is always one that worked. The CLI and the web server both correct through here.
 */
public final class EntityCorrections {
    private EntityCorrections() {
    }

    /** A correction the store refused, with the reason for the user (and the candidates of an ambiguous name). */
    public static final class Refused extends Exception {
        private final List<Entity> candidates;
        private final boolean noSuchCorrection;

        private Refused(String message, List<Entity> candidates, boolean noSuchCorrection) {
            super(message, null, false, false);
            this.candidates = List.copyOf(candidates);
            this.noSuchCorrection = noSuchCorrection;
        }

        Refused(String message, List<Entity> candidates) {
            this(message, candidates, false);
        }

        Refused(String message) {
            this(message, List.of(), false);
        }

        public List<Entity> candidates() {
            return candidates;
        }

        /** The correction to undo does not exist (as opposed to a correction that names nothing or too much). */
        public boolean noSuchCorrection() {
            return noSuchCorrection;
        }
    }

    /**
     * What a correction did.
     *
     * @param changed    false when there was nothing to change (already one entity, already undone)
     * @param message    one sentence for the user
     * @param correction the correction kept, or null when nothing was stored
     * @param entities   the entities it concerns, as they are now
     */
    public record Outcome(boolean changed, String message, StoredCorrection correction, List<Entity> entities) {
    }

    /** A stored correction and whether the current entities show it (a name may have left the corpus since). */
    public record Listed(long id, String kind, String left, String right, String madeAt, boolean inEffect) {
    }

    /** Says that A and B (ids, names, aliases, surnames) are one entity. */
    public static Outcome merge(Corpus corpus, String left, String right) throws SQLException, Refused {
        EntityLookup lookup = EntityLookup.of(corpus);
        Entity a = one(lookup, left);
        Entity b = one(lookup, right);
        if (a.id().equals(b.id())) {
            return new Outcome(false, "nothing to change: '" + left + "' and '" + right + "' are already one entity, "
                    + EntityLookup.describe(a), null, List.of(a));
        }
        Correction correction = new Correction(Correction.Kind.MERGE, operand(lookup, a), operand(lookup, b));
        // the entity seen first keeps its id, the other id is gone
        StoredCorrection stored = store(corpus, correction,
                now -> now.byId(a.id()).isPresent() != now.byId(b.id()).isPresent());
        EntityLookup now = EntityLookup.of(corpus);
        Entity merged = now.byId(a.id()).or(() -> now.byId(b.id())).orElseThrow();
        return new Outcome(true, "merged " + EntityLookup.describe(a) + " and " + EntityLookup.describe(b) + " into "
                + EntityLookup.describe(merged), stored, List.of(merged));
    }

    /** Says that the name NAME is not the entity ENTITY: NAME becomes an entity of its own. */
    public static Outcome split(Corpus corpus, String entity, String name) throws SQLException, Refused {
        EntityLookup lookup = EntityLookup.of(corpus);
        Entity e = one(lookup, entity);
        List<String> names = EntityLookup.namesOf(e);
        String spelling = EntityLookup.spellingOf(e, name).orElseThrow(() -> new Refused("'" + name
                + "' is not a name of " + EntityLookup.describe(e) + "; its names are: " + String.join("; ", names)));
        if (names.size() == 1) {
            return new Outcome(false, "nothing to change: " + EntityLookup.describe(e) + " has no other name to part '"
                    + name + "' from", null, List.of(e));
        }
        Correction correction = new Correction(Correction.Kind.SPLIT, operand(lookup, e), spelling);
        // the entity keeps its id and no longer goes by the name
        StoredCorrection stored = store(corpus, correction, now -> now.byId(e.id())
                .map(rest -> EntityLookup.spellingOf(rest, spelling).isEmpty()).orElse(false));
        EntityLookup now = EntityLookup.of(corpus);
        Entity rest = now.byId(e.id()).orElseThrow();
        Entity parted = now.find(spelling).candidates().stream().filter(c -> !c.id().equals(e.id()))
                .findFirst().orElseThrow();
        return new Outcome(true, "split '" + spelling + "' from " + e.id() + ": now " + EntityLookup.describe(rest)
                + " and " + EntityLookup.describe(parted), stored, List.of(rest, parted));
    }

    /** Forgets correction {@code id} and resolves again as if it had never been made. */
    public static Outcome undo(Corpus corpus, long id) throws SQLException, Refused {
        StoredCorrection found = corpus.store().entities().storedCorrections().stream()
                .filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new Refused("no correction with id " + id + " (see `storyline entities corrections`)",
                        List.of(), true));
        corpus.store().inTransaction(() -> {
            corpus.store().entities().removeCorrection(id);
            resolveAgain(corpus);
        });
        return new Outcome(true, "undid correction " + id + ": " + describe(found.correction()), found, List.of());
    }

    /** Every stored correction, oldest first, with whether the entities show it now. */
    public static List<Listed> list(Corpus corpus) throws SQLException {
        EntityLookup lookup = EntityLookup.of(corpus);
        List<Listed> out = new ArrayList<>();
        for (StoredCorrection c : corpus.store().entities().storedCorrections()) {
            Correction k = c.correction();
            out.add(new Listed(c.id(), k.kind().name().toLowerCase(java.util.Locale.ROOT), k.left(), k.right(),
                    c.madeAt(), inEffect(lookup, k)));
        }
        return out;
    }

    /** A test of the entities after a correction: did it take? */
    private interface Took {
        boolean test(EntityLookup now);
    }

    /** Keeps the correction and resolves again in one transaction; rolls all back if it did not take. */
    private static StoredCorrection store(Corpus corpus, Correction correction, Took check) throws SQLException, Refused {
        long[] id = {0};
        boolean[] took = {false};
        try {
            corpus.store().inTransaction(() -> {
                id[0] = corpus.store().entities().addCorrection(correction);
                resolveAgain(corpus);
                took[0] = check.test(EntityLookup.of(corpus));
                if (!took[0]) {
                    throw new NotApplied();
                }
            });
        } catch (NotApplied e) {
            throw new Refused("could not apply " + describe(correction) + ": resolving again with it changed nothing"
                    + " (the names may be one spelling the resolver cannot tell apart); nothing was stored");
        }
        return corpus.store().entities().storedCorrections().stream().filter(c -> c.id() == id[0]).findFirst()
                .orElseThrow();
    }

    /** Thrown inside the transaction to roll back a correction that did not take. */
    private static final class NotApplied extends RuntimeException {
        NotApplied() {
            super(null, null, false, false);
        }
    }

    private static boolean inEffect(EntityLookup lookup, Correction c) {
        EntityLookup.Match left = lookup.find(c.left());
        EntityLookup.Match right = lookup.find(c.right());
        if (left.candidates().isEmpty() || right.candidates().isEmpty()) {
            return false;
        }
        boolean together = left.candidates().get(0).id().equals(right.candidates().get(0).id());
        return c.kind() == Correction.Kind.MERGE == together;
    }

    /** The correction makes entities, stories and events behind; any stage a killed run left behind runs too. */
    private static void resolveAgain(Corpus corpus) throws SQLException {
        try {
            CorpusStages.runBehind(corpus, LanguagePipeline::new);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Entity one(EntityLookup lookup, String query) throws Refused {
        EntityLookup.Match match = lookup.find(query);
        if (!match.found()) {
            throw new Refused(match.problem(), match.candidates());
        }
        return match.entity();
    }

    /**
     * How a correction names an entity: its canonical name, which outlives ids (a merge can change an id), unless
     * that name is also another entity's, then its id.
     */
    private static String operand(EntityLookup lookup, Entity e) {
        EntityLookup.Match byName = lookup.find(e.name());
        return byName.found() && byName.entity().id().equals(e.id()) ? e.name() : e.id();
    }

    static String describe(Correction c) {
        return c.kind() == Correction.Kind.MERGE ? "merge '" + c.left() + "' with '" + c.right() + "'"
                : "split '" + c.right() + "' from '" + c.left() + "'";
    }
}
