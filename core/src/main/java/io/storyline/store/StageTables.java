package io.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the corpus-wide stages ran over, and the stages that failed on single pages. */
final class StageTables {
    private final Connection db;

    StageTables(Connection db) {
        this.db = db;
    }

    /** The stages that failed on a page when it was stored (empty for most pages). */
    List<StageFailure> failures(String id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT stage, error FROM page_failures WHERE page_id = ? ORDER BY rowid")) {
            s.setString(1, id);
            List<StageFailure> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new StageFailure(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        }
    }

    /** How many stored pages a stage failed on. */
    long failedPageCount() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(DISTINCT page_id) FROM page_failures")) {
            return rs.getLong(1);
        }
    }

    /**
     * The state a corpus-wide stage run now would be in: the last page sequence number and a mark of the entity
     * corrections (their count and last number, so an added or a removed correction both change it).
     */
    StageState present(String stage) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT coalesce(max(seq), 0) FROM pages),"
                     + " (SELECT count(*) * 4294967296 + coalesce(max(seq), 0) FROM entity_corrections)")) {
            return new StageState(stage, rs.getLong(1), rs.getLong(2));
        }
    }

    /** What a stage last ran over, if it ever finished. */
    Optional<StageState> stageState(String stage) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT page_seq, correction_seq FROM stage_states WHERE stage = ?")) {
            s.setString(1, stage);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new StageState(stage, rs.getLong(1), rs.getLong(2))) : Optional.empty();
            }
        }
    }
}
