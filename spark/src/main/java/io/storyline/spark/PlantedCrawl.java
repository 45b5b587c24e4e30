package io.storyline.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A crawl folder for the equivalence test and the benchmark: TE3-Silver articles as text pages (the TimeML TEXT
 * element without its tags), and for every {@code copyEvery}-th article two planted copies read after all of them:
 * the same page again (an identical page, stored once) and a syndicated copy with a byline and a wire credit added.
 */
public final class PlantedCrawl {
    private PlantedCrawl() {
    }

    /** Writes the first {@code limit} articles of {@code teSilver} (and their planted copies) into {@code crawl}; returns the pages written. */
    public static int write(Path teSilver, int limit, int copyEvery, Path crawl) throws IOException {
        Files.createDirectories(crawl);
        List<Path> tml;
        try (Stream<Path> files = Files.list(teSilver)) {
            tml = files.filter(f -> f.toString().endsWith(".tml")).sorted().limit(limit).toList();
        }
        int pages = 0;
        for (int i = 0; i < tml.size(); i++) {
            String text = text(tml.get(i));
            String name = tml.get(i).getFileName().toString().replace(".tml", ".txt");
            Files.writeString(crawl.resolve(name), text);
            pages++;
            if (i % copyEvery == 0) {
                Files.writeString(crawl.resolve("zz-copy-" + name), text);
                Files.writeString(crawl.resolve("zz-syndicated-" + name), "By Wire Staff\n\n" + text
                        + "\n\nDistributed by Example Wire Service.");
                pages += 2;
            }
        }
        return pages;
    }

    /** The plain text of a TimeML file: its TEXT element without tags, entities decoded. */
    static String text(Path tml) throws IOException {
        String xml = Files.readString(tml);
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        if (from < 0 || to < from) {
            throw new IOException(tml + ": not a TimeML document (no TEXT element)");
        }
        String body = xml.substring(from + "<TEXT>".length(), to).replaceAll("<[^>]+>", "");
        return body.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
