package io.storyline.pipeline;

import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.events.Event;
import io.storyline.ingest.CrawlReader;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event stage end to end on made-up articles: ingest parses and codes them, and the stored events name actors
 * that are no entity and mark each article's headline event.
 */
class EventStageTest {
    private static Path work;
    private static List<Event> events;

    private static String page(String day, String title, String body) {
        return """
                <!doctype html><html><head><title>%2$s</title>
                <meta property="article:published_time" content="%1$sT09:00:00Z"></head>
                <body><article><h1>%2$s</h1>%3$s</article></body></html>
                """.formatted(day, title, body);
    }

    @BeforeAll
    static void ingest() throws Exception {
        work = Files.createTempDirectory("event-stage");
        Path crawl = Files.createDirectories(work.resolve("crawl"));
        Files.writeString(crawl.resolve("ambush.html"), page("2031-05-06", "Gunmen ambush patrol near Varnholm",
                "<p>Gunmen ambushed an army patrol near the town of Varnholm on Tuesday, killing two soldiers, "
                        + "the regional governor said.</p><p>Police arrested three men in the village later that day. "
                        + "The attack was the third in the province this month, officials said.</p>"));
        Files.writeString(crawl.resolve("harbour.html"), page("2031-05-07", "Harbour deal signed",
                "<p>The mayor of Tromsvik, Ingrid Solberg, signed an agreement with the fishermen's union on "
                        + "Wednesday. Critics of the plan said the town had paid too much.</p>"));
        try (Corpus corpus = Corpus.open(work.resolve("data"))) {
            new IngestPipeline(corpus, new CrawlReader(), new ArticleCleaner(), 16).run(List.of(crawl), null);
            events = corpus.store().events().list(null, null, null, null);
        }
    }

    @AfterAll
    static void remove() throws Exception {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void gunmenWithoutANameAmbushAndKill() {
        List<Event> assaults = events.stream().filter(e -> e.type().equals("ASSAULT")).toList();
        assertFalse(assaults.isEmpty(), events.stream().map(Event::summary).toList().toString());
        assertTrue(assaults.stream().anyMatch(e -> e.actorNames().stream().anyMatch(n -> n.equalsIgnoreCase("Gunmen"))
                && e.actors().isEmpty()), assaults.toString());
    }

    @Test
    void policeArrestMenAndEveryEventHasEvidence() {
        assertTrue(events.stream().anyMatch(e -> e.type().equals("COERCE")
                && e.actorNames().stream().anyMatch(n -> n.equalsIgnoreCase("Police"))), events.toString());
        events.forEach(e -> assertFalse(e.evidence().isEmpty()));
    }

    @Test
    void eachArticleHasAHeadlineEvent() {
        assertTrue(events.stream().anyMatch(e -> e.main() && e.type().equals("ASSAULT")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.main() && e.type().equals("AGREE")), events.toString());
    }
}
