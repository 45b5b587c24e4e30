package io.storyline.clean.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlockTextTest {
    private static List<String> lines(String html) {
        return BlockText.lines(Jsoup.parse(html).body());
    }

    @Test
    void headingsParagraphsAndListItemsGetTheirOwnLines() {
        assertEquals(List.of("Title", "First para with bold text.", "one", "two"),
                lines("<h2>Title</h2><p>First para with <b>bold</b>\n text.</p><ul><li>one</li><li>two</li></ul>"));
    }

    @Test
    void breakEndsALine() {
        assertEquals(List.of("line one", "line two"), lines("<p>line one<br>line two</p>"));
    }

    @Test
    void scriptsStylesAndFormControlsSaySomething() {
        assertEquals(List.of("kept"), lines("<div><script>var x=1;</script><style>p{}</style><button>Go</button>kept</div>"));
    }

    @Test
    void nonBreakingSpacesAreSpaces() {
        assertEquals(List.of("a b"), lines("<p>a&nbsp;&nbsp;b</p>"));
    }

    /** The recursive walk overflowed the stack at a few thousand levels; an iterative one does not care. */
    @Test
    void aHundredThousandNestedDivsGiveTheirText() {
        String html = "<div>".repeat(100_000) + "<p>deep</p>" + "</div>".repeat(100_000);
        assertEquals(List.of("deep"), lines(html));
    }
}
