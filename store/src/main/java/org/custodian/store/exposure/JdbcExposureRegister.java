package org.custodian.store.exposure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.custodian.store.Digests;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.custodian.store.Transactions;
import org.custodian.store.actor.Actor;
import org.custodian.store.audit.AuditTrail;

/**
 * The exposure register in the store's {@code exposure} table. Status changes go through the audit
 * trail: a person's decision ({@code exposure.status}), a scan reopening one it sees again
 * ({@code exposure.reopen}) and a scan closing what it no longer sees ({@code exposure.gone}, one
 * entry per call with the count). Observations that only refresh an exposure are not audited: they
 * change no decision, and a scan records them by the thousand.
 *
 * <p>Thread-safe; concurrent observers of the same exposure converge on one row.
 */
public final class JdbcExposureRegister implements ExposureRegister {
    /** Who closes and reopens exposures on a scan's behalf in the audit trail. */
    static final Actor SCAN = Actor.system("scan");
    private static final String COLUMNS =
            "id, kind, location, reason, sensitivity, risk, first_seen, last_seen, status";
    private static final int MAX_REASON = 2000;

    private final Store store;
    private final AuditTrail audit;
    private final RiskModel riskModel;

    /** A register scoring risk with the documented formula (docs/exposure.md, {@link RiskScore}). */
    public JdbcExposureRegister(Store store, AuditTrail audit) {
        this(store, audit, RiskScore::of);
    }

    public JdbcExposureRegister(Store store, AuditTrail audit, RiskModel riskModel) {
        this.store = store;
        this.audit = audit;
        this.riskModel = riskModel;
    }

    @Override
    public Exposure observe(ExposureKind kind, String location, String reason, int sensitivity, Instant seenAt) {
        if (location == null || location.isEmpty()) throw new IllegalArgumentException("an exposure needs a location");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("an exposure needs a reason");
        if (sensitivity < 0 || sensitivity > 100) throw new IllegalArgumentException("sensitivity is 0..100: " + sensitivity);
        int risk = riskModel.risk(kind, sensitivity);
        if (risk < 0 || risk > 100) throw new IllegalStateException("the risk model gave " + risk + ", not 0..100");
        OffsetDateTime at = utc(seenAt);
        String key = locationKey(location);
        String why = clip(reason);
        return Transactions.run(store, "exposure observe", c -> {
            Optional<Exposure> before = findFor(c, kind, key);
            if (before.isEmpty()) {
                insert(c, kind, location, key, why, sensitivity, risk, at);
            } else {
                ExposureStatus status = before.get().status();
                boolean reopens = status == ExposureStatus.GONE || status == ExposureStatus.REMEDIATED;
                try (PreparedStatement up = c.prepareStatement("UPDATE exposure SET reason = ?, sensitivity = ?,"
                        + " risk = ?, last_seen = CASE WHEN last_seen < ? THEN ? ELSE last_seen END, status = ?"
                        + " WHERE id = ?")) {
                    up.setString(1, why);
                    up.setInt(2, sensitivity);
                    up.setInt(3, risk);
                    up.setObject(4, at);
                    up.setObject(5, at);
                    up.setString(6, (reopens ? ExposureStatus.OPEN : status).name());
                    up.setLong(7, before.get().id());
                    up.executeUpdate();
                }
                if (reopens) {
                    audit.append(SCAN, "exposure.reopen", subject(before.get().id()), Map.of(
                            "kind", kind.name(), "from", status.name(), "to", ExposureStatus.OPEN.name()));
                }
            }
            return findFor(c, kind, key).orElseThrow();
        });
    }

    private static void insert(Connection c, ExposureKind kind, String location, String key, String reason,
                               int sensitivity, int risk, OffsetDateTime at) throws SQLException {
        // a concurrent first observation of the same exposure makes this a unique violation, and
        // the retried transaction then takes the update path
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO exposure (kind, location, location_key, reason,"
                + " sensitivity, risk, first_seen, last_seen, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setString(1, kind.name());
            ins.setString(2, location);
            ins.setString(3, key);
            ins.setString(4, reason);
            ins.setInt(5, sensitivity);
            ins.setInt(6, risk);
            ins.setObject(7, at);
            ins.setObject(8, at);
            ins.setString(9, ExposureStatus.OPEN.name());
            ins.executeUpdate();
        }
    }

    @Override
    public int markGone(String locationPrefix, Set<ExposureKind> kinds, Instant notSeenSince) {
        if (kinds.isEmpty()) return 0;
        Set<String> names = new TreeSet<>();
        kinds.forEach(k -> names.add(k.name()));
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        names.forEach(n -> marks.add("?"));
        // the entry is appended before the transaction commits, so exposures never close unaudited
        return Transactions.run(store, "exposure markGone", c -> {
            int gone;
            try (PreparedStatement up = c.prepareStatement("UPDATE exposure SET status = ? WHERE status = ?"
                    + " AND last_seen < ? AND location LIKE ? ESCAPE '\\' AND kind IN " + marks)) {
                up.setString(1, ExposureStatus.GONE.name());
                up.setString(2, ExposureStatus.OPEN.name());
                up.setObject(3, utc(notSeenSince));
                up.setString(4, likePrefix(locationPrefix));
                int i = 5;
                for (String n : names) up.setString(i++, n);
                gone = up.executeUpdate();
            }
            if (gone > 0) {
                audit.append(SCAN, "exposure.gone", "exposures:" + locationPrefix, Map.of(
                        "count", Integer.toString(gone), "kinds", String.join(",", names),
                        "notSeenSince", notSeenSince.truncatedTo(ChronoUnit.MILLIS).toString()));
            }
            return gone;
        });
    }

    @Override
    public Exposure setStatus(long id, ExposureStatus status, String reason, Actor actor) {
        if (status == ExposureStatus.GONE) {
            throw new IllegalArgumentException("GONE is set by scans that no longer see an exposure, not by people");
        }
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a status change needs a reason");
        // one attempt, no retry: the audit entry is appended inside this transaction (after the row
        // is locked, before commit), so a change never commits without its entry, and a retry
        // could record one decision twice
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try {
                Exposure before = lockedById(c, id)
                        .orElseThrow(() -> new IllegalArgumentException("no exposure " + id));
                try (PreparedStatement up = c.prepareStatement(
                        "UPDATE exposure SET status = ?, status_reason = ? WHERE id = ?")) {
                    up.setString(1, status.name());
                    up.setString(2, clip(reason));
                    up.setLong(3, id);
                    up.executeUpdate();
                }
                Map<String, String> details = new LinkedHashMap<>();
                details.put("kind", before.kind().name());
                details.put("from", before.status().name());
                details.put("to", status.name());
                details.put("reason", clip(reason));
                audit.append(actor, "exposure.status", subject(id), details);
                Exposure after = byId(c, id).orElseThrow();
                c.commit();
                return after;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("exposure status change failed", e);
        }
    }

    @Override
    public List<Exposure> list(Set<ExposureStatus> statuses) {
        Set<ExposureStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(ExposureStatus.class) : statuses;
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        wanted.forEach(s -> marks.add("?"));
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM exposure WHERE status IN " + marks
                     + " ORDER BY risk DESC, sensitivity DESC, last_seen DESC, id")) {
            int i = 1;
            for (ExposureStatus s : wanted) ps.setString(i++, s.name());
            List<Exposure> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list exposures", e);
        }
    }

    /** One exposure by id. */
    public Optional<Exposure> find(long id) {
        try (Connection c = store.connect()) {
            return byId(c, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read exposure " + id, e);
        }
    }

    private static Optional<Exposure> byId(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM exposure WHERE id = ?", id);
    }

    private static Optional<Exposure> lockedById(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM exposure WHERE id = ? FOR UPDATE", id);
    }

    private static Optional<Exposure> one(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Optional<Exposure> findFor(Connection c, ExposureKind kind, String locationKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM exposure WHERE kind = ? AND location_key = ? FOR UPDATE")) {
            ps.setString(1, kind.name());
            ps.setString(2, locationKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Exposure read(ResultSet rs) throws SQLException {
        return new Exposure(rs.getLong("id"), ExposureKind.valueOf(rs.getString("kind")), rs.getString("location"),
                rs.getString("reason"), rs.getInt("sensitivity"), rs.getInt("risk"),
                rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
                rs.getObject("last_seen", OffsetDateTime.class).toInstant(),
                ExposureStatus.valueOf(rs.getString("status")));
    }

    static String subject(long id) {
        return "exposure:" + id;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static String clip(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }

    /** LIKE pattern for "starts with", with the prefix's own % and _ taken literally. */
    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String locationKey(String location) {
        return Digests.sha256Hex(location);
    }
}
