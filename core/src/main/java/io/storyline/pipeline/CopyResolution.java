package io.storyline.pipeline;

import io.storyline.resolve.copy.CopyDetector;
import io.storyline.resolve.copy.CopyLink;
import io.storyline.resolve.copy.SpinDetector;
import io.storyline.store.Corpus;
import io.storyline.store.CopyRecord;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the copies in the corpus: every article goes through the MinHash/LSH copy detector in order of arrival
 * (candidates, then an aligning verifier), and each copy points at its cluster's original; an article with no
 * original in the corpus but the tell-tale swaps of a synonym spinner is recorded as spun on its own evidence.
 */
final class CopyResolution implements CorpusStage {

    @Override
    public void run(Corpus corpus, ArticleChanges changes, StageProgress progress) throws SQLException {
        progress.total(corpus.store().pageCount()); // ticks in the first pass, the costly one
        CopyDetector detector = new CopyDetector();
        SpinDetector spin = new SpinDetector();
        Map<String, CopyLink> linkOf = new HashMap<>();
        corpus.store().forEachArticle(stored -> {
            progress.tick();
            var a = stored.article();
            for (CopyLink link : detector.add(a.id(), a.text(), a.published() == null ? null : a.published().firstDay())) {
                linkOf.put(link.copyId(), link);
            }
        });
        List<CopyRecord> records = new ArrayList<>();
        // a second pass over the store rather than holding every text: originals can change until the last add
        corpus.store().forEachArticle(stored -> {
            String id = stored.article().id();
            String original = detector.originalOf(id);
            CopyLink link = linkOf.get(id);
            if (!original.equals(id) && link != null) {
                records.add(CopyRecord.linked(id, original, link));
                return;
            }
            CopyRecord.spunAlone(id, spin.inspect(stored.article().text())).ifPresent(records::add);
        });
        corpus.store().copies().replace(records);
    }
}
