package org.custodian.store.findings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.store.Store;

/** Reading findings for reports, and the triage and removal of findings. */
public final class Findings {
    public static final String OPEN = "open";
    public static final String FALSE_POSITIVE = "false_positive";
    public static final String ACCEPTED_RISK = "accepted_risk";
    public static final String REMEDIATED = "remediated";
    public static final Set<String> TRIAGE_STATUSES = Set.of(OPEN, FALSE_POSITIVE, ACCEPTED_RISK, REMEDIATED);

    private static final String FINDING_COLUMNS = "f.id AS f_id, f.file_id, f.part_path, f.info_type, f.likelihood,"
            + " f.score, f.line, f.col, f.char_offset, f.length, f.masked, f.hash_hex, f.key_id, f.detector,"
            + " f.special_categories, f.occurrence, f.first_seen_scan, f.last_seen_scan, f.triage_status, f.triage_reason";
    private static final String FILE_COLUMNS = "s.id AS s_id, s.path, s.size, s.mtime, s.owner, s.permissions,"
            + " s.permissions_note, s.fs_type, s.extraction_status, s.last_outcome, s.reasons, s.exposures,"
            + " s.sensitivity, s.risk, s.findings, s.last_scan_id";

    private final Store store;

    public Findings(Store store) {
        this.store = store;
    }

    public Optional<StoredFinding> get(long id) {
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + FINDING_COLUMNS + " FROM finding f WHERE f.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(finding(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.fail("read finding", e);
        }
    }

    /** The path of the file a finding is in. */
    public Optional<String> filePath(long findingId) {
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT s.path FROM finding f JOIN scanned_file s ON s.id = f.file_id WHERE f.id = ?")) {
            ps.setLong(1, findingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.fail("read finding's file", e);
        }
    }

    public void setTriage(long id, String status, String reason, String by, Instant at) {
        if (!TRIAGE_STATUSES.contains(status)) throw new IllegalArgumentException("unknown triage status: " + status);
        String sql = "UPDATE finding SET triage_status = ?, triage_reason = ?, triage_by = ?, triage_at = ? WHERE id = ?";
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status);
            ps.setString(2, reason);
            ps.setString(3, by);
            Sql.setInstant(ps, 4, at);
            ps.setLong(5, id);
            if (ps.executeUpdate() != 1) throw new IllegalArgumentException("no finding " + id);
        } catch (SQLException e) {
            throw Sql.fail("triage finding", e);
        }
    }

    /**
     * Sets the triage of every stored finding of one value (an allow-listed hash), wherever it is,
     * so findings in files that are not read again agree with the allow-list. Returns how many changed.
     */
    public int triageValue(String keyId, String hashHex, InfoType type, String status, String reason, String by, Instant at) {
        if (!TRIAGE_STATUSES.contains(status)) throw new IllegalArgumentException("unknown triage status: " + status);
        String sql = "UPDATE finding SET triage_status = ?, triage_reason = ?, triage_by = ?, triage_at = ?"
                + " WHERE key_id = ? AND hash_hex = ? AND info_type = ? AND triage_status <> ?";
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status);
            ps.setString(2, reason);
            ps.setString(3, by);
            Sql.setInstant(ps, 4, at);
            ps.setString(5, keyId);
            ps.setString(6, hashHex);
            ps.setString(7, type.name());
            ps.setString(8, status);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.fail("triage a value's findings", e);
        }
    }

    /**
     * The files a run saw, riskiest first, each with its findings at or above {@code min}, read as
     * they are iterated (one open cursor, not a list) so a report over a large tree stays small.
     * Iterate to the end, or close the iterator ({@link FileCursor}), to release the connection.
     */
    public Iterable<FileWithFindings> filesOfRun(long scanId, Likelihood min) {
        return () -> new FileCursor(scanId, min);
    }

    /**
     * Findings at or above {@code min} per infoType in a run's files (unchanged files included),
     * false positives left out: a person decided they are
     * not personal data, so they count neither in summaries nor towards a scan's "findings" exit.
     */
    public java.util.Map<InfoType, Long> countByType(long scanId, Likelihood min) {
        String sql = "SELECT f.info_type, COUNT(*) FROM finding f JOIN scanned_file s ON s.id = f.file_id"
                + " WHERE s.last_scan_id = ? AND f.likelihood_rank >= ? AND f.triage_status <> 'false_positive'"
                + " GROUP BY f.info_type";
        java.util.Map<InfoType, Long> out = new java.util.TreeMap<>();
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, scanId);
            ps.setInt(2, min.ordinal());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(InfoType.of(rs.getString(1)), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw Sql.fail("count findings by type", e);
        }
        return out;
    }

    /**
     * Files of a run that hold personal data, for exposure bookkeeping: files with at least one
     * finding not triaged as a false positive.
     */
    public void eachFileWithFindings(long scanId, Consumer<FileRow> each) {
        String sql = "SELECT " + FILE_COLUMNS + " FROM scanned_file s WHERE s.last_scan_id = ? AND EXISTS"
                + " (SELECT 1 FROM finding f WHERE f.file_id = s.id AND f.triage_status <> '" + FALSE_POSITIVE + "')";
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(200);
                ps.setLong(1, scanId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) each.accept(file(rs));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw Sql.fail("read files with findings", e);
        }
    }

    /** A streaming read over one run's files and findings; closes itself at the end. */
    public final class FileCursor implements Iterator<FileWithFindings>, AutoCloseable {
        private Connection c;
        private PreparedStatement ps;
        private ResultSet rs;
        private boolean hasRow;

        FileCursor(long scanId, Likelihood min) {
            String sql = "SELECT " + FILE_COLUMNS + ", " + FINDING_COLUMNS + " FROM scanned_file s"
                    + " LEFT JOIN finding f ON f.file_id = s.id AND f.likelihood_rank >= ?"
                    + " WHERE s.last_scan_id = ? ORDER BY s.risk DESC, s.path, s.id, f.part_path, f.char_offset, f.id";
            try {
                c = store.connect();
                c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
                ps = c.prepareStatement(sql);
                ps.setFetchSize(500);
                ps.setInt(1, min.ordinal());
                ps.setLong(2, scanId);
                rs = ps.executeQuery();
                hasRow = rs.next();
                if (!hasRow) close();
            } catch (SQLException e) {
                close();
                throw Sql.fail("read files of run", e);
            }
        }

        @Override
        public boolean hasNext() {
            return hasRow;
        }

        @Override
        public FileWithFindings next() {
            if (!hasRow) throw new NoSuchElementException();
            try {
                FileRow file = file(rs);
                List<StoredFinding> found = new ArrayList<>();
                do {
                    if (rs.getObject("f_id") != null) found.add(finding(rs));
                    hasRow = rs.next();
                } while (hasRow && rs.getLong("s_id") == file.id());
                if (!hasRow) close();
                return new FileWithFindings(file, found);
            } catch (SQLException e) {
                close();
                throw Sql.fail("read files of run", e);
            }
        }

        @Override
        public void close() {
            hasRow = false;
            try {
                if (c != null) {
                    c.rollback();
                    c.close();
                }
            } catch (SQLException ignored) {
                // read-only cursor: nothing to lose
            }
            c = null;
        }
    }

    static FileRow file(ResultSet rs) throws SQLException {
        return new FileRow(rs.getLong("s_id"), rs.getString("path"), rs.getLong("size"), Sql.instant(rs, "mtime"),
                rs.getString("owner"), rs.getString("permissions"), rs.getString("permissions_note"),
                rs.getString("fs_type"), rs.getString("extraction_status"), rs.getString("last_outcome"),
                ScannedFiles.reasons(rs.getString("reasons")), ScannedFiles.exposures(rs.getString("exposures")),
                rs.getInt("sensitivity"), rs.getInt("risk"), rs.getInt("findings"), rs.getLong("last_scan_id"));
    }

    static StoredFinding finding(ResultSet rs) throws SQLException {
        String flags = rs.getString("special_categories");
        Set<String> special = flags == null || flags.isEmpty() ? Set.of()
                : Arrays.stream(flags.split(",")).collect(Collectors.toSet());
        return new StoredFinding(rs.getLong("f_id"), rs.getLong("file_id"), rs.getString("part_path"),
                InfoType.of(rs.getString("info_type")), Likelihood.valueOf(rs.getString("likelihood")),
                rs.getDouble("score"), rs.getLong("line"), rs.getInt("col"), rs.getLong("char_offset"),
                rs.getInt("length"), rs.getString("masked"), rs.getString("hash_hex"), rs.getString("key_id"),
                rs.getString("detector"), special, rs.getInt("occurrence"), rs.getLong("first_seen_scan"),
                rs.getLong("last_seen_scan"), rs.getString("triage_status"), rs.getString("triage_reason"));
    }
}
