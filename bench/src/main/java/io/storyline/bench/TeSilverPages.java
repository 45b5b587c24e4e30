package io.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The TE3-Silver articles (2,452 real AFP and Xinhua stories) as raw text pages: TimeML tags stripped, one
 * .txt file per article, written to a folder so benchmarks ingest them the way users ingest a crawl.
 */
final class TeSilverPages {
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private TeSilverPages() {
    }

    static Path defaultSource() {
        return Path.of("..", "shared", "data", "tempeval3", "TE3-Silver-data");
    }

    /** Writes every article of {@code source} as text into {@code folder}; returns the bytes written. */
    static long write(Path source, Path folder) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        for (Path tml : tmlFiles(source)) {
            String text = TAG.matcher(Files.readString(tml)).replaceAll("")
                    .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    // TimeML tokenisation spaced out commas ("April 1 , 1997"); pages as published do not
                    .replace(" , ", ", ");
            Path out = folder.resolve(tml.getFileName().toString().replace(".tml", ".txt"));
            Files.writeString(out, text);
            bytes += Files.size(out);
        }
        return bytes;
    }

    static List<Path> tmlFiles(Path source) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new IOException(source.toAbsolutePath() + ": TE3-Silver data not found (run from the repository root)");
        }
        try (Stream<Path> files = Files.list(source)) {
            return files.filter(f -> f.toString().endsWith(".tml")).sorted().toList();
        }
    }
}
