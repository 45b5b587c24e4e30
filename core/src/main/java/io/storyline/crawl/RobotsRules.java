package io.storyline.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each host's robots.txt, fetched once per crawl and parsed by crawler-commons. A missing robots.txt (4xx)
 * allows everything; one that cannot be fetched (5xx, network error) disallows the host for this crawl, as
 * Google's crawler does, because a server in trouble should not be crawled harder.
 */
final class RobotsRules {
    private final HttpHop http;
    private final HostPacer pacer;
    private final String robotName;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentHashMap<String, BaseRobotRules> byHost = new ConcurrentHashMap<>();

    RobotsRules(HttpHop http, HostPacer pacer, String robotName) {
        this.http = http;
        this.pacer = pacer;
        this.robotName = robotName;
    }

    boolean allows(URI uri) throws InterruptedException {
        return rules(uri).isAllowed(uri.toString());
    }

    /** Sitemaps the host's robots.txt lists. */
    List<String> sitemaps(URI uri) throws InterruptedException {
        return rules(uri).getSitemaps();
    }

    private BaseRobotRules rules(URI uri) throws InterruptedException {
        String key = HostPacer.hostKey(uri);
        BaseRobotRules known = byHost.get(key);
        if (known != null) {
            return known;
        }
        // fetched outside computeIfAbsent: the fetch waits for the host's turn and must not hold the map's lock
        BaseRobotRules fetched = fetch(uri);
        BaseRobotRules raced = byHost.putIfAbsent(key, fetched);
        return raced == null ? fetched : raced;
    }

    private BaseRobotRules fetch(URI uri) throws InterruptedException {
        URI robots = uri.resolve("/robots.txt");
        HttpHop.Answer answer = http.get(robots, Validators.NONE);
        BaseRobotRules rules;
        if (answer.outcome() != FetchOutcome.FETCHED || answer.status() >= 500) {
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        } else if (answer.status() >= 300) { // no robots.txt (4xx), or one we do not follow a redirect for
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        } else {
            String type = answer.headers().getOrDefault("content-type", List.of("text/plain")).get(0);
            rules = parser.parseContent(robots.toString(), answer.body(), type, List.of(robotName.toLowerCase()));
        }
        if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
            pacer.setCrawlDelay(uri, Duration.ofMillis(rules.getCrawlDelay()));
        }
        return rules;
    }
}
