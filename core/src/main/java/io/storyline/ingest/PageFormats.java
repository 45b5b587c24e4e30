package io.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Sniffs whether content is HTML when its name or field does not say. */
final class PageFormats {
    private PageFormats() {
    }

    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        return looksLikeHtml(head);
    }

    static boolean looksLikeHtml(String content) {
        String head = content.substring(0, Math.min(content.length(), 512)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html");
    }
}
