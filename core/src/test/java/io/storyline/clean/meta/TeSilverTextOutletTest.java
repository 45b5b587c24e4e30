package io.storyline.clean.meta;

import io.storyline.SharedData;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.clean.CleanArticle;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outlet of TE3-Silver's AFP and Xinhua stories as text pages: each .tml file with its TimeML tags stripped
 * and entities decoded, as a crawl's text dump of an archive story looks (story id, dateline, headline, text).
 * The outlet is right when it is the agency the file name's source code stands for (AFP_… → AFP, XIN_… → Xinhua).
 */
class TeSilverTextOutletTest {

    @Test
    void textDumpsOfWireStoriesGetTheirAgencyAsOutlet() throws IOException {
        ArticleCleaner cleaner = new ArticleCleaner();
        int pages = 0, right = 0, none = 0, outletLineTitles = 0;
        Map<String, Integer> wrong = new TreeMap<>();
        try (var files = Files.list(SharedData.teSilver())) {
            for (Path tml : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                String text = Files.readString(tml).replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&quot;", "\"").replace("&amp;", "&").replace(" , ", ", ");
                CleanArticle a = cleaner.clean(new Page(tml.getFileName().toString(), tml.toString(), null, PageFormat.TEXT,
                        text, "UTF-8", null));
                String expected = tml.getFileName().toString().startsWith("XIN") ? "Xinhua" : "AFP";
                pages++;
                if (a.outlet() == null) none++;
                else if (a.outlet().equals(expected)) right++;
                else wrong.merge(expected + "→" + a.outlet(), 1, Integer::sum);
                if (a.title() != null && a.title().matches("[A-Z]{3}_ENG_.*|AFP|Xinhua")) outletLineTitles++;
            }
        }
        System.out.printf("TE3-Silver as text: outlet right on %d of %d pages (%.4f), none %d, other %s; outlet line as title %d%n",
                right, pages, (double) right / pages, none, wrong, outletLineTitles);
        assertTrue(right >= 0.99 * pages, right + "/" + pages);
        assertTrue(outletLineTitles == 0, "outlet line taken as title on " + outletLineTitles + " pages");
    }
}
