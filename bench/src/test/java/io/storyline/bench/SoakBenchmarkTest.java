package io.storyline.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SoakBenchmarkTest {
    private static final String YOUNG = "[61.204s][info][gc] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 300M->210M(512M) 12.345ms";
    private static final String ASKED_FULL = "[115.002s][info][gc] GC(13) Pause Full (Diagnostic Command) 260M->48M(512M) 80.210ms";
    private static final String FORCED_FULL = "[118.002s][info][gc] GC(14) Pause Full (G1 Compaction Pause) 500M->300M(512M) 90.000ms";

    @Test
    void theLiveHeapIsWhatEachAskedFullCollectionLeavesInTurn(@TempDir Path dir) throws Exception {
        Path log = Files.write(dir.resolve("gc.log"), List.of(YOUNG, ASKED_FULL, FORCED_FULL,
                ASKED_FULL.replace("48M(", "52M(")));
        assertEquals(List.of(48.0, 52.0), SoakBenchmark.liveHeapPerMinute(log));
    }

    @Test
    void aMissingLogHasNoLiveHeap(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), SoakBenchmark.liveHeapPerMinute(dir.resolve("none.log")));
    }

    @Test
    void liveHeapSamplesSitJustBeforeEachMinuteEnds() {
        List<double[]> points = SoakBenchmark.liveHeapPoints(List.of(40.0, 43.0));
        assertEquals(55.0, points.get(0)[0], 1e-9);
        assertEquals(115.0, points.get(1)[0], 1e-9);
        assertEquals(3.0, SoakBenchmark.slope(points), 1e-9);
    }

    @Test
    void theSlopeIsInMegabytesPerMinute() {
        assertEquals(10.0, SoakBenchmark.slope(List.of(new double[] {0, 40}, new double[] {60, 50}, new double[] {120, 60})), 1e-9);
        assertEquals(0.0, SoakBenchmark.slope(List.of(new double[] {0, 40}, new double[] {60, 40})), 1e-9);
    }
}
