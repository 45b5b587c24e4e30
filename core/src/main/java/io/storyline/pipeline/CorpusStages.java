package io.storyline.pipeline;

import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.store.Corpus;
import io.storyline.store.KillPoint;
import io.storyline.store.StageState;
import io.storyline.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The corpus-wide stages in the order each feeds the next, run whenever they are behind the store: each stage's
 * output and its {@link StageState} commit in one transaction, so a stage a kill interrupted (or that never ran
 * since the last pages or correction) is found behind and run again, and every stage after one that ran runs too,
 * since its input changed.
 */
public final class CorpusStages {

    /** The stages, in order. */
    public enum Stage {
        DATES(false), COPIES(false), ENTITIES(true), STORIES(true), EVENTS(true);

        private final boolean readsCorrections;

        Stage(boolean readsCorrections) {
            this.readsCorrections = readsCorrections;
        }

        public String label() {
            return name().toLowerCase();
        }

        CorpusStage create(Supplier<LanguagePipeline> language) {
            return switch (this) {
                case DATES -> new DateRefinement(language.get());
                case COPIES -> new CopyResolution();
                case ENTITIES -> new EntityResolution();
                case STORIES -> new StoryResolution();
                case EVENTS -> new EventResolution();
            };
        }
    }

    private CorpusStages() {
    }

    /** The stages whose output is behind the store (their last run saw other pages or corrections). */
    public static List<Stage> behind(Store store) throws SQLException {
        List<Stage> out = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (!out.isEmpty() || isBehind(store, stage)) {
                out.add(stage);
            }
        }
        return out;
    }

    /** Runs every stage that is behind, and every stage after it; returns those it ran. */
    public static List<Stage> runBehind(Corpus corpus, Supplier<LanguagePipeline> language) throws SQLException, IOException {
        return runBehind(corpus, language, IngestPipeline.Progress.NONE);
    }

    /** The same, telling {@code progress} of each stage as it starts, advances and ends. */
    public static List<Stage> runBehind(Corpus corpus, Supplier<LanguagePipeline> language,
                                        IngestPipeline.Progress progress) throws SQLException, IOException {
        List<Stage> stages = behind(corpus.store());
        for (Stage stage : stages) {
            StageProgress shown = progress.stageStarted(stage.label());
            AtomicLong total = new AtomicLong();
            long start = System.nanoTime();
            run(corpus, stage, language, new StageProgress() {
                @Override
                public void total(long items) {
                    total.set(items);
                    shown.total(items);
                }

                @Override
                public void tick() {
                    shown.tick();
                }
            });
            progress.stageFinished(stage.label(), total.get(), Duration.ofNanos(System.nanoTime() - start));
        }
        return stages;
    }

    private static boolean isBehind(Store store, Stage stage) throws SQLException {
        Optional<StageState> done = store.stageState(stage.label());
        StageState now = store.present(stage.label());
        return done.isEmpty() || done.get().pageSeq() != now.pageSeq()
                || stage.readsCorrections && done.get().correctionSeq() != now.correctionSeq();
    }

    private static void run(Corpus corpus, Stage stage, Supplier<LanguagePipeline> language, StageProgress progress)
            throws SQLException, IOException {
        StageState state = corpus.store().present(stage.label());
        ArticleChanges changes = corpus.store().stageState(stage.label())
                .map(done -> new ArticleChanges(done.pageSeq())).orElse(ArticleChanges.EVERYTHING);
        CorpusStage corpusStage = stage.create(language);
        try {
            corpus.store().writeStage(state, () -> {
                try {
                    corpusStage.run(corpus, changes, progress);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                KillPoint.reached("stage:" + stage.label());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        KillPoint.reached("after:" + stage.label());
    }
}
