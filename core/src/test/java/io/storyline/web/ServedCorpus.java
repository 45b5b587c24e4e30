package io.storyline.web;

import io.storyline.SharedData;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.ingest.CrawlReader;
import io.storyline.pipeline.IngestPipeline;
import io.storyline.store.Corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The four seed pages, a reworded copy of one, two hostile pages (script, event handlers, javascript: links, CSS in their text),
 * and four pages about one person, three from one March and one from fifteen years before, ingested once per test
 * run into a temporary data folder that the web tests serve (and CLI tests read, through {@link #copy()}).
 */
public final class ServedCorpus {
    static final String HOSTILE_MARK = "Quellbrook";
    /** The person of the dated pages: three reports in March 2024 and one in May 2009. */
    static final String DATED_PERSON = "Ingrid Solberg";
    static final int ARTICLES = 11;
    private static Path folder;

    private ServedCorpus() {
    }

    public static synchronized Path dataFolder() throws Exception {
        if (folder == null) {
            Path work = Files.createTempDirectory("storyline-web-test");
            Path crawl = Files.createDirectories(work.resolve("crawl"));
            try (Stream<Path> seeds = Files.list(SharedData.seeds())) {
                for (Path seed : seeds.toList()) {
                    Files.copy(seed, crawl.resolve(seed.getFileName()));
                }
            }
            Files.writeString(crawl.resolve("reworded-copy.txt"), rewordedCopy(crawl));
            Files.writeString(crawl.resolve("hostile.txt"), hostileText());
            Files.writeString(crawl.resolve("hostile.html"), hostileHtml());
            String[][] dated = {
                    {"2009-05-02", "Ferry line opens in Tromsvik", "opened the new ferry line to the islands"},
                    {"2024-03-04", "Tromsvik harbour to be dredged", "announced that the harbour would be dredged"},
                    {"2024-03-11", "Dredging contract signed in Tromsvik", "signed the dredging contract with a Bergen firm"},
                    {"2024-03-18", "Tromsvik dredging starts early", "said the dredging had started a week early"}};
            for (String[] page : dated) {
                Files.writeString(crawl.resolve("dated-" + page[0] + ".html"), datedHtml(page[0], page[1], page[2]));
            }
            try (Corpus corpus = Corpus.open(work.resolve("data"))) {
                new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 64).run(List.of(crawl), null);
            }
            folder = work.resolve("data");
        }
        return folder;
    }

    /** A copy of the served data, for tests that change it. */
    public static Path copy() throws Exception {
        Path source = dataFolder();
        Path target = Files.createTempDirectory("storyline-web-edit");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }

    /** A seed page with a few words swapped, as a site that reposts wire copy would: a copy with an original. */
    private static String rewordedCopy(Path crawl) throws IOException {
        String text = Files.readString(crawl.resolve("002_622a6378bea131e1.txt"));
        String[][] swaps = {{" said", " stated"}, {"security situation", "safety state of affairs"},
                {"mission", "assignment"}, {"revealed", "disclosed"}, {"headquarters", "head office"}};
        for (String[] swap : swaps) {
            text = text.replace(swap[0], swap[1]);
        }
        return text;
    }

    private static String hostileText() {
        return """
                Quellbrook council votes <script>window.__xss = 'title'</script> on harbour plan

                The council of Quellbrook voted on Monday to rebuild the old harbour wall, ending a dispute that had \
                run for three years. <script>window.__xss = 'script'</script> Mayor Anna Lindqvist said the vote was \
                "a day for the whole town <img src=x onerror="window.__xss = 'img'">", and thanked the fishermen's union.

                Critics of the plan, led by councillor Pieter Vandenberg, said the cost would fall on local shops. \
                <a href="javascript:window.__xss='link'">Read the full budget</a> and \
                <style>body { display: none !important; }</style> the numbers show a gap of two million euros.

                Work on the wall is due to start in March and finish by the end of next year, the harbour office said. \
                <iframe src="javascript:window.__xss='frame'"></iframe> <svg onload="window.__xss='svg'"></svg> \
                The union welcomed the decision and said its members would help with the survey in the spring.
                """;
    }

    /** A page with a machine-readable publication date, about {@link #DATED_PERSON}. */
    private static String datedHtml(String day, String title, String deed) {
        return """
                <!doctype html><html><head><title>%2$s</title>
                <meta property="article:published_time" content="%1$sT09:00:00Z"></head>
                <body><article><h1>%2$s</h1>
                <p>Harbour master %3$s %4$s, the port authority of Tromsvik said in a statement on its website.</p>
                <p>"This is good news for the fishermen and for the town," %3$s told reporters at the quay. \
                The work is paid for by the county and by the port authority together, and it should take two months.</p>
                <p>%3$s has been in charge of the harbour since the old master retired, and she said more boats \
                would be able to land their catch in the town once the work was done.</p>
                </article></body></html>
                """.formatted(day, title, DATED_PERSON, deed);
    }

    private static String hostileHtml() {
        return """
                <!doctype html><html><head><title>Quellbrook ferry &lt;img src=x onerror=alert(1)&gt; strike ends</title></head>
                <body><article><h1>Quellbrook ferry &lt;img src=x onerror=window.__xss='h1'&gt; strike ends</h1>
                <p>The ferry workers of Quellbrook ended their strike on Tuesday after the harbour company agreed to \
                a new contract, the union said. &lt;script&gt;window.__xss='html-script'&lt;/script&gt; Boats will \
                run again from Wednesday morning on all three routes across the bay.</p>
                <p>Union leader Marta Olsen said "the deal &lt;a href=javascript:window.__xss='a'&gt;is fair&lt;/a&gt;" \
                and thanked passengers for their patience during the two weeks of the strike.</p>
                <p>The company said &lt;style&gt;*{color:red}&lt;/style&gt; that wages would rise by four percent this \
                year and by three percent next year, and that the timetable would not change.</p>
                </article></body></html>
                """;
    }
}
