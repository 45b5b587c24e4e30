package io.storyline.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The schema.org article object a page declares in JSON-LD, if any. */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "AdvertiserContentArticle", "NewsArticle",
            "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
            "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle", "ScholarlyArticle",
            "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting",
            "DiscussionForumPosting", "TechArticle", "APIReference", "WebPage");

    private JsonLd() {
    }

    /** The first article-typed object of the page's JSON-LD (a NewsArticle before a WebPage), or null. */
    static JsonNode article(Document doc) {
        JsonNode page = null;
        for (JsonNode node : declared(doc)) {
            if (!isArticle(node)) continue;
            if (types(node).contains("WebPage")) {
                if (page == null) page = node;
            } else {
                return node;
            }
        }
        return page;
    }

    /**
     * The first datePublished of any object the page declares, whatever its type: a HowTo, Recipe or VideoObject
     * that is the page's content dates it as an article would; used only when no article object gives one.
     */
    static String anyDatePublished(Document doc) {
        for (JsonNode node : declared(doc)) {
            JsonNode date = node.get("datePublished");
            if (date != null && date.isTextual() && !date.asText().isBlank()) return date.asText().strip();
        }
        return null;
    }

    /** Every object of every JSON-LD block, in page order; a block that does not parse is skipped. */
    private static List<JsonNode> declared(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data().strip().replaceAll("^\\s*<!\\[CDATA\\[|]]>\\s*$", "");
            try {
                nodes.addAll(objects(JSON.readTree(json)));
            } catch (Exception e) {
                // a malformed block says nothing; the next one may
            }
        }
        return nodes;
    }

    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root == null) return out;
        if (root.isArray()) {
            root.forEach(n -> out.addAll(objects(n)));
        } else if (root.isObject()) {
            out.add(root);
            if (root.has("@graph")) out.addAll(objects(root.get("@graph")));
            if (root.has("mainEntity")) out.addAll(objects(root.get("mainEntity")));
        }
        return out;
    }

    private static boolean isArticle(JsonNode node) {
        for (String type : types(node)) {
            if (ARTICLE_TYPES.contains(type)) return true;
        }
        return false;
    }

    private static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        JsonNode type = node.get("@type");
        if (type == null) return types;
        if (type.isArray()) type.forEach(t -> types.add(t.asText()));
        else types.add(type.asText());
        return types;
    }

    static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isTextual()) return blankToNull(value.asText());
        if (value.isObject()) return text(value, "name");
        if (value.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode item : value) {
                String name = item.isTextual() ? item.asText() : text(item, "name");
                if (name != null && !name.isBlank()) names.add(name.strip());
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return blankToNull(value.asText());
    }

    /** An object's "@id" or a plain string value: how JSON-LD gives mainEntityOfPage. */
    static String id(JsonNode node, String field) {
        if (node == null || node.get(field) == null) return null;
        JsonNode value = node.get(field);
        return value.isTextual() ? blankToNull(value.asText()) : blankToNull(value.path("@id").asText(null));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
