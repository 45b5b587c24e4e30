package io.storyline.clean.html;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * What an element's class and id say about it. The word lists are Readability's (Mozilla, Apache-2.0) with a few
 * news-page additions; they are hints, weighed against text measures, never decisive alone.
 */
final class ClassHints {
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends"
                    + "|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break"
                    + "|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|paywall|most-popular|trending",
            Pattern.CASE_INSENSITIVE);
    static final Pattern MAYBE_CANDIDATE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow",
            Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"
                    + "|taboola|newsletter|recirc",
            Pattern.CASE_INSENSITIVE);
    static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);

    private ClassHints() {
    }

    static String classAndId(Element e) {
        return e.className() + " " + e.id();
    }

    /** +25 per positive hint, -25 per negative one, looked at in class and id separately. */
    static int weight(Element e) {
        int weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) weight -= 25;
            if (POSITIVE.matcher(cls).find()) weight += 25;
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) weight -= 25;
            if (POSITIVE.matcher(id).find()) weight += 25;
        }
        return weight;
    }

    static boolean unlikely(Element e) {
        String s = classAndId(e);
        return UNLIKELY.matcher(s).find() && !MAYBE_CANDIDATE.matcher(s).find();
    }
}
