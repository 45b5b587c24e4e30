package io.storyline.ingest;

/** What reading one page of a crawl gave: the page, or the reason it could not be read. */
public sealed interface ReadOutcome {

    /** Where the outcome came from: a file, or {@code file#record}. */
    String path();

    record Read(Page page) implements ReadOutcome {
        @Override
        public String path() {
            return page.path();
        }
    }

    record Failed(String path, String reason) implements ReadOutcome {
    }
}
