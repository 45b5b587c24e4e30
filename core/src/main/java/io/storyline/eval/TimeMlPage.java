package io.storyline.eval;

import java.util.regex.Pattern;

/**
 * A TimeML file (TE3-Silver's AFP and Xinhua stories) as the raw text page a crawl would hold: the DOCID element
 * dropped, every other tag stripped (dateline, title and body stay, as a wire story reads), XML entities decoded,
 * and TimeML's tokenised commas (" , ") written as published.
 */
final class TimeMlPage {
    private static final Pattern DOC_ID = Pattern.compile("(?s)<DOCID>.*?</DOCID>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private TimeMlPage() {
    }

    static String text(String xml) {
        String plain = TAG.matcher(DOC_ID.matcher(xml).replaceAll("")).replaceAll("");
        return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&").replace(" , ", ", ");
    }
}
