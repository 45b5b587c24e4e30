package io.storyline.resolve.copy;

import io.storyline.SharedData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** TE3-Silver articles as plain text (TimeML tags stripped), for tests. */
final class Te3Articles {
    private Te3Articles() {
    }

    static String text(String docId) {
        return plain(SharedData.teSilver().resolve(docId + ".tml"));
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(SharedData.teSilver())) {
            return files.filter(f -> f.toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String plain(Path tml) {
        try {
            String xml = Files.readString(tml);
            return xml.replaceAll("(?s)<DOCID>.*?</DOCID>", "").replaceAll("<[^>]+>", "")
                    .replace("&amp;", "&").replace("&quot;", "\"").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seed(String prefix) {
        try (Stream<Path> files = Files.list(SharedData.seeds())) {
            Path seed = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
