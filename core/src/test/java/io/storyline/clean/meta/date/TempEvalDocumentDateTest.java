package io.storyline.clean.meta.date;

import io.storyline.SharedData;
import io.storyline.clean.meta.WireAgencies;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unseen data: TempEval-3 silver news wires with the document creation time (DCT) removed. The resolver sees
 * only headline and story, without crawl time; the DCT is the truth. Most stories date themselves only by
 * weekdays ("Tuesday"), so a null is the honest answer for many; a wrong date is the failure that counts.
 */
class TempEvalDocumentDateTest {

    private static final Path DIR = SharedData.path("data",
            "tempeval3", "TE3-Silver-data");
    private static final Pattern DCT = Pattern.compile("(?s)<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\".*?</DCT>");
    private static final Pattern DROPPED = Pattern.compile("(?s)<DCT>.*?</DCT>|<DOCID>.*?</DOCID>|<\\?xml.*?\\?>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    static DateTally run() throws IOException {
        PublishedDateResolver resolver = new PublishedDateResolver(new WireAgencies()::namedIn);
        DateTally tally = new DateTally();
        List<Path> files;
        try (var list = Files.list(DIR)) {
            files = new ArrayList<>(list.filter(p -> p.toString().endsWith(".tml")).sorted().toList());
        }
        for (Path f : files) {
            String xml = Files.readString(f);
            Matcher dct = DCT.matcher(xml);
            if (!dct.find()) continue;
            String text = TAG.matcher(DROPPED.matcher(xml).replaceAll("")).replaceAll("")
                    .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
            text = text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
            var got = resolver.resolve(text, text, null, null, null, null).orElse(null);
            int before = tally.wrong;
            tally.add(LocalDate.parse(dct.group(1)), got);
            if (System.getenv("DEBUG_DATES") != null && tally.wrong > before) System.out.println("WRONG " + f.getFileName() + " truth " + dct.group(1) + " got " + got);
        }
        return tally;
    }

    @Test
    void rarelyDatesWireStoriesWrongWithoutTheirDateline() throws IOException {
        DateTally t = run();
        System.out.println("TempEval-3 silver, DCT stripped: " + t);
        assertTrue(t.pages > 2000, t.toString());
        assertTrue(t.wrong <= 5, t.toString());
    }
}
