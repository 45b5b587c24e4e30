package io.storyline.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoakBenchmarkTest {
    private static final String YOUNG = "[61.204s][info][gc] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 300M->210M(512M) 12.345ms";
    private static final String FULL = "[115.002s][info][gc] GC(13) Pause Full (System.gc()) 260M->48M(512M) 80.210ms";

    @Test
    void onlyAFullCollectionCountsAsTheLiveSet() {
        assertFalse(SoakBenchmark.FULL_GC_LINE.matcher(YOUNG).find());
        Matcher full = SoakBenchmark.FULL_GC_LINE.matcher(FULL);
        assertTrue(full.find());
        assertEquals("115.002", full.group(1));
        assertEquals("48", full.group(3));
    }

    @Test
    void everyPauseCountsAsHeapAfterCollection() {
        assertTrue(SoakBenchmark.GC_LINE.matcher(YOUNG).find());
        assertTrue(SoakBenchmark.GC_LINE.matcher(FULL).find());
    }

    @Test
    void theSlopeIsInMegabytesPerMinute() {
        assertEquals(10.0, SoakBenchmark.slope(List.of(new double[] {0, 40}, new double[] {60, 50}, new double[] {120, 60})), 1e-9);
        assertEquals(0.0, SoakBenchmark.slope(List.of(new double[] {0, 40}, new double[] {60, 40})), 1e-9);
    }
}
