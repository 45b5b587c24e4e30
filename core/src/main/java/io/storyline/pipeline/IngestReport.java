package io.storyline.pipeline;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param files        files looked at
 * @param skippedFiles files already read to their end by an earlier ingest (same size and time)
 * @param pagesRead    pages read in this run
 * @param pagesAdded   pages new to the store
 * @param failures     "path: reason" for every page or file that could not be read
 */
public record IngestReport(int files, int skippedFiles, long pagesRead, long pagesAdded, List<String> failures) {
    public IngestReport {
        failures = List.copyOf(failures);
    }
}
