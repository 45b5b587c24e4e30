package io.storyline.clean.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unseen data: language, byline and outlet read from the visible text of Mozilla Readability's 130 test pages,
 * no markup hints and no address, against their expected metadata (lang; byline where the page prints it;
 * siteName, which pages mostly state only in markup, so a low agreement is expected here).
 */
class ReadabilityPagesMetadataTest {

    @Test
    void readsLanguageBylineAndOutletFromVisibleText() {
        MetadataResolver resolver = new MetadataResolver();
        int langPages = 0, langRight = 0, langNone = 0, bylinePages = 0, bylineRight = 0, bylineNone = 0;
        List<String> langMisses = new ArrayList<>();
        List<String> bylineWrong = new ArrayList<>();
        List<String> outletWrong = new ArrayList<>();
        int sitePages = 0, siteRight = 0, siteNone = 0;
        for (ReadabilityPages.Page page : ReadabilityPages.load()) {
            JsonNode expected = page.expected();
            String text = page.text();
            ArticleMetadata m = resolver.resolve(MetadataInput.ofText(text, text, page.title()));
            String lang = expected.path("lang").asText("");
            if (lang.length() >= 2) {
                langPages++;
                String got = Evidenced.valueOf(m.language());
                if (got == null) langNone++;
                else if (lang.substring(0, 2).toLowerCase(Locale.ROOT).equals(got)) langRight++;
                else langMisses.add(page.name() + ":" + lang + "→" + got);
            }
            String site = expected.path("siteName").asText("");
            if (!site.isBlank()) {
                sitePages++;
                String got = Evidenced.valueOf(m.outlet());
                if (got == null) siteNone++;
                else if (site.toLowerCase(Locale.ROOT).contains(got.toLowerCase(Locale.ROOT))
                        || got.toLowerCase(Locale.ROOT).contains(site.toLowerCase(Locale.ROOT))) siteRight++;
                else outletWrong.add(page.name() + ":" + site + "→" + got);
            }
            String byline = expected.path("byline").asText("");
            if (!byline.isBlank() && text.contains(byline.strip())) {
                bylinePages++;
                String got = Evidenced.valueOf(m.byline());
                if (got == null) bylineNone++;
                else if (byline.toLowerCase(Locale.ROOT).contains(got.toLowerCase(Locale.ROOT))) bylineRight++;
                else bylineWrong.add(page.name() + ":" + byline + "→" + got + " [" + m.byline().evidence() + "]");
            }
        }
        System.out.printf("Readability pages, visible text, no hints: language %d/%d right, %d none, misses %s; "
                        + "byline (printed on page) %d/%d right, %d none, wrong %s%n",
                langRight, langPages, langNone, langMisses, bylineRight, bylinePages, bylineNone, bylineWrong);
        System.out.printf("Readability pages, visible text, no hints: outlet %d/%d agree with siteName, %d none, differ %s%n",
                siteRight, sitePages, siteNone, outletWrong);
        assertTrue(langRight >= 0.9 * langPages, langRight + "/" + langPages);
        assertTrue(bylineRight >= 18, bylineRight + "/" + bylinePages);
        assertTrue(siteRight >= 13, siteRight + "/" + sitePages);
    }
}
