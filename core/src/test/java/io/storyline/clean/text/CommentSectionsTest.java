package io.storyline.clean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.storyline.clean.text.Lines.classified;
import static io.storyline.clean.text.Lines.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CommentSectionsTest {
    private final CommentSections comments = new CommentSections(new BoilerplateLexicon());

    @Test
    void commentSectionAfterTheArticleBodyEndsTheRegion() {
        List<DumpLine> lines = classified(prose("a"), prose("b"), prose("c"), prose("d"), prose("e"), "Leave a Reply",
                "Jane · March 10, 2017 at 1:26 AM", prose("reader comment"));
        assertEquals(new CoreRegionFinder.Region(0, 5), comments.cut(lines, new CoreRegionFinder.Region(0, 8)));
    }

    @Test
    void commentCountAboveTheArticleBodyDoesNotEndIt() {
        List<DumpLine> lines = classified("27 Comments", prose("a"), prose("b"));
        assertEquals(new CoreRegionFinder.Region(0, 3), comments.cut(lines, new CoreRegionFinder.Region(0, 3)));
    }
}
