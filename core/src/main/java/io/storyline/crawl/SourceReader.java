package io.storyline.crawl;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads a fetched source: an RSS or Atom feed (Rome), a sitemap or sitemap index, news sitemaps and gzip'd ones
 * included (crawler-commons), or a home page whose feed links are followed. The kind is decided by the body,
 * not by the Content-Type, which servers often get wrong for feeds.
 */
final class SourceReader {
    /** How much of a body is looked at to tell a feed from a sitemap from a page. */
    private static final int SNIFF_CHARS = 2048;

    Discovery read(Fetch fetch) {
        byte[] body = fetch.body();
        try {
            if (isGzip(body)) {
                body = gunzip(body);
            }
        } catch (IOException e) {
            return Discovery.unreadable("broken gzip: " + e.getMessage());
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF_CHARS * 2), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        try {
            if (head.contains("<urlset") || head.contains("<sitemapindex")) {
                return sitemap(fetch.landed(), body);
            }
            if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
                return feed(body);
            }
            if (head.contains("<html") || head.contains("<!doctype html") || fetch.contentType().contains("html")) {
                return homePage(fetch.landed(), body);
            }
        } catch (FeedException | IOException | UnknownFormatException | IllegalArgumentException e) {
            return Discovery.unreadable("malformed source: " + e.getMessage());
        }
        return Discovery.unreadable("neither a feed, a sitemap nor an HTML page (" + fetch.contentType() + ")");
    }

    private static Discovery feed(byte[] body) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed = input.build(new InputSource(new ByteArrayInputStream(body)));
        List<Discovery.Link> pages = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            URI link = uri(entry.getLink());
            if (link != null) {
                Date changed = entry.getUpdatedDate() != null ? entry.getUpdatedDate() : entry.getPublishedDate();
                pages.add(new Discovery.Link(link, changed == null ? null : changed.toInstant()));
            }
        }
        return new Discovery(SourceKind.FEED, pages, List.of(), feed.getFeedType() + ", " + pages.size() + " items");
    }

    private static Discovery sitemap(URI at, byte[] body) throws IOException, UnknownFormatException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map = parser.parseSiteMap("application/xml", body, at.toURL());
        if (map instanceof SiteMapIndex index) {
            List<URI> sitemaps = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                URI uri = uri(child.getUrl().toString());
                if (uri != null) {
                    sitemaps.add(uri);
                }
            }
            return new Discovery(SourceKind.SITEMAP_INDEX, List.of(), sitemaps, sitemaps.size() + " sitemaps");
        }
        List<Discovery.Link> pages = new ArrayList<>();
        for (SiteMapURL url : ((SiteMap) map).getSiteMapUrls()) {
            URI uri = uri(url.getUrl().toString());
            if (uri != null) {
                pages.add(new Discovery.Link(uri, url.getLastModified() == null ? null
                        : url.getLastModified().toInstant()));
            }
        }
        return new Discovery(SourceKind.SITEMAP, pages, List.of(), pages.size() + " URLs");
    }

    /** The feeds a home page announces; without any, the same-site links that look like articles. */
    private static Discovery homePage(URI at, byte[] body) {
        Document page = Jsoup.parse(new String(body, StandardCharsets.UTF_8), at.toString());
        Set<URI> feeds = new LinkedHashSet<>();
        for (Element link : page.select("link[rel~=(?i)alternate][type~=(?i)(rss|atom)][href]")) {
            URI uri = uri(link.absUrl("href"));
            if (uri != null) {
                feeds.add(uri);
            }
        }
        if (!feeds.isEmpty()) {
            return new Discovery(SourceKind.HOME_PAGE, List.of(), List.copyOf(feeds), feeds.size() + " feeds announced");
        }
        Set<URI> articles = new LinkedHashSet<>();
        for (Element anchor : page.select("a[href]")) {
            URI uri = uri(anchor.absUrl("href"));
            if (uri != null && sameSite(at, uri) && looksLikeArticle(uri)) {
                articles.add(withoutFragment(uri));
            }
        }
        List<Discovery.Link> pages = articles.stream().map(uri -> new Discovery.Link(uri, null)).toList();
        return new Discovery(SourceKind.HOME_PAGE, pages, List.of(), "no feed announced; " + pages.size()
                + " article links");
    }

    /** Articles sit deeper than section pages and carry a slug: a hyphenated word run or a date in the path. */
    static boolean looksLikeArticle(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String[] segments = path.replaceAll("^/+|/+$", "").split("/+");
        String last = segments[segments.length - 1];
        boolean slug = last.chars().filter(c -> c == '-').count() >= 2;
        boolean dated = path.matches(".*/(19|20)\\d\\d/\\d{1,2}/.*");
        return segments.length >= 1 && !last.isEmpty() && (slug || dated);
    }

    private static boolean sameSite(URI a, URI b) {
        return a.getHost() != null && b.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getPort() == b.getPort();
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    static URI uri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isGzip(byte[] body) {
        return body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            // a sitemap may hold 50,000 URLs (the protocol's cap): 50 MB uncompressed at the very most
            byte[] out = in.readNBytes(64 << 20);
            if (in.read() >= 0) {
                throw new IOException("gzip'd source expands past 64 MB");
            }
            return out;
        }
    }
}
