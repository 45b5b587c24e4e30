package io.storyline.clean.meta.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the small tab-separated lexicons of the metadata readers (resources under io/storyline/clean/meta, where
 * users extend them); '#' starts a comment line. Its own package so that clean.meta and clean.meta.date share it
 * without depending on each other.
 */
public final class TsvResource {

    private static final String BASE = "/io/storyline/clean/meta/";

    private TsvResource() {
    }

    public static List<String[]> rows(String name) {
        var in = Objects.requireNonNull(TsvResource.class.getResourceAsStream(BASE + name), name);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
