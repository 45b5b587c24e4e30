package io.storyline.resolve.copy;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A detector restored from the states another left ({@link CopyDetector#state}, {@link CopyDetector#restore}) and
 * told that one's word counts goes on exactly as the detector that added everything: the same links for the later
 * documents, the same originals and states for all, wherever the documents are split.
 */
class CopyDetectorRestoreTest {
    private static final LocalDate DAY = LocalDate.of(1997, 4, 1);

    private record Doc(String id, String text, LocalDate published) {
    }

    @Test
    void aRestoredDetectorGoesOnAsTheOneThatAddedEverything() {
        List<Doc> docs = documents();
        CopyDetector whole = new CopyDetector(CopyDetector.Settings.DEFAULT, textsOf(docs));
        List<List<CopyLink>> wholeLinks = new ArrayList<>();
        for (Doc d : docs) {
            wholeLinks.add(whole.add(d.id(), d.text(), d.published()));
        }
        assertTrue(wholeLinks.stream().mapToInt(List::size).sum() >= 6, "the documents must hold copies: " + wholeLinks);

        for (int split : List.of(1, 7, 20, 31, docs.size() - 2)) {
            CopyDetector first = new CopyDetector(CopyDetector.Settings.DEFAULT, textsOf(docs));
            docs.subList(0, split).forEach(d -> first.add(d.id(), d.text(), d.published()));
            List<DocumentState> states = docs.subList(0, split).stream().map(d -> first.state(d.id())).toList();
            Map<String, Integer> counts = Map.copyOf(first.countedWords());

            CopyDetector resumed = new CopyDetector(CopyDetector.Settings.DEFAULT, textsOf(docs),
                    w -> counts.getOrDefault(w, 0));
            resumed.restore(states);
            for (int i = split; i < docs.size(); i++) {
                Doc d = docs.get(i);
                assertEquals(wholeLinks.get(i), resumed.add(d.id(), d.text(), d.published()), d.id() + " after split " + split);
            }
            for (Doc d : docs) {
                assertTrue(whole.state(d.id()).sameAs(resumed.state(d.id())),
                        d.id() + " after split " + split + ": " + whole.state(d.id()) + " vs " + resumed.state(d.id()));
            }
        }
    }

    /**
     * Forty TE3 articles, with copies among them: syndicated copies of earlier ones, a spun copy, undated copies
     * (the spin tells decide), and an original published before its copies but arriving after them.
     */
    private static List<Doc> documents() {
        List<Path> files = Te3Articles.all().subList(300, 340);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String text = Te3Articles.plain(files.get(i));
            String id = String.format("doc-%02d", i);
            if (i == 5) {
                docs.add(new Doc("late-original-copy-a", "Site A\n\n" + text, DAY.plusDays(3)));
            }
            if (i == 12) {
                docs.add(new Doc("late-original-copy-b", text + "\n\nSite B, all rights reserved", DAY.plusDays(2)));
            }
            docs.add(new Doc(id, text, i == 14 ? DAY : DAY.plusDays(1 + i % 3)));
            if (i % 6 == 2) {
                docs.add(new Doc(id + "-syndicated", "Evening Ledger | World\n\n" + text + "\n\n(c) Evening Ledger",
                        i % 12 == 2 ? null : DAY.plusDays(4)));
            }
            if (i == 20) {
                docs.add(new Doc(id + "-spun", spin(text), null));
            }
        }
        // doc-05's text once more, published before its two earlier copies: it takes their cluster over
        docs.add(new Doc("doc-05-original", Te3Articles.plain(files.get(5)), DAY.minusDays(1)));
        return docs;
    }

    private static String spin(String text) {
        Map<String, String> swaps = Map.of(" said ", " stated ", " government ", " authorities ", " people ",
                " individuals ", " official ", " authorized ", " first ", " primary ", " would ", " might ",
                " after ", " following ", " about ", " regarding ");
        String spun = text;
        for (var swap : swaps.entrySet()) {
            spun = spun.replace(swap.getKey(), swap.getValue());
        }
        return spun;
    }

    private static CopyDetector.TextSource textsOf(List<Doc> docs) {
        Map<String, String> texts = new HashMap<>();
        docs.forEach(d -> texts.put(d.id(), d.text()));
        return texts::get;
    }
}
