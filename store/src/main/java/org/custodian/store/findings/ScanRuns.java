package org.custodian.store.findings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.custodian.engine.Likelihood;
import org.custodian.store.Digests;
import org.custodian.store.Store;

/** Scan runs: started, continued after a crash ({@code --resume}), finished or interrupted. */
public final class ScanRuns {
    private final Store store;

    public ScanRuns(Store store) {
        this.store = store;
    }

    /** The key that says two runs scanned the same roots (order and duplicates do not matter). */
    public static String rootsKey(List<String> roots) {
        return Digests.sha256Hex(String.join("\n", sortedDistinct(roots)));
    }

    private static List<String> sortedDistinct(List<String> roots) {
        return roots.stream().distinct().sorted().toList();
    }

    public ScanRun start(List<String> roots, Likelihood threshold, String engineFingerprint, Instant now) {
        List<String> sorted = sortedDistinct(roots);
        String sql = "INSERT INTO scan_run (roots, roots_key, started, status, threshold, engine_fingerprint)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, String.join("\n", sorted));
            ps.setString(2, rootsKey(sorted));
            Sql.setInstant(ps, 3, now);
            ps.setString(4, ScanRun.RUNNING);
            ps.setString(5, threshold.name());
            ps.setString(6, engineFingerprint);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return get(keys.getLong(1)).orElseThrow();
            }
        } catch (SQLException e) {
            throw Sql.fail("start scan run", e);
        }
    }

    /**
     * The newest run of these roots, when it did not finish (crashed or interrupted). An unfinished
     * run followed by a newer one of the same roots is history, not something to continue.
     */
    public Optional<ScanRun> resumable(List<String> roots) {
        String sql = "SELECT * FROM scan_run WHERE roots_key = ? ORDER BY id DESC";
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, rootsKey(roots));
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                ScanRun newest = read(rs);
                return newest.unfinished() ? Optional.of(newest) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.fail("find a scan run to resume", e);
        }
    }

    /** Marks a run as running again, continued by another process. */
    public ScanRun resume(long id) {
        update("resume scan run", "UPDATE scan_run SET status = ?, resumed = resumed + 1, finished = NULL WHERE id = ?",
                ps -> {
                    ps.setString(1, ScanRun.RUNNING);
                    ps.setLong(2, id);
                });
        return get(id).orElseThrow();
    }

    public void end(long id, String status, Instant at, RunCounts n) {
        String sql = "UPDATE scan_run SET status = ?, finished = ?, files_seen = ?, files_scanned = ?, files_partial = ?,"
                + " files_skipped = ?, files_unchanged = ?, bytes_read = ?, findings = ?, suppressed = ? WHERE id = ?";
        update("end scan run", sql, ps -> {
            ps.setString(1, status);
            Sql.setInstant(ps, 2, at);
            ps.setLong(3, n.seen());
            ps.setLong(4, n.scanned());
            ps.setLong(5, n.partial());
            ps.setLong(6, n.skipped());
            ps.setLong(7, n.unchanged());
            ps.setLong(8, n.bytes());
            ps.setLong(9, n.findings());
            ps.setLong(10, n.suppressed());
            ps.setLong(11, id);
        });
    }

    public Optional<ScanRun> get(long id) {
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement("SELECT * FROM scan_run WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.fail("read scan run", e);
        }
    }

    /** The newest run, whatever its status: what "the last scan" means to a person at the command line. */
    public Optional<ScanRun> latest() {
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM scan_run ORDER BY id DESC")) {
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.fail("read the latest scan run", e);
        }
    }

    /** Runs that started before {@code before}, oldest first. */
    public List<ScanRun> startedBefore(Instant before) {
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM scan_run WHERE started < ? ORDER BY id")) {
            Sql.setInstant(ps, 1, before);
            List<ScanRun> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw Sql.fail("list scan runs", e);
        }
    }

    /**
     * Counts a run's files by their outcome in it, from the files themselves: a resumed run counts
     * what its first process committed exactly once, whatever happened to that process.
     */
    public RunCounts count(long id) {
        ScanRun run = get(id).orElseThrow(() -> new IllegalArgumentException("no scan run " + id));
        long scanned = 0, partial = 0, skipped = 0, unchanged = 0, bytes = 0, findings = 0, suppressed = 0;
        String byOutcome = "SELECT last_outcome, COUNT(*), COALESCE(SUM(size), 0), COALESCE(SUM(suppressed), 0) FROM scanned_file"
                + " WHERE last_scan_id = ? GROUP BY last_outcome";
        String found = "SELECT COUNT(*) FROM finding f JOIN scanned_file s ON s.id = f.file_id"
                + " WHERE s.last_scan_id = ? AND f.likelihood_rank >= ?";
        try (Connection c = store.connect()) {
            try (PreparedStatement ps = c.prepareStatement(byOutcome)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long n = rs.getLong(2);
                        switch (rs.getString(1)) {
                            case FileResult.SCANNED -> {
                                scanned = n;
                                bytes += rs.getLong(3);
                                suppressed += rs.getLong(4);
                            }
                            case FileResult.PARTIAL -> {
                                partial = n;
                                bytes += rs.getLong(3);
                                suppressed += rs.getLong(4);
                            }
                            case FileResult.SKIPPED -> skipped = n;
                            case FileResult.UNCHANGED -> unchanged = n;
                            default -> throw new IllegalStateException("unknown file outcome in the store");
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(found)) {
                ps.setLong(1, id);
                ps.setInt(2, run.threshold().ordinal());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    findings = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw Sql.fail("count scan run", e);
        }
        return new RunCounts(scanned + partial + skipped + unchanged, scanned, partial, skipped, unchanged, bytes,
                findings, suppressed);
    }

    /** What a retention purge removed. */
    public record Purged(long runs, long files, long findings) {
    }

    /**
     * Removes Custodian's own scan data older than {@code cutoff}: files a finished scan no longer saw
     * (with their findings) whose last run started before it, and runs started before it that no
     * stored file still refers to. Files still present keep their findings and their last run.
     */
    public Purged purgeBefore(Instant cutoff) {
        String oldRuns = "SELECT id FROM scan_run WHERE started < ?";
        String absent = " FROM scanned_file WHERE present = ? AND last_scan_id IN (" + oldRuns + ")";
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            long findings;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM finding WHERE file_id IN (SELECT id" + absent + ")")) {
                ps.setBoolean(1, false);
                Sql.setInstant(ps, 2, cutoff);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    findings = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM finding WHERE file_id IN (SELECT id" + absent + ")")) {
                ps.setBoolean(1, false);
                Sql.setInstant(ps, 2, cutoff);
                ps.executeUpdate();
            }
            long files;
            try (PreparedStatement ps = c.prepareStatement("DELETE" + absent)) {
                ps.setBoolean(1, false);
                Sql.setInstant(ps, 2, cutoff);
                files = ps.executeUpdate();
            }
            long runs;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM scan_run WHERE started < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM scanned_file s WHERE s.last_scan_id = scan_run.id)")) {
                Sql.setInstant(ps, 1, cutoff);
                runs = ps.executeUpdate();
            }
            c.commit();
            return new Purged(runs, files, findings);
        } catch (SQLException e) {
            throw Sql.fail("purge scan data", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String what, String sql, Binder binder) {
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.fail(what, e);
        }
    }

    static ScanRun read(ResultSet rs) throws SQLException {
        RunCounts counts = new RunCounts(rs.getLong("files_seen"), rs.getLong("files_scanned"),
                rs.getLong("files_partial"), rs.getLong("files_skipped"), rs.getLong("files_unchanged"),
                rs.getLong("bytes_read"), rs.getLong("findings"), rs.getLong("suppressed"));
        return new ScanRun(rs.getLong("id"), Arrays.asList(rs.getString("roots").split("\n")),
                Sql.instant(rs, "started"), Sql.instant(rs, "finished"), rs.getString("status"),
                Likelihood.valueOf(rs.getString("threshold")), rs.getString("engine_fingerprint"),
                rs.getInt("resumed"), counts);
    }
}
