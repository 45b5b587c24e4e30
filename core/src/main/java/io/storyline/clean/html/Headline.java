package io.storyline.clean.html;

import io.storyline.clean.PageHints;

import java.util.regex.Pattern;

/** The article's headline: the declared title without the site name that publishers append to it. */
final class Headline {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]\\s+");

    private Headline() {
    }

    /** {@code cleanedTitleElement}: the title element with its site part cut ({@link TitleCleaner}). */
    static String of(PageHints hints, String cleanedTitleElement) {
        String title = hints.title();
        if (title == null) return cleanedTitleElement;
        String site = hints.siteName();
        if (site != null && !site.isBlank()) {
            String stripped = stripSuffix(title, site);
            if (stripped != null) return stripped;
        }
        // the declared title is the title element itself: its cleaned form drops the site part
        if (cleanedTitleElement != null && title.startsWith(cleanedTitleElement) && !title.equals(cleanedTitleElement)
                && SEPARATOR.matcher(title.substring(cleanedTitleElement.length())).lookingAt()) {
            return cleanedTitleElement;
        }
        return title;
    }

    private static String stripSuffix(String title, String site) {
        if (!title.endsWith(site) || title.length() == site.length()) return null;
        String head = title.substring(0, title.length() - site.length());
        var m = Pattern.compile("\\s*[|\\-–—·:»]\\s*$").matcher(head);
        if (!m.find()) return null;
        String stripped = head.substring(0, m.start()).strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
