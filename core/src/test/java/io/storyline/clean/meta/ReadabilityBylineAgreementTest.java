package io.storyline.clean.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.SharedData;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.clean.CleanArticle;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Byline agreement of whole-page cleaning (HTML, no address given) with the "byline" of Readability's
 * expected-metadata.json, normalised by {@link BylineAgreement}; pages whose expected byline names no one
 * (absent, "By", a date) are not scored. The pages are split before any tuning by the first byte of the SHA-256
 * of the folder name: a quarter (byte % 4 == 0) is held out and never looked at while tuning; the rest is the dev
 * set, and its figure is a dev figure.
 */
class ReadabilityBylineAgreementTest {
    private static final Path PAGES = SharedData.path("data", "readability-test-pages");

    record Tally(int scored, int agreed, List<String> misses) {
        double agreement() {
            return scored == 0 ? 0 : (double) agreed / scored;
        }
    }

    static boolean heldOut(String folder) {
        try {
            return (MessageDigest.getInstance("SHA-256").digest(folder.getBytes(StandardCharsets.UTF_8))[0] & 0xff) % 4 == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Tally tally(boolean heldOutPart) throws IOException {
        ArticleCleaner cleaner = new ArticleCleaner();
        ObjectMapper json = new ObjectMapper();
        int scored = 0, agreed = 0;
        List<String> misses = new ArrayList<>();
        try (var dirs = Files.list(PAGES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                Path meta = dir.resolve("expected-metadata.json"), source = dir.resolve("source.html");
                if (heldOut(name) != heldOutPart || !Files.exists(meta) || !Files.exists(source)) continue;
                JsonNode expected = json.readTree(meta.toFile()).path("byline");
                String gold = expected.isTextual() ? expected.asText() : null;
                if (BylineAgreement.words(gold).isEmpty()) continue;
                String html = Files.readString(source, StandardCharsets.UTF_8);
                CleanArticle a = cleaner.clean(new Page(name, source.toString(), null, PageFormat.HTML, html, "UTF-8", null));
                scored++;
                if (BylineAgreement.agrees(a.byline(), gold)) agreed++;
                else if (!heldOutPart) misses.add(name + ": " + gold.strip().replaceAll("\\s+", " ") + " → " + a.byline()
                        + " [" + a.evidence().get("byline") + "]");
            }
        }
        return new Tally(scored, agreed, misses);
    }

    @Test
    void bylinesAgreeWithReadabilityOnDevAndHeldOutPages() throws IOException {
        Tally dev = tally(false), held = tally(true);
        System.out.printf("Byline agreement with Readability's expected metadata: dev %.3f (%d/%d), held-out %.3f (%d/%d)%n",
                dev.agreement(), dev.agreed(), dev.scored(), held.agreement(), held.agreed(), held.scored());
        dev.misses().forEach(m -> System.out.println("  dev miss " + m));
        // three dev golds name no author of the article (two sidebar names, "Follow Author"): 58/61 is the ceiling
        assertTrue(dev.agreement() >= 0.93, "dev " + dev.agreement());
        assertTrue(held.agreement() >= 0.8, "held-out " + held.agreement());
    }
}
