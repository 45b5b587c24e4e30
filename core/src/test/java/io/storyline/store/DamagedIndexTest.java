package io.storyline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Random bytes written into an index segment (a bad disk, a torn copy): searches must not fail from then on. */
class DamagedIndexTest {
    private static final String[] PLACES = {"harbour", "bridge", "station", "library", "stadium", "market", "airport",
            "hospital", "museum", "school"};
    @TempDir
    Path data;

    private void fill() throws Exception {
        try (Corpus corpus = Corpus.open(data)) {
            List<Arrival> arrivals = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String place = PLACES[i % PLACES.length];
                arrivals.add(CorpusTest.arrival(CorpusTest.page("Report " + i + ": the council voted to rebuild the "
                        + place + " in district " + i + ", the mayor said on Tuesday after a long debate about the cost "
                        + "of the " + place + " and of the roads around it."), null, null));
            }
            corpus.add(arrivals);
        }
    }

    /**
     * Overwrites 16 bytes of the largest index file (the compound segment file) with seeded random bytes, at
     * {@code twentieths}/20 of its length: at 9/20 the bytes fall in the postings, where Lucene's open does not look
     * and a search throws ArrayIndexOutOfBoundsException; at 3/20 searches still answer, but the checksum fails.
     */
    private void damageLargestSegmentFile(int twentieths) throws Exception {
        Path largest;
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            largest = files.filter(f -> !f.getFileName().toString().startsWith("segments") && !f.getFileName().toString().endsWith(".lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] noise = new byte[16];
        new Random(150).nextBytes(noise);
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(file.length() * twentieths / 20);
            file.write(noise);
        }
    }

    @Test
    void aSearchOverADamagedSegmentRebuildsTheIndexFromTheStoreAndAnswers() throws Exception {
        fill();
        damageLargestSegmentFile(9);
        try (SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            assertThrows(ArrayIndexOutOfBoundsException.class,
                    () -> index.search(new SearchRequest("museum", 50, null, null, null)), "the damage breaks searches");
        }
        try (Corpus corpus = Corpus.open(data)) {
            assertNotNull(corpus.index().damage(), "the damage is seen by the checksums");
            for (String place : PLACES) {
                assertEquals(20, corpus.search(new SearchRequest(place, 50, null, null, null)).size(), place);
            }
            assertNull(corpus.index().damage(), "rebuilt");
            assertEquals(200, corpus.index().documentCount());
        }
    }

    @Test
    void checkRepairsADamagedIndexBeforeAnySearch() throws Exception {
        fill();
        damageLargestSegmentFile(3);
        try (Corpus corpus = Corpus.open(data)) {
            assertNotNull(corpus.repairDamagedIndex(), "damage found and repaired");
            assertNull(corpus.repairDamagedIndex(), "sound after the repair");
            assertEquals(20, corpus.index().search(new SearchRequest("museum", 50, null, null, null)).size());
        }
    }
}
