package io.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.store.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the real page in Debian's headless Chromium against the real server: search, an article, a timeline,
 * an entity, and pages whose text is an attack. Skips only when Chromium is absent outside CI.
 */
class WebPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Corpus corpus;
    private static WebServer server;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean ci = System.getenv("CI") != null;
        Assumptions.assumeTrue(ci || Files.isExecutable(CHROMIUM),
                "skipped: no browser at " + CHROMIUM + " (install Debian's chromium and chromium-driver; CI always runs this)");
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "CI must have " + CHROMIUM + " and " + CHROMEDRIVER + " (.ci/run installs them)");
        corpus = Corpus.open(ServedCorpus.dataFolder());
        server = WebServer.start(corpus, ServerSettings.loopback(0));
        profile = Files.createTempDirectory("storyline-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            corpus.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void searchesOpensAnArticleAndShowsATimeline() throws Exception {
        browser.get(url("/"));
        WebElement box = waiting().until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("Stoltenberg");
        browser.findElement(By.cssSelector("#search-form button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .result")));
        List<WebElement> results = browser.findElements(By.cssSelector("#results .result"));
        assertTrue(results.size() >= 2, "results for Stoltenberg");
        assertTrue(browser.findElements(By.cssSelector("#results mark")).stream()
                .anyMatch(m -> m.getText().equals("Stoltenberg")), "matches marked");
        assertTrue(browser.findElements(By.cssSelector("#facet-outlet option")).size() >= 2, "outlet facet");
        assertTrue(browser.getCurrentUrl().endsWith("/search?q=Stoltenberg"));
        screenshot("search");

        results.get(0).findElement(By.cssSelector("a.title")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text .ent")));
        assertTrue(browser.getCurrentUrl().contains("/article/"));
        List<WebElement> entities = browser.findElements(By.cssSelector("#article-text .ent"));
        assertTrue(entities.size() >= 5, "entities highlighted");
        assertTrue(entities.stream().anyMatch(e -> e.getText().contains("Stoltenberg")));
        assertFalse(browser.findElements(By.cssSelector("#article-text .time")).isEmpty(), "times highlighted");
        screenshot("article");
        browser.findElement(By.id("show-removed")).click();
        waiting().until(d -> !d.findElement(By.id("removed")).getText().isBlank());

        browser.get(url("/timeline/" + URLEncoder.encode("Yoon Suk Yeol", StandardCharsets.UTF_8).replace("+", "%20")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline .vis-item")));
        List<WebElement> items = browser.findElements(By.cssSelector("#timeline-items li"));
        JsonNode expected = JSON.readTree(WebApiTest.get(server, "/api/timeline?name=Yoon%20Suk%20Yeol").body());
        assertEquals(expected.get("total").asInt(), items.size());
        assertTrue(items.size() >= 3, "his events and articles");
        assertEquals(items.size(), browser.findElements(By.cssSelector("#timeline .vis-item.vis-box, #timeline .vis-item.vis-range")).size());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Yoon Suk Yeol"));
        assertFalse(browser.findElements(By.cssSelector("#timeline-items li[data-kind=event]")).isEmpty(), "his events listed");
        for (JsonNode item : expected.get("items")) {
            if (item.get("kind").asText().equals("event")) {
                assertTrue(browser.findElement(By.id("timeline-items")).getText().contains(item.get("label").asText()));
            }
        }
        new org.openqa.selenium.interactions.Actions(browser).pause(Duration.ofMillis(600))
                .click(browser.findElements(By.cssSelector("#timeline .vis-item.vis-box .tl-item")).get(0)).perform();
        waiting().until(d -> !d.findElement(By.id("timeline-details")).getText().isBlank());
        screenshot("timeline");
    }

    private static String path(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void theHomePageShowsWhatArrivedSinceTheLastVisitAndThenNothingNew() throws Exception {
        browser.get(url("/"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".results .result")));
        browser.executeScript("window.localStorage.setItem('storyline.lastVisit', '2000-01-01T00:00:00Z')");
        browser.get(url("/"));
        WebElement arrivals = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("arrivals")));
        assertTrue(arrivals.getText().startsWith("Since your last visit"), arrivals.getText());
        assertFalse(browser.findElements(By.cssSelector("#arrival-articles .result")).isEmpty(), "the new articles");
        assertFalse(browser.findElements(By.cssSelector("#arrival-events li")).isEmpty(), "the events they report");
        screenshot("arrivals");

        browser.get(url("/"));
        arrivals = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("arrivals")));
        assertTrue(arrivals.getText().startsWith("Nothing new since your last visit"), arrivals.getText());
    }

    @Test
    void showsAnEntityWithAliasesTitlesAndGraph() throws Exception {
        browser.get(url("/entity/" + path("Yoon Suk Yeol")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
        assertEquals("Yoon Suk Yeol", browser.findElement(By.id("entity-name")).getText());
        assertFalse(browser.findElements(By.cssSelector("#aliases span")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#titles span")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#merges tr")).isEmpty(), "why merged");
        screenshot("entity");
    }

    @Test
    void showsTheOtherNamesOfAnEntityAndEachMergeReasonOnce() throws Exception {
        browser.get(url("/entity/" + path("Jens Stoltenberg")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("merges")));
        List<String> aliases = browser.findElements(By.cssSelector("#aliases span")).stream().map(WebElement::getText).toList();
        assertTrue(aliases.contains("Stoltenberg"), "the surname he is called by is an alias: " + aliases);
        assertFalse(browser.findElement(By.id("aliases")).getText().contains("none"));
        List<String> rows = browser.findElements(By.cssSelector("#merges tr")).stream().map(WebElement::getText).toList();
        assertEquals(new HashSet<>(rows).size(), rows.size(), "a merge reason repeated: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Stoltenberg = Jens Stoltenberg")), rows.toString());
        screenshot("entity-aliases");
    }

    @Test
    void hidesCorrectionFormsOnAReadOnlyServerAndShowsThemWithAllowEdits() throws Exception {
        browser.get(url("/entity/" + path("Jens Stoltenberg")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("read-only")));
        assertTrue(browser.findElements(By.id("merge-with")).isEmpty(), "no merge form where merging is refused");
        assertTrue(browser.findElements(By.id("split-name")).isEmpty(), "no split form where splitting is refused");
        js("arguments[0].scrollIntoView()", browser.findElement(By.id("read-only")));
        screenshot("entity-read-only");
        try (Corpus copy = Corpus.open(ServedCorpus.copy());
             WebServer editable = WebServer.start(copy, ServerSettings.loopback(0).withEdits())) {
            browser.get("http://127.0.0.1:" + editable.port() + "/entity/Seoul");
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("merge-with")));
            assertTrue(browser.findElements(By.id("read-only")).isEmpty());
            assertFalse(browser.findElements(By.id("split-name")).isEmpty());
            js("arguments[0].scrollIntoView()", browser.findElement(By.id("merge-form")));
            screenshot("entity-editable");
            browser.findElement(By.id("merge-with")).sendKeys("South Korea");
            browser.findElement(By.cssSelector("#merge-with + button")).click();
            waiting().until(d -> d.findElement(By.id("edit-status")).getText().contains("Saved"));
        }
    }

    @Test
    void showsWhoSaidEachQuote() throws Exception {
        JsonNode article = null;
        for (JsonNode a : JSON.readTree(WebApiTest.get(server, "/api/articles?limit=100").body()).get("items")) {
            if (article == null && a.get("quotes").size() > 0 && a.get("quotes").get(0).hasNonNull("speaker")) {
                article = a;
            }
        }
        assertTrue(article != null, "a seed quotes someone the resolver knows");
        browser.get(url("/article/" + article.get("id").asText()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quotes .quote")));
        List<WebElement> speakers = browser.findElements(By.cssSelector("#quotes .quote .speaker"));
        assertEquals(article.get("quotes").size(), speakers.size());
        for (int i = 0; i < speakers.size(); i++) {
            JsonNode quote = article.get("quotes").get(i);
            String shown = speakers.get(i).getText();
            if (quote.hasNonNull("speaker")) {
                assertEquals("— " + quote.get("speaker_name").asText(), shown);
                assertEquals("/entity/" + quote.get("speaker").asText(),
                        speakers.get(i).findElement(By.tagName("a")).getDomAttribute("href"));
            }
            assertTrue(shown.length() > "— ".length(), "quote " + i + " has a blank speaker");
        }
        js("arguments[0].scrollIntoView()", browser.findElement(By.id("quotes")));
        screenshot("quotes");
    }

    @Test
    void callsAnUntitledArticleByTheFirstWordsOfItsTextEverywhere() throws Exception {
        JsonNode untitled = null;
        for (JsonNode a : JSON.readTree(WebApiTest.get(server, "/api/articles?limit=100").body()).get("items")) {
            if (!a.hasNonNull("title")) {
                untitled = a;
            }
        }
        assertTrue(untitled != null, "the Reuters seed has no title");
        String id = untitled.get("id").asText();
        String shown = untitled.get("display_title").asText();
        assertTrue(shown.endsWith("…") && java.util.Arrays.stream(shown.split(" "))
                .filter(w -> w.matches(".*[\\p{L}\\p{N}].*")).count() == 10, "ten words and …: " + shown);
        assertTrue(untitled.get("text").asText().replaceAll("\\s+", " ").startsWith(shown.substring(0, shown.length() - 1)), shown);

        browser.get(url("/article/" + id));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
        assertEquals(shown, browser.findElement(By.id("article-title")).getText());
        browser.get(url("/"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".results .result")));
        assertEquals(shown, browser.findElement(By.cssSelector("a.title[href='/article/" + id + "']")).getText());
        browser.get(url("/search?q=Reuters"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .result")));
        assertEquals(shown, browser.findElement(By.cssSelector("#results a.title[href='/article/" + id + "']")).getText());
        browser.get(url("/entity/" + path("Jens Stoltenberg")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
        assertEquals(shown, browser.findElement(By.cssSelector("main a[href='/article/" + id + "']")).getText());
        screenshot("untitled");
    }

    @Test
    void opensATimelineOnTheSpanWhereItsItemsAre() throws Exception {
        JsonNode expected = JSON.readTree(WebApiTest.get(server, "/api/timeline?name=" + path(ServedCorpus.DATED_PERSON)).body());
        assertTrue(expected.get("items").get(0).get("start").asText().startsWith("2009"), "the outlier is listed first");
        browser.get(url("/timeline/" + path(ServedCorpus.DATED_PERSON)));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline .vis-item")));
        WebElement chart = browser.findElement(By.id("timeline"));
        String start = chart.getDomAttribute("data-window-start");
        String end = chart.getDomAttribute("data-window-end");
        assertTrue(start.compareTo("2024-02") > 0 && end.compareTo("2024-04") < 0, "opened on March 2024: " + start + " – " + end);
        assertEquals(expected.get("total").asInt(), browser.findElements(By.cssSelector("#timeline-items li")).size(),
                "the list still has every item, the outlier too");
        assertTrue(browser.findElement(By.id("timeline-focus")).getText().contains("1 item lies outside"));
        waiting().until(d -> d.findElements(By.cssSelector("#timeline .vis-time-axis .vis-text")).size() > 2);
        new org.openqa.selenium.interactions.Actions(browser).pause(Duration.ofMillis(600)).perform();
        screenshot("timeline-focused");
        browser.findElement(By.id("timeline-all")).click();
        waiting().until(d -> d.findElement(By.id("timeline")).getDomAttribute("data-window-start").compareTo("2009-05-02") < 0);
    }

    @Test
    void showsAStoryWithItsArticles() throws Exception {
        JsonNode story = null;
        for (JsonNode s : JSON.readTree(WebApiTest.get(server, "/api/stories?limit=100").body()).get("items")) {
            if (story == null || s.get("articles").size() > story.get("articles").size()) {
                story = s;
            }
        }
        browser.get(url("/story/" + story.get("id").asText()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("story-title")));
        assertEquals(story.get("articles").size(), browser.findElements(By.cssSelector("main ol.item-list li")).size());
        List<WebElement> sentences = browser.findElements(By.cssSelector("#story-summary .summary-sentence"));
        assertTrue(!sentences.isEmpty() && sentences.size() <= 3, "a summary of one to three sentences");
        for (WebElement sentence : sentences) {
            WebElement citation = sentence.findElement(By.cssSelector("a.citation"));
            String article = citation.getAttribute("href").replaceAll(".*/article/", "");
            assertTrue(story.get("articles").toString().contains("\"" + article + "\""),
                    "each sentence cites an article of the story: " + citation.getAttribute("href"));
            assertTrue(sentence.getText().length() > citation.getText().length() + 20, "a sentence before its citation");
        }
        assertFalse(browser.findElements(By.cssSelector("#story-sources li")).isEmpty(), "the outlets are listed");
        screenshot("story");
    }

    @Test
    void showsACopyBesideItsOriginal() throws Exception {
        String copy = null;
        for (JsonNode a : JSON.readTree(WebApiTest.get(server, "/api/articles?limit=100").body()).get("items")) {
            if (a.hasNonNull("copy_of")) {
                copy = a.get("id").asText();
            }
        }
        assertTrue(copy != null, "the reworded seed is found to be a copy");
        browser.get(url("/article/" + copy));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#copies #original-text")));
        assertTrue(browser.findElement(By.id("article-text")).getText().contains("safety state of affairs"));
        assertTrue(browser.findElement(By.id("original-text")).getText().contains("security situation"));
        assertTrue(browser.findElements(By.cssSelector("#article-text mark.sub")).stream()
                .anyMatch(m -> m.getText().contains("assignment")), "swapped words marked in the copy");
        assertTrue(browser.findElements(By.cssSelector("#original-text mark.sub")).stream()
                .anyMatch(m -> m.getText().contains("mission")), "and in the original");
        screenshot("copy");
    }

    @Test
    void rendersHostileTextAsText() throws Exception {
        JsonNode hits = JSON.readTree(WebApiTest.get(server, "/api/search?q=" + ServedCorpus.HOSTILE_MARK).body());
        assertTrue(hits.get("total").asInt() >= 2, "both hostile pages ingested");
        for (JsonNode hit : hits.get("items")) {
            browser.get(url("/article/" + hit.get("id").asText()));
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
            assertNoInjectedMarkup();
            String text = browser.findElement(By.id("article-text")).getText();
            assertTrue(text.contains("<script>") || text.contains("<img") || text.contains("<a href"),
                    "the markup shows as text: " + text);
        }
        browser.get(url("/search?q=" + ServedCorpus.HOSTILE_MARK));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .result")));
        assertNoInjectedMarkup();
        assertTrue(browser.findElement(By.id("results")).getText().contains("<"), "snippet markup as text");
        screenshot("hostile-search");
        String hostileEntity = null;
        for (JsonNode mention : JSON.readTree(WebApiTest.get(server, "/api/articles/" + hits.get("items").get(0).get("id").asText())
                .body()).get("entities")) {
            if (mention.hasNonNull("id")) {
                hostileEntity = mention.get("id").asText();
            }
        }
        browser.get(url("/entity/" + hostileEntity));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
        assertNoInjectedMarkup();
        browser.get(url("/timeline/" + hostileEntity));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline-items")));
        assertNoInjectedMarkup();
    }

    private static void assertNoInjectedMarkup() {
        Set<String> scripts = new HashSet<>();
        browser.findElements(By.tagName("script")).forEach(s -> scripts.add(s.getDomAttribute("src")));
        assertEquals(Set.of("/assets/vendor/vis-timeline.min.js", "/assets/vendor/cytoscape.min.js",
                "/assets/vendor/diff.min.js", "/assets/app.js"), scripts);
        assertNull(js("return window.__xss === undefined ? null : String(window.__xss);"), "injected script ran");
        Object count = js("return document.querySelectorAll('main img, main iframe, main svg, main object, main embed, main style, "
                + "[onerror], [onload], [onmouseover], [onclick], a[href^=\"javascript:\" i], [style*=\"display: none\"]').length;");
        assertEquals(0L, ((Number) count).longValue(), "markup from the page made it into the DOM");
        assertEquals("block", js("return getComputedStyle(document.body).display;"), "page CSS applied");
    }

    /** Saves the screenshot and checks it is not blank: many colours and a fair share of non-background pixels. */
    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BufferedImage image = ImageIO.read(target.toFile());
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        int background = image.getRGB(image.getWidth() - 1, image.getHeight() - 1);
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    inked++;
                }
            }
        }
        double share = inked / (image.getWidth() * image.getHeight() / 4.0);
        assertTrue(colours.size() > 50, name + ": only " + colours.size() + " colours");
        assertTrue(share > 0.05, name + ": only " + share + " of the screenshot differs from the background");
    }
}
