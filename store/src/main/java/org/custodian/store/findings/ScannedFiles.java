package org.custodian.store.findings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.custodian.engine.Finding;
import org.custodian.store.Digests;

/**
 * Files and their findings. Writing a file is one transaction with its findings: a process killed
 * at any moment leaves every file either wholly stored for its run or not at all, which is what
 * {@code --resume} relies on.
 *
 * <p>Methods take the caller's connection so that a scanning thread keeps one for its whole life.
 */
public final class ScannedFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The file's row from earlier scans, if it was ever stored. */
    public Optional<StoredFile> find(Connection c, String source, String path) {
        String sql = "SELECT id, path, size, mtime, content_hash, extraction_status, last_outcome, skip_key, last_scan_id, findings,"
                + " sensitivity, present FROM scanned_file WHERE path_key = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, pathKey(source, path));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new StoredFile(rs.getLong("id"), rs.getString("path"), rs.getLong("size"),
                        Sql.instant(rs, "mtime"), rs.getString("content_hash"), rs.getString("extraction_status"),
                        rs.getString("last_outcome"), rs.getString("skip_key"), rs.getLong("last_scan_id"), rs.getInt("findings"),
                        rs.getInt("sensitivity"), rs.getBoolean("present")));
            }
        } catch (SQLException e) {
            throw Sql.fail("read file", e);
        }
    }

    public static String pathKey(String source, String path) {
        return Digests.sha256Hex(source + "\u0000" + path);
    }

    /**
     * Stores a file that was read in run {@code scanId} with its findings, in one transaction.
     * Findings that match one stored before (same part, infoType, value hash and occurrence) keep
     * their row, first-seen scan and triage; the others are added; stored ones no longer found are
     * removed.
     *
     * @return the file's id
     */
    public long commitRead(Connection c, long scanId, FileResult r, List<PartFinding> findings) {
        boolean auto = autoCommitOff(c);
        try {
            long id = upsert(c, scanId, r, r.extractionStatus(), findings.size());
            reconcile(c, id, scanId, findings);
            c.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            rollback(c);
            throw e instanceof SQLException s ? Sql.fail("store file", s) : (RuntimeException) e;
        } finally {
            restore(c, auto);
        }
    }

    /**
     * Records that a file was seen unchanged in run {@code scanId}: its findings stay, its facts
     * (owner, permissions ...) and so its exposures and risk are refreshed.
     */
    public void commitUnchanged(Connection c, long scanId, long fileId, FileFacts f, int risk, List<FileExposure> exposures) {
        String sql = "UPDATE scanned_file SET size = ?, mtime = ?, owner = ?, permissions = ?, permissions_note = ?,"
                + " fs_type = ?, root = ?, last_scan_id = ?, last_outcome = ?, risk = ?, exposures = ?, present = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, f.size());
            Sql.setInstant(ps, 2, f.modified());
            ps.setString(3, f.owner());
            ps.setString(4, f.permissions());
            ps.setString(5, f.permissionsNote());
            ps.setString(6, f.fsType());
            ps.setString(7, f.root());
            ps.setLong(8, scanId);
            ps.setString(9, FileResult.UNCHANGED);
            ps.setInt(10, risk);
            ps.setString(11, toJson(exposures));
            ps.setBoolean(12, true);
            ps.setLong(13, fileId);
            ps.executeUpdate();
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw Sql.fail("store unchanged file", e);
        }
    }

    private long upsert(Connection c, long scanId, FileResult r, String outcome, int findings) throws SQLException {
        FileFacts f = r.facts();
        String key = pathKey(f.source(), f.path());
        Long id = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM scanned_file WHERE path_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) id = rs.getLong(1);
            }
        }
        String sql = id == null
                ? "INSERT INTO scanned_file (source, path, root, size, mtime, owner, permissions, permissions_note, fs_type,"
                + " content_hash, extraction_status, reasons, skip_key, last_scan_id, last_outcome, findings, suppressed,"
                + " sensitivity, risk, exposures, present, path_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE scanned_file SET source = ?, path = ?, root = ?, size = ?, mtime = ?, owner = ?, permissions = ?,"
                + " permissions_note = ?, fs_type = ?, content_hash = ?, extraction_status = ?, reasons = ?, skip_key = ?,"
                + " last_scan_id = ?, last_outcome = ?, findings = ?, suppressed = ?, sensitivity = ?, risk = ?, exposures = ?,"
                + " present = ? WHERE path_key = ?";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, f.source());
            ps.setString(2, f.path());
            ps.setString(3, f.root());
            ps.setLong(4, f.size());
            Sql.setInstant(ps, 5, f.modified());
            ps.setString(6, f.owner());
            ps.setString(7, f.permissions());
            ps.setString(8, f.permissionsNote());
            ps.setString(9, f.fsType());
            ps.setString(10, r.contentHash());
            ps.setString(11, r.extractionStatus());
            ps.setString(12, toJson(r.reasons()));
            ps.setString(13, r.skipKey());
            ps.setLong(14, scanId);
            ps.setString(15, outcome);
            ps.setInt(16, findings);
            ps.setInt(17, r.suppressed());
            ps.setInt(18, r.sensitivity());
            ps.setInt(19, r.risk());
            ps.setString(20, toJson(r.exposures()));
            ps.setBoolean(21, true);
            ps.setString(22, key);
            ps.executeUpdate();
            if (id != null) return id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The name a finding keeps across scans while the same value stays in the same place. */
    public static String matchKey(PartFinding p) {
        Finding f = p.finding();
        String value = f.hash() != null ? "h:" + f.hash().hex() : "m:" + f.masked();
        return Digests.sha256Hex(p.partPath() + "\u0000" + f.infoType().name() + "\u0000" + value + "\u0000" + p.occurrence());
    }

    private void reconcile(Connection c, long fileId, long scanId, List<PartFinding> findings) throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, match_key FROM finding WHERE file_id = ?")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) stored.put(rs.getString(2), rs.getLong(1));
            }
        }
        String insert = "INSERT INTO finding (likelihood, likelihood_rank, score, line, col, char_offset, length, masked,"
                + " detector, special_categories, last_seen_scan, part_path, info_type, hash_hex, key_id, occurrence,"
                + " match_key, first_seen_scan, file_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String update = "UPDATE finding SET likelihood = ?, likelihood_rank = ?, score = ?, line = ?, col = ?, char_offset = ?,"
                + " length = ?, masked = ?, detector = ?, special_categories = ?, last_seen_scan = ? WHERE id = ?";
        try (PreparedStatement ins = c.prepareStatement(insert); PreparedStatement upd = c.prepareStatement(update)) {
            for (PartFinding p : findings) {
                String key = matchKey(p);
                Long existing = stored.remove(key);
                PreparedStatement ps = existing == null ? ins : upd;
                Finding f = p.finding();
                ps.setString(1, f.likelihood().name());
                ps.setInt(2, f.likelihood().ordinal());
                ps.setDouble(3, f.score());
                ps.setLong(4, f.location().line());
                ps.setInt(5, f.location().column());
                ps.setLong(6, f.location().offset());
                ps.setInt(7, f.location().length());
                ps.setString(8, f.masked());
                ps.setString(9, f.detector());
                ps.setString(10, String.join(",", new TreeSet<>(f.specialCategories())));
                ps.setLong(11, scanId);
                if (existing != null) {
                    ps.setLong(12, existing);
                } else {
                    ps.setString(12, p.partPath());
                    ps.setString(13, f.infoType().name());
                    ps.setString(14, f.hash() == null ? null : f.hash().hex());
                    ps.setString(15, f.hash() == null ? null : f.hash().keyId());
                    ps.setInt(16, p.occurrence());
                    ps.setString(17, key);
                    ps.setLong(18, scanId);
                    ps.setLong(19, fileId);
                }
                ps.addBatch();
            }
            ins.executeBatch();
            upd.executeBatch();
        }
        if (!stored.isEmpty()) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM finding WHERE id = ?")) {
                for (long id : stored.values()) {
                    del.setLong(1, id);
                    del.addBatch();
                }
                del.executeBatch();
            }
        }
    }

    /**
     * Marks absent the files under {@code roots} that a finished run did not see: deleted or moved
     * since. Their findings stay until a retention purge, so that a report can still say what was there.
     *
     * @return the paths marked absent
     */
    public List<String> markAbsent(Connection c, long scanId, List<String> roots) {
        List<Long> ids = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, path FROM scanned_file WHERE present = ? AND last_scan_id <> ? AND source = ?")) {
            ps.setBoolean(1, true);
            ps.setLong(2, scanId);
            ps.setString(3, FileFacts.FILE_SOURCE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String path = rs.getString(2);
                    if (roots.stream().anyMatch(root -> under(path, root))) {
                        ids.add(rs.getLong(1));
                        paths.add(path);
                    }
                }
            }
            try (PreparedStatement upd = c.prepareStatement("UPDATE scanned_file SET present = ? WHERE id = ?")) {
                for (long id : ids) {
                    upd.setBoolean(1, false);
                    upd.setLong(2, id);
                    upd.addBatch();
                }
                upd.executeBatch();
            }
            if (!c.getAutoCommit()) c.commit();
            return paths;
        } catch (SQLException e) {
            throw Sql.fail("mark absent files", e);
        }
    }

    static boolean under(String path, String root) {
        if (path.equals(root)) return true;
        String prefix = root.endsWith("/") ? root : root + "/";
        return path.startsWith(prefix);
    }

    static String toJson(List<?> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings always serialise", e);
        }
    }

    public static List<Reason> reasons(String json) {
        if (json == null || json.isEmpty()) return List.of();
        try {
            return JSON.readValue(json, new TypeReference<List<Reason>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reasons are not JSON", e);
        }
    }

    public static List<FileExposure> exposures(String json) {
        if (json == null || json.isEmpty()) return List.of();
        try {
            return JSON.readValue(json, new TypeReference<List<FileExposure>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored exposures are not JSON", e);
        }
    }

    private static boolean autoCommitOff(Connection c) {
        try {
            boolean auto = c.getAutoCommit();
            if (auto) c.setAutoCommit(false);
            return auto;
        } catch (SQLException e) {
            throw Sql.fail("begin transaction", e);
        }
    }

    private static void restore(Connection c, boolean auto) {
        try {
            if (auto) c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the caller's next use reports it
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the transaction is lost with the connection either way; nothing half-written stays
        }
    }
}
