package io.storyline.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A crawl of news sources into a folder of WARC files that {@code ingest} reads. Sources (feeds, sitemaps,
 * sitemap indexes, home pages) are read first, each with a conditional GET; the pages they list are then fetched
 * in parallel, one at a time per host. A page fetched by an earlier run is fetched again only when its source
 * says it changed since, and then conditionally. Nothing that goes wrong with one URL stops the crawl.
 */
public final class Crawler {
    /** Sitemap indexes may nest; real sites use one level, traps use many. */
    private static final int MAX_SOURCE_DEPTH = 4;

    private final CrawlSettings settings;
    private final Path folder;
    private final CrawlListener listener;
    private final SourceReader sources = new SourceReader();

    public Crawler(CrawlSettings settings, Path folder, CrawlListener listener) {
        this.settings = settings;
        this.folder = folder;
        this.listener = listener;
    }

    public CrawlReport crawl(List<URI> roots) throws IOException, SQLException, InterruptedException {
        List<CrawlReport.Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        try (CrawlLedger ledger = new CrawlLedger(prepared(folder));
             Fetcher fetcher = new Fetcher(settings);
             WarcArchive archive = WarcArchive.open(folder, ledger, settings.userAgent())) {
            Run run = new Run(ledger, fetcher, archive, attempts);
            int unchanged = run.readSources(roots);
            int archived = run.fetchFrontier();
            return new CrawlReport(attempts, archived, unchanged, archived > 0 ? archive.name() : null);
        }
    }

    private static Path prepared(Path folder) throws IOException {
        java.nio.file.Files.createDirectories(folder);
        return folder;
    }

    /** A source to read, the source that led to it (null for one the user gave), and how deep it sits. */
    private record Found(URI uri, URI via, int depth) {
    }

    /** The state of one crawl run. */
    private final class Run {
        private final CrawlLedger ledger;
        private final Fetcher fetcher;
        private final WarcArchive archive;
        private final List<CrawlReport.Attempt> attempts;

        Run(CrawlLedger ledger, Fetcher fetcher, WarcArchive archive, List<CrawlReport.Attempt> attempts) {
            this.ledger = ledger;
            this.fetcher = fetcher;
            this.archive = archive;
            this.attempts = attempts;
        }

        /** Reads every source and puts the new or changed pages they list on the frontier; returns the unchanged. */
        int readSources(List<URI> roots) throws SQLException, InterruptedException, IOException {
            int unchanged = 0;
            Set<URI> seen = new HashSet<>();
            Deque<Found> queue = new ArrayDeque<>();
            roots.forEach(root -> queue.add(new Found(root, null, 0)));
            while (!queue.isEmpty()) {
                Found next = queue.poll();
                if (!seen.add(next.uri())) {
                    continue;
                }
                Validators validators = ledger.last(next.uri()).map(CrawlLedger.Entry::validators).orElse(Validators.NONE);
                Fetch fetch = fetcher.fetch(next.uri(), validators);
                List<URI> children;
                if (fetch.outcome() == FetchOutcome.FETCHED) {
                    Discovery found = sources.read(fetch);
                    long length = archive.write(fetch, settings.userAgent(), next.via() == null ? null : next.via().toString());
                    ledger.record(fetch, archive.name(), length);
                    note(next.uri(), true, found.kind() == SourceKind.UNREADABLE ? FetchOutcome.NOT_A_PAGE
                            : FetchOutcome.FETCHED, found.kind() + ": " + found.reason());
                    for (Discovery.Link page : found.pages()) {
                        Optional<CrawlLedger.Entry> last = ledger.last(page.uri());
                        if (last.isPresent() && !changedSince(page, last.get())) {
                            unchanged++;
                        } else {
                            ledger.enqueue(page);
                        }
                    }
                    children = new ArrayList<>(found.sources());
                    if (found.kind() == SourceKind.HOME_PAGE && next.depth() == 0) {
                        // a site may list its sitemaps in robots.txt rather than on its home page
                        fetcher.robots().sitemaps(next.uri()).stream().map(SourceReader::uri)
                                .filter(java.util.Objects::nonNull).forEach(children::add);
                    }
                    ledger.rememberChildren(next.uri(), children);
                } else {
                    ledger.record(fetch, null, 0);
                    note(next.uri(), true, fetch.outcome(), fetch.reason());
                    // unchanged (304): the sitemaps it listed last time may have changed on their own
                    children = fetch.outcome() == FetchOutcome.NOT_MODIFIED ? ledger.children(next.uri()) : List.of();
                }
                if (next.depth() < MAX_SOURCE_DEPTH) {
                    children.forEach(child -> queue.add(new Found(child, next.uri(), next.depth() + 1)));
                }
            }
            return unchanged;
        }

        /** Fetches the frontier's pages, up to the page limit; returns how many were archived. */
        int fetchFrontier() throws InterruptedException, SQLException {
            List<Discovery.Link> due = ledger.frontier();
            if (due.size() > settings.maxPages()) {
                due = due.subList(0, settings.maxPages());
            }
            AtomicInteger archived = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
            try {
                List<Future<?>> work = new ArrayList<>();
                for (Discovery.Link page : due) {
                    work.add(pool.submit(() -> {
                        fetchPage(page, archived);
                        return null;
                    }));
                }
                for (Future<?> done : work) {
                    try {
                        done.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException("crawl worker failed", e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            return archived.get();
        }

        private void fetchPage(Discovery.Link page, AtomicInteger archived) throws Exception {
            Validators validators = ledger.last(page.uri()).map(CrawlLedger.Entry::validators).orElse(Validators.NONE);
            Fetch fetch = fetcher.fetch(page.uri(), validators);
            if (fetch.outcome() == FetchOutcome.FETCHED && !isPage(fetch)) {
                fetch = Fetch.failed(fetch.requested(), fetch.landed(), FetchOutcome.NOT_A_PAGE, fetch.status(),
                        fetch.at(), "content type " + fetch.contentType());
            }
            if (fetch.outcome() == FetchOutcome.FETCHED) {
                try {
                    long length = archive.write(fetch, settings.userAgent(), null);
                    ledger.record(fetch, archive.name(), length);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the WARC file " + archive.name(), e);
                }
                archived.incrementAndGet();
            } else {
                ledger.record(fetch, null, 0);
            }
            note(page.uri(), false, fetch.outcome(), fetch.reason());
        }

        private static boolean changedSince(Discovery.Link page, CrawlLedger.Entry last) {
            if (last.outcome() != FetchOutcome.FETCHED && last.outcome() != FetchOutcome.NOT_MODIFIED) {
                return true; // failed last time: worth another try
            }
            return page.modified() != null && page.modified().isAfter(last.fetchedAt());
        }

        private static boolean isPage(Fetch fetch) {
            String type = fetch.contentType().toLowerCase(java.util.Locale.ROOT);
            return type.isEmpty() || type.contains("html") || type.startsWith("text/plain");
        }

        private void note(URI url, boolean source, FetchOutcome outcome, String reason) {
            CrawlReport.Attempt attempt = new CrawlReport.Attempt(url.toString(), source, outcome, reason);
            attempts.add(attempt);
            listener.attempted(attempt);
        }
    }
}
