package io.storyline.pipeline;

import io.storyline.ingest.ContentId;
import io.storyline.resolve.copy.CopyDetector;
import io.storyline.resolve.copy.CopyLink;
import io.storyline.resolve.copy.DocumentState;
import io.storyline.resolve.copy.SpinDetector;
import io.storyline.store.CopyRecord;
import io.storyline.store.CopyStateStore;
import io.storyline.store.CopyStateStore.Keep;
import io.storyline.store.CopyStateStore.Row;
import io.storyline.store.Corpus;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the copies in the corpus: every article goes through the MinHash/LSH copy detector in order of arrival
 * (candidates, then an aligning verifier), and each copy points at its cluster's original; an article with no
 * original in the corpus but the tell-tale swaps of a synonym spinner is recorded as spun on its own evidence.
 * <p>
 * The detector's state after each run is kept per article ({@link CopyStateStore}), so a run restores it for the
 * articles it already saw and adds only the new ones: they are hashed and aligned with their candidates alone, the
 * texts of only those candidates are read, and the result is the one a single run over everything gives, since
 * articles are added in order of arrival either way. The copy records rewritten are the new articles' and those of
 * older articles whose original or link the new ones changed (an earlier-dated article arriving late takes over
 * its cluster). When the kept states are not exactly those of the articles before the new ones (a data folder from
 * before they were kept, a refined publication date, another detector version: {@link #resumablePrefix}), the run starts
 * from scratch.
 */
final class CopyResolution implements CorpusStage {
    private static final CopyDetector.Settings SETTINGS = CopyDetector.Settings.DEFAULT;
    /** The settings and detector version, hashed as page texts are (the key is stored with every article). */
    private static final String SETTINGS_KEY = ContentId.of(SETTINGS.fingerprint());
    private static final int PAGE = 1000;
    private int addedLastRun;

    @Override
    public void run(Corpus corpus, ArticleChanges changes, StageProgress progress) throws SQLException {
        CopyStateStore kept = corpus.store().copyStates();
        List<Row> rows = kept.rows();
        try {
            findCopies(corpus, kept, rows, resumablePrefix(rows, changes.seenSeq()), progress);
        } catch (CopyStateStore.UnreadableState damaged) {
            // nothing is written before every kept row needed was read: start again without them
            findCopies(corpus, kept, rows, 0, progress);
        }
    }

    /** Restores the first {@code resumed} articles as kept, adds the others, and stores what changed. */
    private void findCopies(Corpus corpus, CopyStateStore kept, List<Row> rows, int resumed, StageProgress progress)
            throws SQLException {
        if (resumed == 0) {
            kept.clear();
        }
        Map<String, Integer> keptWordCounts = new HashMap<>();
        CopyDetector detector = new CopyDetector(SETTINGS,
                id -> StoreRead.of(() -> kept.text(id)),
                word -> keptWordCounts.computeIfAbsent(word, w -> StoreRead.of(() -> kept.wordCount(w))));
        try {
            restore(detector, rows.subList(0, resumed));
            NewArticles added = addNew(kept, detector, rows.subList(resumed, rows.size()), progress);
            List<Row> changedBefore = changedBefore(detector, rows.subList(0, resumed), added.links());
            Map<String, CopyLink> links = new HashMap<>(kept.links(changedBefore.stream().map(Row::articleId)
                    .filter(id -> !added.links().containsKey(id)).toList()));
            links.putAll(added.links());

            List<Keep> keep = new ArrayList<>();
            Set<String> toRecord = new LinkedHashSet<>();
            for (Row row : changedBefore) {
                DocumentState now = detector.state(row.articleId());
                keep.add(new Keep(row.inputKey(), now, links.get(row.articleId())));
                if (!now.root().equals(row.kept().root()) || added.links().containsKey(row.articleId())) {
                    toRecord.add(row.articleId());
                }
            }
            for (Row row : rows.subList(resumed, rows.size())) {
                keep.add(new Keep(inputKey(row.published()), detector.state(row.articleId()), links.get(row.articleId())));
                toRecord.add(row.articleId());
            }
            List<CopyRecord> records = new ArrayList<>();
            for (String id : toRecord) {
                String original = detector.originalOf(id);
                CopyLink link = links.get(id);
                if (!original.equals(id) && link != null) {
                    records.add(CopyRecord.linked(id, original, link));
                } else if (added.spunAlone().containsKey(id)) {
                    records.add(added.spunAlone().get(id));
                }
                // else an article seen before that is still no linked copy, as it was not before (a copy never
                // becomes an original again, nor loses its link): its record stands
            }
            kept.put(keep);
            kept.addWordCounts(detector.countedWords());
            if (resumed == 0) {
                corpus.store().copies().replace(records);
            } else {
                corpus.store().copies().put(records);
            }
            addedLastRun = rows.size() - resumed;
        } catch (StoreRead.Failed e) {
            throw e.getCause();
        }
    }

    private static void restore(CopyDetector detector, List<Row> rows) {
        try {
            detector.restore(rows.stream().map(Row::kept).toList());
        } catch (IllegalArgumentException e) {
            throw new CopyStateStore.UnreadableState("kept copy states do not fit together: " + e.getMessage(), e);
        }
    }

    /** How many articles the last run hashed and aligned (the others were restored as kept). */
    int addedLastRun() {
        return addedLastRun;
    }

    /** The links and spun-alone records of the articles added this run. */
    private record NewArticles(Map<String, CopyLink> links, Map<String, CopyRecord> spunAlone) {
    }

    private static NewArticles addNew(CopyStateStore kept, CopyDetector detector, List<Row> fresh, StageProgress progress)
            throws SQLException {
        progress.total(fresh.size());
        if (fresh.isEmpty()) {
            return new NewArticles(Map.of(), Map.of());
        }
        Map<String, LocalDate> published = new HashMap<>();
        fresh.forEach(row -> published.put(row.articleId(), row.published()));
        SpinDetector spin = new SpinDetector();
        Map<String, CopyLink> links = new HashMap<>();
        Map<String, CopyRecord> spunAlone = new HashMap<>();
        long after = fresh.get(0).seq() - 1;
        List<CopyStateStore.ArticleText> page;
        while (!(page = kept.textsAfter(after, PAGE)).isEmpty()) {
            for (CopyStateStore.ArticleText article : page) {
                progress.tick();
                for (CopyLink link : detector.add(article.articleId(), article.text(), published.get(article.articleId()))) {
                    links.put(link.copyId(), link);
                }
                // judged now, while the text is at hand, though a later article may make it a linked copy after all
                CopyRecord.spunAlone(article.articleId(), spin.inspect(article.text()))
                        .ifPresent(r -> spunAlone.put(r.articleId(), r));
            }
            after = page.get(page.size() - 1).seq();
        }
        return new NewArticles(links, spunAlone);
    }

    /** The articles seen before whose state the new ones changed (cluster, spin weight, link). */
    private static List<Row> changedBefore(CopyDetector detector, List<Row> before, Map<String, CopyLink> newLinks) {
        List<Row> changed = new ArrayList<>();
        for (Row row : before) {
            if (newLinks.containsKey(row.articleId()) || !detector.state(row.articleId()).sameAs(row.kept())) {
                changed.add(row);
            }
        }
        return changed;
    }

    /**
     * How many articles, from the first, a run can restore: those the stage's last finished run saw ({@code
     * seenSeq}), when each has a state kept under the key of its inputs now and no later one has any. Else 0, and
     * all is found again: states and word counts are written for exactly those articles in one transaction with
     * the stage's state, so anything else is a folder from before they were kept, a refined date, another detector
     * or a damaged table.
     */
    static int resumablePrefix(List<Row> rows, long seenSeq) {
        int valid = 0;
        for (Row row : rows) {
            boolean seen = row.seq() <= seenSeq;
            if (seen && (row.kept() == null || !inputKey(row.published()).equals(row.inputKey()))
                    || !seen && row.inputKey() != null) {
                return 0;
            }
            valid += seen ? 1 : 0;
        }
        return valid;
    }

    /**
     * What an article's state depends on besides its text, which a page never changes: its publication date (the
     * date stage may refine it) and the detector's settings and version.
     */
    static String inputKey(LocalDate published) {
        return SETTINGS_KEY + " " + (published == null ? "undated" : published);
    }
}
