package io.storyline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema, as an ordered list of migrations. {@code PRAGMA user_version} records how many have been
 * applied; opening a store applies the missing ones in one transaction each, so an old data folder is upgraded
 * in place and a newer one is refused rather than misread.
 */
final class SchemaMigrations {
    private static final List<String> MIGRATIONS = List.of(
            // 1: pages as read, articles as cleaned, every place a page was seen, files fully read
            """
            CREATE TABLE pages (
              seq         INTEGER PRIMARY KEY AUTOINCREMENT,
              id          TEXT NOT NULL UNIQUE,
              path        TEXT NOT NULL,
              url         TEXT,
              format      TEXT NOT NULL,
              charset     TEXT,
              fetched_at  TEXT,
              content     TEXT NOT NULL,
              ingested_at TEXT NOT NULL
            );
            CREATE TABLE articles (
              page_id              TEXT PRIMARY KEY REFERENCES pages(id),
              title                TEXT,
              outlet               TEXT,
              original_outlet      TEXT,
              byline               TEXT,
              language             TEXT,
              published            TEXT,
              published_granularity TEXT,
              published_evidence   TEXT,
              published_confidence REAL,
              text                 TEXT NOT NULL,
              removed              TEXT NOT NULL
            );
            CREATE INDEX articles_published ON articles(published);
            CREATE TABLE page_sources (
              page_id    TEXT NOT NULL REFERENCES pages(id),
              path       TEXT NOT NULL,
              url        TEXT,
              fetched_at TEXT,
              PRIMARY KEY (page_id, path)
            );
            CREATE TABLE ingested_files (
              path        TEXT PRIMARY KEY,
              size        INTEGER NOT NULL,
              modified    INTEGER NOT NULL,
              finished_at TEXT NOT NULL
            );
            """,
            // 2: what the language layer found (entities, roles, times, quotes), as JSON
            """
            ALTER TABLE articles ADD COLUMN annotations TEXT;
            """,
            // 3: the evidence of each metadata field, as JSON {"outlet": "…", …}
            """
            ALTER TABLE articles ADD COLUMN evidence TEXT;
            """,
            // 4: on how many text pages each (normalised, hashed) line occurs: recurring lines are site furniture
            """
            CREATE TABLE line_counts (
              line_hash INTEGER PRIMARY KEY,
              pages     INTEGER NOT NULL
            );
            """,
            // 5: resolved entities (recomputed from the articles), the entity of each mention, users' corrections
            """
            CREATE TABLE entities (
              id       TEXT PRIMARY KEY,
              name     TEXT NOT NULL,
              type     TEXT NOT NULL,
              mentions INTEGER NOT NULL,
              json     TEXT NOT NULL
            );
            CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
            CREATE TABLE entity_mentions (
              article_id TEXT NOT NULL,
              mention    INTEGER NOT NULL,
              entity_id  TEXT NOT NULL,
              PRIMARY KEY (article_id, mention)
            );
            CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
            CREATE TABLE entity_corrections (
              seq     INTEGER PRIMARY KEY AUTOINCREMENT,
              kind    TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
              left    TEXT NOT NULL,
              right   TEXT NOT NULL,
              made_at TEXT NOT NULL
            );
            """,
            // 6: which article copies which (recomputed over the corpus), with the swapped phrases of spun copies
            """
            CREATE TABLE copies (
              article_id    TEXT PRIMARY KEY,
              copy_of       TEXT,
              kind          TEXT NOT NULL,
              score         REAL NOT NULL,
              evidence      TEXT NOT NULL,
              substitutions TEXT NOT NULL
            );
            CREATE INDEX copies_copy_of ON copies(copy_of);
            """,
            // 7: stories (recomputed in order of arrival, so ids are stable) and the story of each article
            """
            CREATE TABLE stories (
              id    TEXT PRIMARY KEY,
              start TEXT,
              json  TEXT NOT NULL
            );
            CREATE TABLE article_stories (
              article_id TEXT PRIMARY KEY,
              story_id   TEXT NOT NULL
            );
            CREATE INDEX article_stories_story ON article_stories(story_id);
            """,
            // 8: events (recomputed over the corpus) and which entities take part in each, as what
            """
            CREATE TABLE events (
              id     TEXT PRIMARY KEY,
              type   TEXT NOT NULL,
              status TEXT NOT NULL,
              start  TEXT,
              end    TEXT,
              json   TEXT NOT NULL
            );
            CREATE INDEX events_start ON events(start);
            CREATE TABLE event_entities (
              event_id  TEXT NOT NULL,
              entity_id TEXT NOT NULL,
              role      TEXT NOT NULL,
              PRIMARY KEY (event_id, entity_id, role)
            );
            CREATE INDEX event_entities_entity ON event_entities(entity_id);
            """,
            // 9: the stages that failed on a page (stored all the same), and what each corpus-wide stage last ran
            // over, so a stage a kill interrupted is run again on the next ingest or open
            """
            CREATE TABLE page_failures (
              page_id TEXT NOT NULL REFERENCES pages(id),
              stage   TEXT NOT NULL,
              error   TEXT NOT NULL,
              PRIMARY KEY (page_id, stage)
            );
            CREATE TABLE stage_states (
              stage          TEXT PRIMARY KEY,
              page_seq       INTEGER NOT NULL,
              correction_seq INTEGER NOT NULL,
              done_at        TEXT NOT NULL
            );
            """,
            // 10: each article's coded event mentions with the digest of their inputs and what coding asked of the
            // resolved entities, so the event stage codes again only the articles whose inputs or answers changed (coded_seq: the
            // store's last page when the article was coded)
            """
            CREATE TABLE event_codings (
              article_id TEXT PRIMARY KEY,
              input_key  TEXT NOT NULL,
              questions  TEXT NOT NULL,
              mentions   TEXT NOT NULL,
              coded_seq  INTEGER NOT NULL
            );
            """,
            // 11: each article's state in the copy detector (its cluster's original, its MinHash signature when
            // indexed, the link that makes it a copy) under the key of the inputs it was found from, and on how many
            // articles that copy nothing each word occurs, so a batch hashes and aligns only its own articles
            """
            CREATE TABLE copy_states (
              article_id   TEXT PRIMARY KEY,
              input_key    TEXT NOT NULL,
              root         TEXT NOT NULL,
              signature    BLOB,
              indexed_spun INTEGER NOT NULL,
              spin_weight  REAL,
              link         TEXT
            );
            CREATE TABLE copy_word_counts (
              word      TEXT PRIMARY KEY,
              documents INTEGER NOT NULL
            );
            """);

    private SchemaMigrations() {
    }

    static int latest() {
        return MIGRATIONS.size();
    }

    static void apply(Connection db, String where) throws SQLException {
        apply(db, where, latest());
    }

    /** Applies migrations up to {@code target}; tests use it to make a store as an older Storyline left it. */
    static void apply(Connection db, String where, int target) throws SQLException {
        int version;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        if (version > latest()) {
            throw new SQLException(where + ": store schema version " + version + " is newer than this Storyline ("
                    + latest() + "); upgrade Storyline");
        }
        for (int v = version; v < target; v++) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String sql : MIGRATIONS.get(v).split(";\\s*\n")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                KillPoint.reached("migration:before-commit");
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }
}
