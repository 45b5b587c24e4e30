package io.storyline.nlp.time.eval;

import io.storyline.nlp.TimeMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimexScoreTest {
    private static TimeMention ours(int start, int end, String value) {
        return new TimeMention("x", start, end, "DATE", value, "test");
    }

    @Test
    void overlapCountsForRelaxedButNotStrict() {
        TimexScore score = new TimexScore();
        score.add(List.of(new TimeMlDocument.Timex(10, 20, "DATE", "2024")),
                List.of(ours(12, 20, "2024")));
        assertEquals(0.0, score.strictF1());
        assertEquals(1.0, score.relaxedF1());
        assertEquals(1.0, score.valueF1());
    }

    @Test
    void valueF1IsValueAccuracyTimesRelaxedF1() {
        TimexScore score = new TimexScore();
        score.add(List.of(new TimeMlDocument.Timex(0, 5, "DATE", "2024"),
                        new TimeMlDocument.Timex(10, 15, "DATE", "2023"),
                        new TimeMlDocument.Timex(30, 35, "DATE", "2022")),
                List.of(ours(0, 5, "2024"), ours(10, 15, "1999"), ours(50, 55, "2020")));
        double p = 2.0 / 3;
        double r = 2.0 / 3;
        double relaxed = 2 * p * r / (p + r);
        assertEquals(relaxed, score.relaxedF1(), 1e-9);
        assertEquals(0.5 * relaxed, score.valueF1(), 1e-9);
    }
}
