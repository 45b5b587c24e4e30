package io.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.storyline.clean.CleanArticle;
import io.storyline.clean.Extraction;
import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import io.storyline.ingest.Page;
import io.storyline.ingest.PageFormat;
import io.storyline.nlp.Annotations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The articles table: an article and its annotations written with its page, read back as stored articles, refined
 * in place.
 */
final class ArticleTable {
    private static final String ARTICLE_COLUMNS = """
            p.seq, p.id, p.path, p.url, p.format, p.charset, p.fetched_at, a.title, a.outlet, a.original_outlet,
            a.byline, a.language, a.published, a.published_granularity, a.published_evidence, a.published_confidence,
            a.text, a.removed, a.annotations, a.evidence""";

    private final Connection db;

    ArticleTable(Connection db) {
        this.db = db;
    }

    /** Writes the pages of a batch with their articles, inside the caller's transaction; counts the new pages in added[0]. */
    void saveAll(List<Arrival> arrivals, String now, int[] added) throws SQLException {
        try (PreparedStatement page = db.prepareStatement("""
                INSERT OR IGNORE INTO pages(id, path, url, format, charset, fetched_at, content, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement article = db.prepareStatement("""
                INSERT OR IGNORE INTO articles(page_id, title, outlet, original_outlet, byline, language, published,
                  published_granularity, published_evidence, published_confidence, text, removed, annotations, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement lines = db.prepareStatement(
                     "INSERT INTO line_counts(line_hash, pages) VALUES (?, 1) "
                             + "ON CONFLICT(line_hash) DO UPDATE SET pages = pages + 1");
             PreparedStatement source = db.prepareStatement(
                     "INSERT OR IGNORE INTO page_sources(page_id, path, url, fetched_at) VALUES (?, ?, ?, ?)");
             PreparedStatement failure = db.prepareStatement(
                     "INSERT OR REPLACE INTO page_failures(page_id, stage, error) VALUES (?, ?, ?)")) {
            for (Arrival arrival : arrivals) {
                Page p = arrival.page();
                page.setString(1, p.id());
                page.setString(2, p.path());
                // the crawl record's address, else the one the page declares (canonical link, og:url, JSON-LD)
                page.setString(3, arrival.article() != null && arrival.article().url() != null ? arrival.article().url() : p.url());
                page.setString(4, p.format().name());
                page.setString(5, p.charset());
                page.setString(6, p.fetchedAt() == null ? null : p.fetchedAt().toString());
                page.setString(7, p.content());
                page.setString(8, now);
                int inserted = page.executeUpdate();
                if (inserted == 1) {
                    if (arrival.article() == null) {
                        throw new IllegalArgumentException(p.id() + " is new to the store but arrived without its article");
                    }
                    added[0]++;
                    bindArticle(article, arrival.article(), arrival.annotations());
                    article.executeUpdate();
                    for (StageFailure f : arrival.failures()) {
                        failure.setString(1, p.id());
                        failure.setString(2, f.stage());
                        failure.setString(3, f.error());
                        failure.executeUpdate();
                    }
                    if (p.format() == PageFormat.TEXT) {
                        for (long hash : LineCounts.distinctLineHashes(p.content())) {
                            lines.setLong(1, hash);
                            lines.executeUpdate();
                        }
                    }
                }
                source.setString(1, p.id());
                source.setString(2, p.path());
                source.setString(3, p.url());
                source.setString(4, p.fetchedAt() == null ? null : p.fetchedAt().toString());
                source.executeUpdate();
            }
        }
    }

    private static void bindArticle(PreparedStatement s, CleanArticle a, Annotations annotations) throws SQLException {
        PublishedDate d = a.published();
        s.setString(1, a.id());
        s.setString(2, a.title());
        s.setString(3, a.outlet());
        s.setString(4, a.originalOutlet());
        s.setString(5, a.byline());
        s.setString(6, a.language());
        s.setString(7, d == null ? null : d.value());
        s.setString(8, d == null ? null : d.granularity().name());
        s.setString(9, d == null ? null : d.evidence());
        if (d == null) {
            s.setNull(10, java.sql.Types.REAL);
        } else {
            s.setDouble(10, d.confidence());
        }
        s.setString(11, a.text());
        s.setString(12, ColumnJson.write(a.removed()));
        s.setString(13, ColumnJson.write(annotations == null ? Annotations.NONE : annotations));
        s.setString(14, ColumnJson.write(a.evidence()));
    }

    Optional<StoredArticle> article(String id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + " FROM pages p JOIN articles a ON a.page_id = p.id WHERE p.id = ?")) {
            s.setString(1, id);
            List<StoredArticle> found = read(s);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Articles in order of arrival, starting after {@code afterSeq}. */
    List<StoredArticle> articlesAfter(long afterSeq, int limit) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + " FROM pages p JOIN articles a ON a.page_id = p.id WHERE p.seq > ? ORDER BY p.seq LIMIT ?")) {
            s.setLong(1, afterSeq);
            s.setInt(2, limit);
            return read(s);
        }
    }

    /**
     * Articles in order of arrival after {@code afterSeq}, each with its copy record, story and entity links: one
     * query for what the later corpus stages read of each article.
     */
    List<ResolvedArticle> resolvedAfter(long afterSeq, int limit) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + ", c.copy_of AS copy_of, c.kind AS copy_kind, st.story_id AS story_id,"
                + " (SELECT group_concat(m.mention || ' ' || m.entity_id, char(10)) FROM entity_mentions m"
                + " WHERE m.article_id = p.id) AS links"
                + " FROM pages p JOIN articles a ON a.page_id = p.id LEFT JOIN copies c ON c.article_id = p.id"
                + " LEFT JOIN article_stories st ON st.article_id = p.id WHERE p.seq > ? ORDER BY p.seq LIMIT ?")) {
            s.setLong(1, afterSeq);
            s.setInt(2, limit);
            List<ResolvedArticle> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<Integer, String> links = new java.util.HashMap<>();
                    String joined = rs.getString("links");
                    if (joined != null) {
                        for (String link : joined.split("\n")) {
                            int space = link.indexOf(' ');
                            links.put(Integer.parseInt(link.substring(0, space)), link.substring(space + 1));
                        }
                    }
                    String kind = rs.getString("copy_kind");
                    out.add(new ResolvedArticle(storedArticle(rs), rs.getString("copy_of"),
                            kind != null && io.storyline.resolve.copy.CopyKind.ofLabel(kind) == io.storyline.resolve.copy.CopyKind.SPUN,
                            rs.getString("story_id"), links));
                }
            }
            return out;
        }
    }

    /** Articles whose publication date is known only to the year or month: candidates for corpus refinement. */
    List<StoredArticle> coarselyDated() throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + " FROM pages p JOIN articles a ON a.page_id = p.id"
                + " WHERE a.published_granularity IN ('YEAR', 'MONTH') ORDER BY p.seq")) {
            return read(s);
        }
    }

    /** Replaces what the language layer found in an article (after its time anchor changed). */
    void updateAnnotations(String id, Annotations annotations) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE articles SET annotations = ? WHERE page_id = ?")) {
            s.setString(1, ColumnJson.write(annotations));
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    /** Replaces an article's publication date (a refinement; the page itself never changes). */
    void updatePublished(String id, PublishedDate date) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                UPDATE articles SET published = ?, published_granularity = ?, published_evidence = ?,
                  published_confidence = ? WHERE page_id = ?""")) {
            s.setString(1, date.value());
            s.setString(2, date.granularity().name());
            s.setString(3, date.evidence());
            s.setDouble(4, date.confidence());
            s.setString(5, id);
            s.executeUpdate();
        }
    }

    private static List<StoredArticle> read(PreparedStatement s) throws SQLException {
        List<StoredArticle> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(storedArticle(rs));
            }
        }
        return out;
    }

    private static StoredArticle storedArticle(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        PublishedDate date = published == null ? null : new PublishedDate(published,
                Granularity.valueOf(rs.getString("published_granularity")), rs.getString("published_evidence"),
                rs.getDouble("published_confidence"));
        String fetched = rs.getString("fetched_at");
        CleanArticle article = new CleanArticle(rs.getString("id"), rs.getString("path"), rs.getString("url"),
                rs.getString("title"), rs.getString("outlet"), rs.getString("original_outlet"),
                rs.getString("byline"), rs.getString("language"), date, rs.getString("text"),
                ColumnJson.read(rs.getString("removed"), new TypeReference<List<Extraction.Removed>>() { }, "removed-blocks"), fetched == null ? null : Instant.parse(fetched),
                evidence(rs.getString("evidence")));
        String annotations = rs.getString("annotations");
        return new StoredArticle(rs.getLong("seq"), PageFormat.valueOf(rs.getString("format")),
                rs.getString("charset"), article,
                annotations == null ? Annotations.NONE : ColumnJson.read(annotations, new TypeReference<Annotations>() { }, "annotations"));
    }

    private static Map<String, String> evidence(String json) {
        return json == null ? Map.of() : ColumnJson.read(json, new TypeReference<>() { }, "evidence");
    }
}
