package io.storyline.pipeline;

import io.storyline.nlp.LanguagePipeline;
import io.storyline.resolve.entity.Correction;
import io.storyline.store.Corpus;

import java.io.IOException;
import java.sql.SQLException;

/**
 * A user's merge or split: kept in the store, then entities are resolved again, and the stories and events built
 * on entity ids with them, so every answer reflects the correction at once. The CLI and the web server both
 * correct through here.
 */
public final class EntityCorrections {
    private EntityCorrections() {
    }

    public static void apply(Corpus corpus, Correction correction) throws SQLException, IOException {
        corpus.store().entities().addCorrection(correction);
        // the correction makes entities, stories and events behind; any stage a killed run left behind runs too
        CorpusStages.runBehind(corpus, LanguagePipeline::new);
    }
}
