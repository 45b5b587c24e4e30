package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.crawl.NewsSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code watch}: a feed that publishes between two polls; the second poll takes only what is new. */
class WatchCommandTest {
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Politics</title><link>BASE/</link><description>d</description>
            ITEMS
            </channel></rss>""";
    private static final String ITEM = "<item><title>T</title><link>BASE%s</link></item>";
    private static final String FIRST = "/europe/2024/03/macron-meets-scholz-in-berlin";
    private static final String SECOND = "/asia/2024/03/macron-visits-beijing";

    @TempDir
    Path tmp;

    private NewsSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new NewsSite("127.0.0.1")
                .serveText("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain")
                .article(FIRST, "Macron meets Scholz in Berlin",
                        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday to "
                                + "discuss defence spending.")
                .article(SECOND, "Macron visits Beijing",
                        "French President Emmanuel Macron visited Beijing on Thursday, where he met Chinese President "
                                + "Xi Jinping to discuss trade.");
        publish(FIRST);
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private void publish(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append(ITEM.formatted(path));
        }
        site.serveText("/feed.xml", FEED.replace("ITEMS", items), "application/rss+xml");
    }

    private CliRun poll() {
        return CliRun.of("watch", site.base() + "/feed.xml", "--out", tmp.resolve("warc").toString(),
                "--data", tmp.resolve("data").toString(), "--rounds", "1", "--delay", "10ms", "--entity", "Macron",
                "--webhook", site.base() + "/hook");
    }

    @Test
    void theSecondPollIngestsOnlyTheNewPageAndReportsItsEventsForTheWatchedEntity() throws Exception {
        CliRun first = poll();
        assertEquals(0, first.exit(), first.toString());
        List<JsonNode> firstAlerts = alerts(first);
        assertFalse(firstAlerts.isEmpty(), "the first round's events involve Macron: " + first);

        publish(FIRST, SECOND);
        int before = site.requests().size();
        CliRun second = poll();
        assertEquals(0, second.exit(), second.toString());
        List<String> fetched = site.pathsRequested().subList(before, site.requests().size());
        assertTrue(fetched.contains(SECOND), fetched.toString());
        assertFalse(fetched.contains(FIRST), "the page of the first poll is not fetched again: " + fetched);

        List<JsonNode> alerts = alerts(second);
        assertFalse(alerts.isEmpty(), second.toString());
        for (JsonNode alert : alerts) {
            assertEquals("Emmanuel Macron", alert.get("watched").get(0).asText(), alert.toString());
            boolean fromTheNewPage = false;
            for (JsonNode evidence : alert.get("event").get("evidence")) {
                fromTheNewPage |= evidence.get("sentence").asText().contains("Beijing");
            }
            assertTrue(fromTheNewPage, "only events the new page reports: " + alert);
        }
        assertEquals(2, site.posted().size(), "one webhook call a round with news");
        assertTrue(site.posted().get(1).contains("Beijing"), site.posted().get(1));
    }

    private static List<JsonNode> alerts(CliRun run) throws Exception {
        List<JsonNode> alerts = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                alerts.add(OutputOptions.JSON.readTree(line));
            }
        }
        return alerts;
    }
}
