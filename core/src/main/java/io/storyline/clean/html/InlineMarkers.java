package io.storyline.clean.html;

import java.util.regex.Pattern;

/** Placeholders that ad plugins leave inside paragraphs ("[ad_1]", "[ad#2]"), cut out of a kept line. */
final class InlineMarkers {
    private static final Pattern AD_PLACEHOLDER = Pattern.compile("\\s*\\[\\s*ads?[_#-]?\\d+\\s*]\\s*",
            Pattern.CASE_INSENSITIVE);

    private InlineMarkers() {
    }

    static String strip(String line) {
        if (line.indexOf('[') < 0) return line;
        return AD_PLACEHOLDER.matcher(line).replaceAll(" ").strip();
    }
}
