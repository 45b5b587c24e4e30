package io.storyline.clean.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline from the title element, without the site name that pages append or prepend ("Headline | Site",
 * "Site » Section » Headline", "Site: Headline"); falls back to the single h1 when the title is implausible.
 */
final class TitleCleaner {
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-\\\\/>»–—] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");

    private TitleCleaner() {
    }

    static String clean(Document doc) {
        String original = doc.title().strip();
        String title = original;
        boolean hierarchical = false;
        Matcher m = SEPARATOR.matcher(original);
        int last = -1;
        while (m.find()) last = m.start();
        if (last >= 0) {
            hierarchical = HIERARCHICAL.matcher(original).find();
            title = original.substring(0, last);
            if (words(title) < 3) title = original.replaceFirst("^[^|\\-\\\\/>»–—]*[|\\-\\\\/>»–—]", "");
        } else if (original.contains(": ")) {
            boolean headingMatches = doc.select("h1, h2").stream().anyMatch(h -> h.text().strip().equals(original));
            if (!headingMatches) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (words(title) < 3) title = original.substring(original.indexOf(':') + 1);
                else if (words(original.substring(0, original.indexOf(':'))) > 5) title = original;
            }
        } else if (original.length() > 150 || original.length() < 15) {
            var h1s = doc.getElementsByTag("h1");
            if (h1s.size() == 1) title = h1s.get(0).text();
        }
        title = title.strip().replaceAll("\\s{2,}", " ");
        int count = words(title);
        if (count <= 4 && (!hierarchical || count != words(original.replaceAll("[|\\-\\\\/>»–—]+", "")) - 1)) {
            title = original;
        }
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        return title.isEmpty() ? null : title;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
