package io.storyline.cli;

import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.pipeline.CorpusStages;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline check}: verifies the store and the index, repairs what can be derived again, reports. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Verify the data folder: the store (SQLite integrity check, every page has its article, "
                + "corpus stages up to date) and the search index (same documents as the store).",
                "Repairs what can be derived again (rebuilds the index, re-runs stale corpus stages) and prints one "
                        + "line per check.",
                "Exit code 0 when everything is sound or was repaired, 2 when something could not be repaired."})
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;
    @Mixin
    OutputOptions output;
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One check: what was checked, "ok", "repaired" or "failed", and the details. */
    public record CheckResult(String check, String status, String detail) {
    }

    @Override
    public Integer call() throws Exception {
        List<CheckResult> results = new ArrayList<>();
        try (Corpus corpus = data.openForWriting("check", spec.commandLine().getErr())) {
            List<String> integrity = corpus.store().integrityCheck();
            boolean sound = integrity.equals(List.of("ok"));
            results.add(new CheckResult("store_integrity", sound ? "ok" : "failed",
                    sound ? corpus.store().file().toString() : corpus.store().file() + ": " + String.join("; ", integrity)));
            List<String> orphans = corpus.store().pagesWithoutArticle();
            results.add(new CheckResult("pages_have_articles", orphans.isEmpty() ? "ok" : "failed",
                    orphans.isEmpty() ? corpus.store().pageCount() + " pages"
                            : orphans.size() + " pages without article, e.g. " + orphans.get(0)));
            String damage = corpus.repairDamagedIndex();
            results.add(new CheckResult("index_checksums", damage == null ? "ok" : corpus.index().damage() == null ? "repaired" : "failed",
                    damage == null ? "every index file matches its checksum" : damage + "; rebuilt from the store"));
            long docs = corpus.index().documentCount();
            long pages = corpus.store().pageCount();
            if (docs != pages || corpus.index().indexedSeq() != corpus.store().maxSeq()) {
                corpus.rebuildIndex();
                results.add(new CheckResult("index_matches_store", corpus.index().documentCount() == pages ? "repaired" : "failed",
                        "index had " + docs + " documents for " + pages + " pages; rebuilt from the store"));
            } else {
                results.add(new CheckResult("index_matches_store", "ok", docs + " documents"));
            }
            List<CorpusStages.Stage> behind = CorpusStages.behind(corpus.store());
            if (behind.isEmpty()) {
                results.add(new CheckResult("corpus_stages", "ok", "all up to date"));
            } else {
                CorpusStages.runBehind(corpus, LanguagePipeline::new);
                boolean caughtUp = CorpusStages.behind(corpus.store()).isEmpty();
                results.add(new CheckResult("corpus_stages", caughtUp ? "repaired" : "failed",
                        "re-ran " + behind.stream().map(CorpusStages.Stage::label).toList()));
            }
            results.add(new CheckResult("pages_with_failed_stages", "ok",
                    corpus.store().failedPageCount() + " pages stored with a failed stage (see show)"));
        }
        for (CheckResult r : results) {
            output.jsonLine(r);
        }
        output.flush();
        return results.stream().anyMatch(r -> r.status().equals("failed")) ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }
}
