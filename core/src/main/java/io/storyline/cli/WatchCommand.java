package io.storyline.cli;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.crawl.CrawlReport;
import io.storyline.crawl.Crawler;
import io.storyline.events.Event;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.pipeline.IngestReport;
import io.storyline.query.EntityLookup;
import io.storyline.query.NewEvents;
import io.storyline.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline watch SOURCES... --out DIR --every 15m [--entity NAME]... [--webhook URL]}. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Crawl the sources every so often, ingest what is new, and report the new events of the "
                + "watched entities as JSON Lines on stdout (and to a webhook).",
                "An event is new when a page of this round is among its evidence: a new happening, or a new report "
                        + "of a known one. Stop with Ctrl-C, or give --rounds."})
public final class WatchCommand implements Callable<Integer> {
    @Mixin
    CrawlOptions crawl;

    @Mixin
    DataOptions data;

    @Option(names = "--every", defaultValue = "15m", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Time from the start of one round to the start of the next (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--entity", paramLabel = "NAME",
            description = "An entity to watch (name, alias or id); repeatable. Without it, every new event is reported.")
    List<String> entities = new ArrayList<>();

    @Option(names = "--webhook", paramLabel = "URL",
            description = "Also POST each round's new events to URL as one JSON object {\"events\":[…]}.")
    URI webhook;

    @Option(names = "--rounds", defaultValue = "0", description = "Stop after this many rounds (default: never).")
    int rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Webhook hook = webhook == null ? null : new Webhook(webhook);
        for (int round = 1; rounds == 0 || round <= rounds; round++) {
            long started = System.nanoTime();
            List<Object> alerts = round(err);
            if (hook != null && !alerts.isEmpty()) {
                hook.post(Map.of("events", alerts), err);
            }
            if (rounds != 0 && round == rounds) {
                break;
            }
            Duration left = every.minusNanos(System.nanoTime() - started);
            if (!left.isNegative()) {
                Thread.sleep(left);
            }
        }
        return ExitCodes.OK;
    }

    private List<Object> round(PrintWriter err) throws Exception {
        CrawlReport crawled = new Crawler(crawl.settings(), crawl.out, attempt -> { }).crawl(crawl.uris());
        List<Object> alerts = new ArrayList<>();
        try (Corpus corpus = data.openOrCreate(err)) {
            List<String> watched = new ArrayList<>();
            Map<String, String> names = new LinkedHashMap<>();
            long before = corpus.store().maxSeq();
            IngestReport ingested = new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 256)
                    .run(List.of(crawl.out), IngestPipeline.Progress.NONE);
            ingested.failures().forEach(failure -> err.println("storyline: " + failure));
            // looked up after the ingest, every round: a watched name may first appear in this round's pages
            EntityLookup lookup = EntityLookup.of(corpus);
            for (String name : entities) {
                EntityLookup.Match match = lookup.find(name);
                if (match.found()) {
                    watched.add(match.entity().id());
                    names.put(match.entity().id(), match.entity().name());
                } else {
                    err.println("storyline: watched name " + name + ": " + match.problem());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            for (Map.Entry<Event, List<String>> found : new NewEvents(corpus.store()).since(before, watched).entrySet()) {
                Map<String, Object> alert = new LinkedHashMap<>();
                alert.put("watched", found.getValue().stream().map(names::get).toList());
                alert.put("event", found.getKey());
                alerts.add(alert);
                out.println(OutputOptions.JSON.writeValueAsString(alert));
            }
            out.flush();
            err.printf("storyline: round: %d pages fetched, %d new articles, %d new events%n",
                    crawled.pagesArchived(), ingested.pagesAdded(), alerts.size());
        }
        return alerts;
    }
}
