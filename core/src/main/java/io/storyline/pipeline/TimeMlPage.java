package io.storyline.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML file (TempEval-3) as the HTML page it stands for: its TITLE as the headline, the value of its
 * creation-time TIMEX3 as the publication date, and its TEXT, with TimeML's own tags removed, as paragraphs.
 */
final class TimeMlPage {
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern DCT_VALUE = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private TimeMlPage() {
    }

    static String html(Path file, String name) throws IOException {
        String xml = Files.readString(file);
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        if (from < 0 || to < from) {
            throw new IOException(file + ": not a TimeML document (no TEXT element)");
        }
        String text = plain(xml.substring(from + "<TEXT>".length(), to));
        Matcher title = TITLE.matcher(xml);
        Matcher date = DCT_VALUE.matcher(xml);
        StringBuilder html = new StringBuilder("<html><head>");
        String headline = title.find() ? plain(title.group(1)).strip() : "";
        html.append("<title>").append(escape(headline)).append("</title>");
        html.append("<meta name=\"gold-document\" content=\"").append(escape(name)).append("\">");
        if (date.find()) {
            html.append("<meta property=\"article:published_time\" content=\"").append(date.group(1)).append("\">");
        }
        html.append("</head><body><article><h1>").append(escape(headline)).append("</h1>");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip().replaceAll("\\s+", " "))).append("</p>");
            }
        }
        return html.append("</article></body></html>").toString();
    }

    private static String plain(String xml) {
        return TAG.matcher(xml).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
