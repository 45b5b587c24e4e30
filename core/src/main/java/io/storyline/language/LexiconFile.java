package io.storyline.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the plain-text word lists shipped as resources: one entry a line, '#' starts a comment line. */
public final class LexiconFile {
    private LexiconFile() {
    }

    /** The non-blank, non-comment lines of resource {@code name} beside {@code owner}, trimmed. */
    public static List<String> lines(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return List.copyOf(lines);
    }
}
