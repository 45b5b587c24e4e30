package io.storyline.events;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DyadicExportTest {

    @Test
    void csvNeutralisesCellsASpreadsheetWouldRunAsFormulas() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,plain,a=b\r\n", DyadicExport.csvLine(
                List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "plain", "a=b")));
        assertEquals("\"'=1+2,3\"\r\n", DyadicExport.csvLine(List.of("=1+2,3")), "neutralised, then quoted");
    }

    @Test
    void csvWritesNumbersAsNumbersAndNullsAsEmptyCells() {
        assertEquals("3,0.75,,2023-01-30,a\r\n", DyadicExport.csvLine(
                Arrays.asList(3, 0.75, null, java.time.LocalDate.of(2023, 1, 30), "a")));
    }
}
