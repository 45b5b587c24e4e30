package io.storyline.store;

/**
 * What a corpus-wide stage last ran over: the store's last page sequence number and last entity correction at
 * the time. Written in the same transaction as the stage's output, so a stage whose state differs from the
 * store's present one is behind (killed before it finished, or never run since) and runs again.
 *
 * @param stage         the stage's name
 * @param pageSeq       the store's highest page sequence number the stage saw
 * @param correctionSeq the highest entity correction it saw
 */
public record StageState(String stage, long pageSeq, long correctionSeq) {
}
