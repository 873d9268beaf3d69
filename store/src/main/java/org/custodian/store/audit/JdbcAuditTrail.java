package org.custodian.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.custodian.store.Transactions;
import org.custodian.store.actor.JdbcActors;
import org.custodian.store.actor.Actor;

/**
 * The audit trail in the store's {@code audit_entry} table. Each append runs in one transaction that
 * first bumps the single {@code audit_head} row: that row lock makes every writer — other threads,
 * other processes on the same H2 file or PostgreSQL — append one after another, so sequence numbers
 * have no gaps and each entry chains to the one before it. A writer that loses a race (lock timeout,
 * serialisation failure) retries the whole transaction.
 *
 * <p>Thread-safe; holds no connection between calls.
 */
public final class JdbcAuditTrail implements AuditTrail {
    private final Store store;
    private final byte[] auditKey;
    private final String keyId;
    private final Clock clock;

    /**
     * @param auditKey the installation's derived audit key ({@code InstallationKey.auditKey()}), never the raw key
     * @param keyId    the installation key's id, recorded with each entry so a verifier picks the right key
     */
    public JdbcAuditTrail(Store store, byte[] auditKey, String keyId) {
        this(store, auditKey, keyId, Clock.systemUTC());
    }

    public JdbcAuditTrail(Store store, byte[] auditKey, String keyId, Clock clock) {
        if (auditKey.length < 32) throw new IllegalArgumentException("an audit key is at least 32 bytes");
        this.store = Objects.requireNonNull(store);
        this.auditKey = auditKey.clone();
        this.keyId = Objects.requireNonNull(keyId);
        this.clock = clock;
    }

    public String keyId() {
        return keyId;
    }

    @Override
    public AuditEntry append(Actor actor, String action, String subject, Map<String, String> details) {
        requireText(action, "action");
        requireText(subject, "subject");
        Map<String, String> copy = Map.copyOf(details); // rejects null keys and values
        return Transactions.run(store, "audit append", c -> appendIn(c, actor, action, subject, copy));
    }

    private AuditEntry appendIn(Connection c, Actor actor, String action, String subject, Map<String, String> details)
            throws SQLException {
        try (PreparedStatement bump = c.prepareStatement("UPDATE audit_head SET seq = seq + 1 WHERE id = 1")) {
            if (bump.executeUpdate() != 1) throw new IllegalStateException("audit_head row is missing");
        }
        long seq;
        String prevHash;
        try (PreparedStatement head = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            prevHash = rs.getString(2);
        }
        // taken under the head lock, so times follow sequence order within one clock
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = AuditCanonical.entryMac(auditKey, seq, at, keyId, actor.name(), actor.role(), actor.channel(),
                action, subject, details, prevHash);
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_entry (" + AuditRows.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setLong(1, seq);
            ins.setObject(2, AuditRows.utc(at));
            ins.setString(3, actor.name());
            ins.setString(4, actor.role());
            ins.setString(5, actor.channel());
            ins.setString(6, action);
            ins.setString(7, subject);
            ins.setString(8, AuditRows.detailsJson(details));
            ins.setString(9, keyId);
            ins.setString(10, prevHash);
            ins.setString(11, hash);
            ins.executeUpdate();
        }
        try (PreparedStatement head = c.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
            head.setString(1, hash);
            head.executeUpdate();
        }
        JdbcActors.seen(c, actor, at);
        return new AuditEntry(seq, at, actor.name(), actor.role(), actor.channel(), action, subject, details,
                prevHash, hash);
    }

    /** The chain head as the head row records it: seq 0 and the zero hash before the first entry. */
    public AuditHead head() {
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new IllegalStateException("audit_head row is missing");
            return new AuditHead(rs.getLong(1), rs.getString(2));
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit head", e);
        }
    }

    /** The latest {@code limit} entries, oldest first, as stored (unverified: see {@link AuditVerifier}). */
    public List<AuditEntry> latest(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + AuditRows.COLUMNS
                     + " FROM audit_entry ORDER BY seq DESC LIMIT ?")) {
            ps.setInt(1, limit);
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(AuditRows.read(rs).entry());
            }
            Collections.reverse(out);
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit trail", e);
        }
    }

    /** A checkpoint of the current head as the head row records it, MAC'd with this trail's audit key. */
    public AuditCheckpoint checkpoint() {
        AuditHead head = head();
        return AuditCheckpoint.sign(head.seq(), head.hash(), clock.instant(), keyId, auditKey);
    }

    /**
     * A checkpoint of the head a verification found intact — not of whatever the head is by now,
     * so a checkpoint never vouches for entries nobody has verified.
     */
    public AuditCheckpoint checkpoint(AuditReport verified) {
        if (!verified.intact()) throw new IllegalArgumentException("no checkpoint of a broken chain: " + verified.summary());
        return AuditCheckpoint.sign(verified.headSeq(), verified.headHash(), clock.instant(), keyId, auditKey);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("an audit entry needs an " + what);
    }
}
