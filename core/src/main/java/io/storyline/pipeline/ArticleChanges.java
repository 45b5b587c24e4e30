package io.storyline.pipeline;

/**
 * What is new to a corpus stage since it last finished: the articles stored after the page sequence number it saw
 * then. Articles changed in place since (a refined date, another entity after a correction) are not listed: a stage
 * that keeps results between runs must check the inputs it read then against the store's now, as the event stage
 * does, since a killed run loses any list an earlier stage handed on.
 *
 * @param seenSeq the highest page sequence number the stage's last finished run saw; 0 when it never ran
 */
record ArticleChanges(long seenSeq) {
    static final ArticleChanges EVERYTHING = new ArticleChanges(0);

    /** Whether the article with this sequence number arrived after the stage's last run. */
    boolean isNew(long seq) {
        return seq > seenSeq;
    }

    boolean firstRun() {
        return seenSeq == 0;
    }
}
