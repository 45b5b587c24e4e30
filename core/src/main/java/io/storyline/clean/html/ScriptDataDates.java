package io.storyline.clean.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication time a page's own scripts carry as data, where shop systems and single-page sites keep it
 * instead of markup: {@code "published_at":"2019-03-02T06:22:28+01:00"} in a product object, {@code "createdAt"}
 * in a CMS's state. Many items of a page carry such keys (images, embeds, comments), so the day most of them name
 * is taken, and published keys before created ones. Hand-written: it is a key search over script text that is
 * often not valid JSON on its own (JavaScript assignments, escaped strings), so no JSON parser would read it.
 */
final class ScriptDataDates {

    private static final String VALUE = "\\\\?[\"']\\s*:\\s*\\\\?[\"']((?:19|20)\\d{2}-\\d{2}-\\d{2}(?:[T ][0-9:.+\\-Z]{0,30})?)\\\\?[\"']";
    private static final Pattern PUBLISHED = Pattern.compile("\\\\?[\"'](?:datePublished|date_published|published_at|publishedAt"
            + "|publishDate|publish_date|publicationDate|publication_date|pubDate|firstPublished|first_published_at)" + VALUE);
    private static final Pattern CREATED = Pattern.compile("\\\\?[\"'](?:dateCreated|date_created|created_at|createdAt"
            + "|creationDate|creation_date)" + VALUE);

    private ScriptDataDates() {
    }

    /** The time written most often under a published key of the page's scripts, else under a created key; or null. */
    static String published(Document doc) {
        StringBuilder scripts = new StringBuilder();
        for (Element script : doc.select("script:not([type=application/ld+json])")) scripts.append(script.data()).append('\n');
        String published = commonest(PUBLISHED, scripts);
        return published != null ? published : commonest(CREATED, scripts);
    }

    /** The first value written for the day the most values name. */
    private static String commonest(Pattern key, CharSequence text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> firstValue = new LinkedHashMap<>();
        for (Matcher m = key.matcher(text); m.find(); ) {
            String day = m.group(1).substring(0, 10);
            counts.merge(day, 1, Integer::sum);
            firstValue.putIfAbsent(day, m.group(1));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> firstValue.get(e.getKey())).orElse(null);
    }
}
