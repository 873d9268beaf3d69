package org.custodian.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.custodian.store.audit.AuditReport.Problem;

/**
 * Checks the audit chain from entry 1 to the head: every sequence number present, every entry's MAC
 * right, every entry linked to the one before, the head row matching the last entry and — given a
 * checkpoint exported earlier — the chain still holding the checkpoint's entry and not ending
 * before it. Stops at the first break, which is the place to start looking.
 *
 * <p>What it cannot detect is in docs/audit.md: above all, someone holding the installation key can
 * write a whole new chain that verifies; only a checkpoint kept off-host shows that one was replaced.
 */
public final class AuditVerifier {
    private static final int FETCH = 500;

    private final Store store;
    private final Map<String, byte[]> auditKeysById;

    /**
     * @param auditKeysById audit keys by installation key id: the current key's and any retired
     *                      ones', so entries written before a key rotation still verify
     */
    public AuditVerifier(Store store, Map<String, byte[]> auditKeysById) {
        this.store = store;
        Map<String, byte[]> copy = new HashMap<>();
        auditKeysById.forEach((id, key) -> copy.put(id, key.clone()));
        this.auditKeysById = copy;
    }

    public AuditReport verify() {
        return verify(Optional.empty());
    }

    public AuditReport verify(Optional<AuditCheckpoint> checkpoint) {
        long cpSeq = checkpoint.map(AuditCheckpoint::seq).orElse(-1L);
        if (checkpoint.isPresent()) {
            AuditCheckpoint cp = checkpoint.get();
            byte[] key = auditKeysById.get(cp.keyId());
            if (key == null) {
                return AuditReport.broken(0, -1, null, Problem.UNKNOWN_KEY, "the checkpoint was made with key "
                        + cp.keyId() + ", which is not this installation's (or a retired one of it)", cpSeq);
            }
            if (!cp.macMatches(key)) {
                return AuditReport.broken(0, -1, null, Problem.CHECKPOINT_INVALID,
                        "the checkpoint file's MAC does not match its contents: it was edited", cpSeq);
            }
        }
        try (Connection c = store.connect()) {
            c.setAutoCommit(false); // lets PostgreSQL stream the entries in batches
            c.setReadOnly(true);
            try {
                return walk(c, checkpoint, cpSeq);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit trail", e);
        }
    }

    /**
     * Appends may commit while this runs. Each commits its entry and the head row together, one
     * after another, so the entries any read sees are a prefix of the chain; reading the head before
     * the walk and again after it brackets them: every entry up to the first head must be there, and
     * no entry may lie past the second.
     */
    private AuditReport walk(Connection c, Optional<AuditCheckpoint> checkpoint, long cpSeq) throws SQLException {
        Optional<AuditHead> before = head(c);
        if (before.isEmpty()) return AuditReport.broken(0, -1, 1L, Problem.HEAD_MISMATCH, "the head row is missing", cpSeq);
        long headSeq = before.get().seq();
        long expected = 1;
        String prevHash = AuditCanonical.ZERO_HASH;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + AuditRows.COLUMNS + " FROM audit_entry ORDER BY seq")) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditRows.Row row = AuditRows.read(rs);
                    long checked = expected - 1;
                    Problem p = null;
                    String detail = null;
                    long at = expected;
                    if (row.seq() < expected) {
                        p = Problem.UNEXPECTED_SEQ;
                        detail = "an entry numbered " + row.seq() + " (sequence numbers start at 1)";
                        at = row.seq();
                    } else if (row.seq() > expected) {
                        p = Problem.MISSING_ENTRIES;
                        detail = "entries " + range(expected, row.seq() - 1) + " are missing (deleted)";
                    } else if (row.details() == null) {
                        p = Problem.UNREADABLE_ENTRY;
                        detail = "its details are not a JSON object of strings";
                    } else if (!auditKeysById.containsKey(row.keyId())) {
                        p = Problem.UNKNOWN_KEY;
                        detail = "made with key " + row.keyId() + ", which this verifier was not given";
                    } else if (!AuditCanonical.sameMac(row.prevHash(), prevHash)) {
                        p = Problem.BROKEN_LINK;
                        detail = "its prev_hash is not entry " + (expected - 1) + "'s hash: entries were reordered,"
                                + " inserted or replaced";
                    } else if (row.at().getNano() % 1_000_000 != 0 || !AuditCanonical.sameMac(row.hash(), mac(row))) {
                        // entries are written at millisecond precision, which the MAC covers; finer
                        // digits can only come from an edit
                        p = Problem.HASH_MISMATCH;
                        detail = "its content does not match its MAC: it was edited or forged";
                    } else if (row.seq() == headSeq && !AuditCanonical.sameMac(row.hash(), before.get().hash())) {
                        p = Problem.HEAD_MISMATCH;
                        detail = "the head row's hash is not this entry's";
                    } else if (row.seq() == cpSeq && !AuditCanonical.sameMac(row.hash(), checkpoint.get().hash())) {
                        p = Problem.CHECKPOINT_MISMATCH;
                        detail = "this is not the entry the checkpoint recorded: the chain was rewritten";
                    }
                    if (p != null) return AuditReport.broken(checked, headSeq, at, p, detail, cpSeq);
                    prevHash = row.hash();
                    expected++;
                }
            }
        }
        long last = expected - 1;
        if (last < headSeq) {
            return AuditReport.broken(last, headSeq, last + 1, Problem.HEAD_MISMATCH, "the head row records seq "
                    + headSeq + " but the chain ends at " + last + ": entries " + range(last + 1, headSeq)
                    + " were cut off", cpSeq);
        }
        long headAfter = head(c).map(AuditHead::seq).orElse(-1L);
        if (last > headAfter) {
            return AuditReport.broken(headAfter, headAfter, headAfter + 1, Problem.HEAD_MISMATCH, "the chain goes on to seq "
                    + last + " past the head row's seq " + headAfter + ": entries were added outside Custodian", cpSeq);
        }
        if (cpSeq > last) {
            return AuditReport.broken(last, headSeq, last + 1, Problem.TAIL_CUT, "the checkpoint records seq " + cpSeq
                    + " but the chain ends at " + last + ": entries " + range(last + 1, cpSeq)
                    + " (at least) were cut off", cpSeq);
        }
        return AuditReport.intact(last, prevHash, cpSeq);
    }

    private static Optional<AuditHead> head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new AuditHead(rs.getLong(1), rs.getString(2))) : Optional.empty();
        }
    }

    private String mac(AuditRows.Row row) {
        return AuditCanonical.entryMac(auditKeysById.get(row.keyId()), row.seq(), row.at(), row.keyId(),
                row.actorName(), row.actorRole(), row.actorChannel(), row.action(), row.subject(), row.details(),
                row.prevHash());
    }

    private static String range(long from, long to) {
        return from == to ? Long.toString(from) : from + ".." + to;
    }
}
