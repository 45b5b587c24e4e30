package io.storyline.resolve.copy;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyDetectorTest {
    private static final String ARTICLE = "AFP_ENG_19970401.0099";
    private static final LocalDate DAY = LocalDate.of(1997, 4, 1);

    @Test
    void exactCopyIsFound() {
        CopyDetector detector = new CopyDetector();
        String text = Te3Articles.text(ARTICLE);
        assertTrue(detector.add("wire", text, DAY).isEmpty());
        List<CopyLink> links = detector.add("mirror", text.replace("\n", "\n\n  "), DAY.plusDays(1));
        assertEquals(1, links.size());
        CopyLink link = links.get(0);
        assertEquals(CopyKind.EXACT, link.kind());
        assertEquals("mirror", link.copyId());
        assertEquals("wire", link.originalId());
        assertEquals(1.0, link.score());
    }

    @Test
    void syndicatedCopyWithNewChromeIsFound() {
        CopyDetector detector = new CopyDetector();
        String text = Te3Articles.text(ARTICLE);
        detector.add("wire", text, DAY);
        String[] paragraphs = text.split("\n\\s*\n");
        StringBuilder page = new StringBuilder("Evening Ledger | World\nHome > World > Asia\nShare  Tweet  Email\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            if (i != paragraphs.length - 2) {       // the copying site dropped a paragraph
                page.append(paragraphs[i]).append("\n\n");
            }
        }
        page.append("Related: Markets close mixed in Asia\n(c) 1997 Evening Ledger. All rights reserved.\n");
        List<CopyLink> links = detector.add("ledger", page.toString(), DAY.plusDays(1));
        assertEquals(1, links.size(), "links: " + links);
        assertEquals(CopyKind.SYNDICATED, links.get(0).kind());
        assertEquals("wire", links.get(0).originalId(), links.get(0).evidence());
        assertTrue(links.get(0).score() > 0.9);
    }

    @Test
    void spunCopyReportsSwappedPairs() {
        CopyDetector detector = new CopyDetector();
        String text = Te3Articles.text(ARTICLE);
        detector.add("wire", text, DAY);
        Map<String, String> swaps = Map.of(" said ", " stated ", " warned ", " cautioned ", " visit ", " go to ",
                " against ", " in opposition to ", " government ", " authorities ", " relations ", " ties ",
                " foreign ", " overseas ", " official ", " authorized ", " first ", " primary ");
        String spun = text;
        for (Map.Entry<String, String> swap : swaps.entrySet()) {
            spun = spun.replace(swap.getKey(), swap.getValue());
        }
        List<CopyLink> links = detector.add("spinner", spun, null);
        assertEquals(1, links.size());
        CopyLink link = links.get(0);
        assertEquals(CopyKind.SPUN, link.kind(), link.evidence());
        assertEquals("wire", link.originalId(), link.evidence());
        assertTrue(link.substitutions().contains(new Substitution("said", "stated", countOf(text, " said "))),
                "swaps: " + link.substitutions());
        assertTrue(link.substitutions().stream().anyMatch(s -> s.original().equals("against")
                && s.replacement().equals("in opposition to")), "swaps: " + link.substitutions());
    }

    @Test
    void relatedButDifferentArticlesAreNotCopies() {
        String[][] sameStory = {
                {"AFP_ENG_19970401.0099", "AFP_ENG_19970401.0541"},   // Gingrich and Taiwan, two reports
                {"AFP_ENG_19970401.0394", "AFP_ENG_19970401.0445"},   // Heaven's Gate, two reports
                {"XIN_ENG_20061121.0088", "XIN_ENG_20061109.0106"},   // two days of one market-report template
        };
        CopyVerifier verifier = new CopyVerifier();
        for (String[] pair : sameStory) {
            PairComparison comparison = verifier.compare(Te3Articles.text(pair[0]), Te3Articles.text(pair[1]));
            assertFalse(comparison.isCopy(), pair[0] + " vs " + pair[1] + ": " + comparison.describe());
        }
        CopyDetector detector = new CopyDetector();
        for (String[] pair : sameStory) {
            assertTrue(detector.add(pair[0], Te3Articles.text(pair[0]), null).isEmpty());
            assertTrue(detector.add(pair[1], Te3Articles.text(pair[1]), null).isEmpty());
        }
    }

    @Test
    void correctedWireRepeatIsSyndicatedNotSpun() {
        // Xinhua re-sent the story with "a.m." corrected to "p.m.": a copy, but no spinner's work
        PairComparison comparison = new CopyVerifier().compare(Te3Articles.text("XIN_ENG_20061112.0067"),
                Te3Articles.text("XIN_ENG_20061112.0068"));
        assertEquals(CopyKind.SYNDICATED, comparison.kind(), comparison.describe());
    }

    @Test
    void earliestCopyIsTheOriginal() {
        CopyDetector detector = new CopyDetector();
        String text = Te3Articles.text(ARTICLE);
        // the copy is crawled first; the original arrives later but was published earlier
        detector.add("copy-a", "Site A\n\n" + text, DAY.plusDays(2));
        List<CopyLink> links = detector.add("wire", text, DAY);
        assertEquals(1, links.size());
        assertEquals("copy-a", links.get(0).copyId());
        assertEquals("wire", links.get(0).originalId());
        assertTrue(links.get(0).evidence().contains("published earlier"), links.get(0).evidence());
        detector.add("copy-b", text + "\n\nSite B, all rights reserved", DAY.plusDays(1));
        assertEquals("wire", detector.originalOf("copy-a"));
        assertEquals("wire", detector.originalOf("copy-b"));
        assertEquals("wire", detector.originalOf("wire"));
    }

    @Test
    void seedRewriteAndSpunCopyOfOneStoryAreNotCopiesOfEachOther() {
        String rewrite = Te3Articles.seed("001_");
        String spun = Te3Articles.seed("003_");
        PairComparison comparison = new CopyVerifier().compare(rewrite, spun);
        assertFalse(comparison.isCopy(), comparison.describe());
        CopyDetector detector = new CopyDetector();
        for (String prefix : List.of("000_", "001_", "002_", "003_")) {
            assertTrue(detector.add(prefix, Te3Articles.seed(prefix), null).isEmpty(), prefix);
        }
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
