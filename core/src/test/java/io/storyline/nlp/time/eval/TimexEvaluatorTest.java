package io.storyline.nlp.time.eval;

import io.storyline.nlp.time.TimeTagger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimexEvaluatorTest {
    private static final String TEXT = "The minister arrived on Friday and will leave next week, the ministry said.";

    private static TimeMlDocument.Timex gold(String surface, String type, String value) {
        int start = TEXT.indexOf(surface);
        return new TimeMlDocument.Timex(start, start + surface.length(), type, value);
    }

    @Test
    void wrongValueAndMissedGoldReachTheListenerAndTheScore() {
        // 2024-04-10 is a Wednesday: "Friday" in past tense is 2024-04-05; the gold here says otherwise on purpose
        var doc = new TimeMlDocument("made-up", LocalDate.of(2024, 4, 10), TEXT,
                List.of(gold("Friday", "DATE", "2024-04-12"), gold("the ministry", "DATE", "2024")));
        List<TimexEvaluator.TimexError> errors = new ArrayList<>();

        var evaluation = new TimexEvaluator(new TimeTagger(), errors::add).evaluate(List.of(doc));

        assertEquals(List.of(TimexEvaluator.ErrorKind.VALUE, TimexEvaluator.ErrorKind.MISSED, TimexEvaluator.ErrorKind.SPURIOUS),
                errors.stream().map(TimexEvaluator.TimexError::kind).toList(), errors.toString());
        assertEquals("next week", errors.get(2).ours().surface());
        assertEquals(2L, evaluation.score().figures().get("gold"));
    }

    @Test
    void agreeingPredictionsReportNoErrors() {
        var doc = new TimeMlDocument("made-up", LocalDate.of(2024, 4, 10), TEXT,
                List.of(gold("Friday", "DATE", "2024-04-05"), gold("next week", "DATE", "2024-W16")));
        List<TimexEvaluator.TimexError> errors = new ArrayList<>();

        var evaluation = new TimexEvaluator(new TimeTagger(), errors::add).evaluate(List.of(doc));

        assertEquals(List.of(), errors);
        assertEquals(1.0, evaluation.score().strictF1(), 1e-9);
    }
}
