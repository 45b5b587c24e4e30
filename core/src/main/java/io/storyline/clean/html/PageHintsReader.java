package io.storyline.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.clean.PageHints;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads what a page's markup says about itself. Each field takes the first source that has it, in an order that
 * puts the publisher's structured declarations (JSON-LD, Dublin Core, Open Graph) before visible-text fallbacks,
 * and {@link PageHints#source()} names the source used.
 */
final class PageHintsReader {
    /** Page parts where an author-looking element names someone else: comments, related links, account menus. */
    private static final Pattern OUTSIDE_ARTICLE = Pattern.compile(
            "comment|footer|menu|(^|[-_ ])nav|sidebar|related|promo|login|signin|account|recirc|trending|follow|mostread|most-read",
            Pattern.CASE_INSENSITIVE);
    /** Readability's byline hint, without "authorization"/"authorize" (account widgets). */
    private static final Pattern BYLINE = Pattern.compile("byline|author(?!i[sz])|dateline|writtenby|p-author",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);

    PageHints read(Document doc) {
        Map<String, String> meta = metaValues(doc);
        JsonNode article = JsonLd.article(doc);
        List<String> sources = new ArrayList<>();

        String fallbackTitle = TitleCleaner.clean(doc);
        String title = first(sources, "title",
                "json-ld:headline", jsonLdTitle(article, fallbackTitle),
                "meta[dc:title]", meta.get("dc:title"),
                "meta[dcterm:title]", meta.get("dcterm:title"),
                "meta[og:title]", meta.get("og:title"),
                "meta[title]", meta.get("title"),
                "meta[twitter:title]", meta.get("twitter:title"),
                "meta[parsely-title]", meta.get("parsely-title"),
                "title", fallbackTitle);
        String articleAuthor = meta.get("article:author");
        if (articleAuthor != null && URL.matcher(articleAuthor).find()) articleAuthor = null;
        String byline = first(sources, "byline",
                "json-ld:author", JsonLd.text(article, "author"),
                "meta[dc:creator]", meta.get("dc:creator"),
                "meta[dcterm:creator]", meta.get("dcterm:creator"),
                "meta[author]", meta.get("author"),
                "meta[parsely-author]", meta.get("parsely-author"),
                "meta[article:author]", articleAuthor,
                "meta[og:article:author]", meta.get("og:article:author"),
                "byline-element", bylineElement(doc));
        String siteName = first(sources, "siteName",
                "json-ld:publisher", JsonLd.text(article, "publisher"),
                "meta[og:site_name]", meta.get("og:site_name"),
                "meta[application-name]", meta.get("application-name"));
        Element time = firstOutsideBoilerplate(doc, "time[pubdate][datetime], time[datetime]");
        String published = first(sources, "published",
                "json-ld:datePublished", JsonLd.text(article, "datePublished"),
                "meta[article:published_time]", meta.get("article:published_time"),
                "meta[parsely-pub-date]", meta.get("parsely-pub-date"),
                "meta[og:published_time]", meta.get("og:published_time"),
                "meta[datePublished]", meta.get("datepublished"),
                "meta[date]", meta.get("date"),
                "meta[dc:date]", meta.get("dc:date"),
                "[itemprop=datePublished]", itempropDate(doc, "datePublished"),
                "time[datetime]", time == null ? null : time.attr("datetime"),
                "json-ld:datePublished of another type", JsonLd.anyDatePublished(doc));
        Element html = doc.selectFirst("html");
        String language = first(sources, "language",
                "html[lang]", html == null ? null : html.attr("lang"),
                "meta[content-language]", meta.get("content-language"),
                "meta[og:locale]", meta.get("og:locale"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(sources, "url",
                "link[rel=canonical]", canonical == null ? null : absolute(doc, canonical.attr("href")),
                "meta[og:url]", absolute(doc, meta.get("og:url")),
                "json-ld:url", absolute(doc, JsonLd.text(article, "url")),
                "json-ld:mainEntityOfPage", absolute(doc, JsonLd.id(article, "mainEntityOfPage")));
        String modified = first(sources, "modified",
                "json-ld:dateModified", JsonLd.text(article, "dateModified"),
                "meta[article:modified_time]", meta.get("article:modified_time"),
                "meta[og:updated_time]", meta.get("og:updated_time"),
                "meta[dateModified]", meta.get("datemodified"),
                "meta[last-modified]", meta.get("last-modified"),
                "[itemprop=dateModified]", itempropDate(doc, "dateModified"));
        return new PageHints(title, byline, siteName, published, language, url, String.join("; ", sources), modified,
                ScriptDataDates.published(doc));
    }

    /** The address resolved against the page's base; null unless that gives an absolute http(s) address. */
    /** A microdata date ({@code itemprop=NAME}), from its {@code datetime} attribute, else its {@code content}. */
    private static String itempropDate(Document doc, String name) {
        Element item = doc.selectFirst("[itemprop=" + name + "][content], [itemprop=" + name + "][datetime]");
        return item == null ? null : item.hasAttr("datetime") ? item.attr("datetime") : item.attr("content");
    }

    private static String absolute(Document doc, String href) {
        if (href == null || href.isBlank()) return null;
        String resolved = org.jsoup.internal.StringUtil.resolve(doc.location(), href.strip());
        return URL.matcher(resolved).find() ? resolved : null;
    }

    private static String first(List<String> sources, String field, String... sourceAndValue) {
        for (int i = 0; i + 1 < sourceAndValue.length; i += 2) {
            String value = sourceAndValue[i + 1];
            if (value != null && !value.isBlank()) {
                sources.add(field + "=" + sourceAndValue[i]);
                return value.strip().replaceAll("[ \\t\\u00a0]+", " ");
            }
        }
        return null;
    }

    /** Meta values keyed by lower-cased name, property or http-equiv; the first occurrence wins. */
    static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new LinkedHashMap<>();
        // property= (Open Graph, RDFa) is the more deliberate declaration: it wins over name= for the same key
        for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
            for (Element m : doc.select("meta[content][" + attr + "]")) {
                String content = m.attr("content");
                if (content.isBlank()) continue;
                for (String key : m.attr(attr).split("\\s+")) {
                    if (!key.isBlank()) values.putIfAbsent(normaliseKey(key), content);
                }
            }
        }
        return values;
    }

    private static String normaliseKey(String key) {
        return key.toLowerCase().replaceAll("\\s", "").replaceAll("^(dc|dcterm|og|twitter|weibo:(article|webpage))[.\\-]", "$1:");
    }

    /** JSON-LD gives name and headline; take the one closer to the title element when they differ. */
    private static String jsonLdTitle(JsonNode article, String pageTitle) {
        String name = JsonLd.text(article, "name");
        String headline = JsonLd.text(article, "headline");
        if (name != null && headline != null && !name.equals(headline) && pageTitle != null) {
            boolean nameMatches = TitleMatch.same(name, pageTitle);
            boolean headlineMatches = TitleMatch.same(headline, pageTitle);
            return headlineMatches && !nameMatches ? headline : name;
        }
        return name != null ? name : headline;
    }

    private static Element firstOutsideBoilerplate(Document doc, String query) {
        for (Element e : doc.select(query)) {
            if (!insideBoilerplate(e)) return e;
        }
        return null;
    }

    /** Inside navigation, a footer or a box marked as such; the page-wide body and html classes ("has-sidebar") say nothing. */
    private static boolean insideBoilerplate(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body") && !a.normalName().equals("html"); a = a.parent()) {
            String name = a.normalName();
            if (name.equals("nav") || name.equals("footer") || OUTSIDE_ARTICLE.matcher(ClassHints.classAndId(a)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first short visible element marked as the author: rel=author, itemprop=author, a byline class. Inside a
     * marked box the innermost marked element with text wins: "byline" boxes also hold the date, a job title or a
     * count run into the name ("by Lucas Nolan22 Dec 2016"), while the author link inside holds the name alone.
     */
    static String bylineElement(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : doc.body().getAllElements()) {
            if (!marked(e) || DocumentPreparer.isHidden(e) || insideBoilerplate(e)) continue;
            Element name = e.selectFirst("[itemprop=name]");
            if (name == null) name = innermostMarked(e);
            String text = name.text().strip();
            if (!text.isEmpty() && text.length() < 100 && !text.contains("|")) return text;
        }
        return null;
    }

    private static boolean marked(Element e) {
        return e.attr("rel").equals("author") || e.attr("itemprop").contains("author")
                || BYLINE.matcher(ClassHints.classAndId(e)).find();
    }

    private static Element innermostMarked(Element box) {
        for (Element inner : box.getAllElements()) {
            if (inner != box && marked(inner) && !inner.text().isBlank()) return innermostMarked(inner);
        }
        return box;
    }
}
