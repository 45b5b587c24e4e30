package io.storyline.events.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the converters of PETRARCH2's dictionaries share: reading its files and carrying its licence notice. */
final class PetrarchFiles {
    private PetrarchFiles() {
    }

    /** The lines of a dictionary file; malformed bytes are replaced, not fatal, as the country file mixes encodings. */
    static List<String> read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }

    /** A generated resource's header: its own lines (ending in a blank comment line), then the PETRARCH2 licence as comment lines. */
    static List<String> header(List<String> own, List<String> license) {
        List<String> h = new ArrayList<>(own);
        h.add("# The PETRARCH2 dictionaries are distributed under this licence:");
        h.add("#");
        license.forEach(line -> h.add(("# " + line).stripTrailing()));
        return h;
    }
}
