package io.storyline.clean.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InlineMarkersTest {
    @Test
    void cutsAdPlaceholdersInsideALine() {
        assertEquals("The vote was close. It passed.", InlineMarkers.strip("The vote was close. [ad_2] It passed."));
        assertEquals("", InlineMarkers.strip("[ad_1]"));
    }

    @Test
    void leavesOtherBracketsAlone() {
        assertEquals("He said [the plan] would work [1].", InlineMarkers.strip("He said [the plan] would work [1]."));
    }
}
