package io.storyline.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plain text of a TimeML .tml file: the TEXT element with its tags removed and entities decoded. */
final class TimeMlText {
    private TimeMlText() {
    }

    static String of(Path tml) throws IOException {
        String xml = Files.readString(tml);
        int from = xml.indexOf("<TEXT>") + "<TEXT>".length();
        int to = xml.indexOf("</TEXT>");
        String body = xml.substring(from, to).replaceAll("<[^>]+>", "");
        return body.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
