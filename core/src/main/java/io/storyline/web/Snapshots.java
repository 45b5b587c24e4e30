package io.storyline.web;

import io.storyline.store.Corpus;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out the current {@link CorpusSnapshot}, loading a new one when another process committed to the store (an
 * ingest, or a correction made with the CLI) or this server applied an edit. The check is one pragma per request.
 */
final class Snapshots {
    private final Corpus corpus;
    private final AtomicLong edits = new AtomicLong();
    private volatile CorpusSnapshot current;

    Snapshots(Corpus corpus) {
        this.corpus = corpus;
    }

    CorpusSnapshot current() throws SQLException {
        long version = corpus.store().dataVersion() * 1_000_003L + edits.get();
        CorpusSnapshot snapshot = current;
        if (snapshot != null && snapshot.version == version) {
            return snapshot;
        }
        synchronized (this) {
            if (current == null || current.version != version) {
                current = CorpusSnapshot.load(corpus, version);
            }
            return current;
        }
    }

    /** Says the store's entities changed under this server, so the next request reloads them. */
    void edited() {
        edits.incrementAndGet();
    }
}
