package io.storyline.pipeline;

/**
 * What a corpus-wide stage tells of its progress while it runs: how many items it will work through, then each
 * item done. Ticks may come from several threads at once.
 */
public interface StageProgress {
    StageProgress NONE = new StageProgress() {
        @Override
        public void total(long items) {
        }

        @Override
        public void tick() {
        }
    };

    void total(long items);

    void tick();
}
