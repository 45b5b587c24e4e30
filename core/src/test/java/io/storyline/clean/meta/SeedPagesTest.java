package io.storyline.clean.meta;

import io.storyline.SharedData;
import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four seed pages: the golden case (raw text passed as main text until the extractor lands). */
class SeedPagesTest {

    static final Path SEEDS = SharedData.path("seeds");
    static final MetadataResolver RESOLVER = new MetadataResolver();
    static ArticleMetadata nato, menafn, rt, copied;

    static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p);
        }
    }

    static ArticleMetadata resolve(String prefix) throws IOException {
        String text = seed(prefix);
        ArticleMetadata m = RESOLVER.resolve(MetadataInput.ofText(text, text, null));
        System.out.println(prefix + " → " + m);
        return m;
    }

    @BeforeAll
    static void resolveSeeds() throws IOException {
        nato = resolve("000_");
        menafn = resolve("001_");
        rt = resolve("002_");
        copied = resolve("003_");
    }

    @Test
    void datesStoryToMonthFromRelativeClues() {
        PublishedDate d = nato.published();
        assertNotNull(d);
        assertEquals(Granularity.MONTH, d.granularity(), d.evidence());
        assertEquals("2024-04", d.value(), d.evidence());
    }

    @Test
    void readsLabelledDateline() {
        assertEquals("2023-01-30", menafn.published().value(), menafn.published().evidence());
        assertEquals(Granularity.DAY, menafn.published().granularity());
    }

    @Test
    void prefersStoryCluesOverHeaderWidgetDate() {
        PublishedDate d = rt.published();
        assertEquals("2022-06-22", d.value(), d.evidence());
        assertTrue(d.evidence().contains("22, 2022"), d.evidence());
    }

    @Test
    void datesCopiedWireStoryToItsCopyrightYear() {
        assertEquals("2023", copied.published().value(), copied.published().evidence());
        assertEquals(Granularity.YEAR, copied.published().granularity());
    }

    @Test
    void namesOutletFromSelfReferences() {
        assertEquals("Korea JoongAng Daily", nato.outlet().value());
        assertEquals("MENAFN", menafn.outlet().value());
        assertEquals("RT", rt.outlet().value());
    }

    @Test
    void copyingSiteFallsBackToCreditedWire() {
        assertEquals("Reuters", copied.originalOutlet().value());
        assertEquals("Reuters", copied.outlet().value());
        assertTrue(copied.outlet().evidence().contains("credits"), copied.outlet().evidence());
    }

    @Test
    void ignoresPhotoCreditInCaption() {
        assertNull(nato.originalOutlet(), () -> String.valueOf(nato.originalOutlet()));
    }

    @Test
    void readsBylinesInAllFormats() {
        assertEquals("Lim Jeong-won", nato.byline().value());
        assertEquals("Josh Smith", copied.byline().value());
    }

    @Test
    void detectsEnglish() {
        for (ArticleMetadata m : new ArticleMetadata[]{nato, menafn, rt, copied}) assertEquals("en", m.language().value());
    }
}
