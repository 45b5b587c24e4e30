package io.storyline.pipeline;

import io.storyline.resolve.entity.Correction;
import io.storyline.store.Corpus;

import java.sql.SQLException;

/**
 * A user's merge or split: kept in the store, then entities are resolved again, and the stories and events built
 * on entity ids with them, so every answer reflects the correction at once. The CLI and the web server both
 * correct through here.
 */
public final class EntityCorrections {
    private EntityCorrections() {
    }

    public static void apply(Corpus corpus, Correction correction) throws SQLException {
        corpus.store().entities().addCorrection(correction);
        new EntityResolution().run(corpus);
        new StoryResolution().run(corpus);
        new EventResolution().run(corpus);
    }
}
