package io.storyline.pipeline;

import io.storyline.store.Corpus;

import java.io.IOException;
import java.sql.SQLException;

/**
 * One corpus-wide stage: brings its tables up to date with the store, told which articles arrived since its last
 * run, so that a stage able to work on those alone does. {@link CorpusStages} runs them in order, each in one
 * transaction with its state.
 */
interface CorpusStage {

    /** Runs over the corpus; {@code changes} says what is new since the stage last finished. */
    void run(Corpus corpus, ArticleChanges changes, StageProgress progress) throws SQLException, IOException;
}
