package org.custodian.store.audit;

/**
 * The outcome of verifying the audit chain: intact, or the first place it is broken and how.
 *
 * @param checked        entries whose MAC and link were checked and found good
 * @param headSeq        the head as the database's head row records it
 * @param firstBrokenSeq the first sequence number that is wrong or missing; null when intact, or when
 *                       the problem is the checkpoint file itself
 * @param problem        what is wrong, or null when intact
 * @param detail         one line for a person, or null when intact
 * @param checkpointSeq  the checkpoint's seq the chain was checked against, or -1 without one
 * @param headHash       when intact, the hash of entry {@code headSeq} (all zeros for an empty trail), the
 *                       head a checkpoint should record; null when broken
 */
public record AuditReport(long checked, long headSeq, Long firstBrokenSeq, Problem problem, String detail,
                          long checkpointSeq, String headHash) {
    /** Ways a chain can be found broken. */
    public enum Problem {
        /** An entry's content or hash does not match its MAC: edited, forged or renumbered. */
        HASH_MISMATCH,
        /** An entry's prev_hash is not the previous entry's hash: entries reordered, inserted or replaced. */
        BROKEN_LINK,
        /** Sequence numbers skip: entries deleted. */
        MISSING_ENTRIES,
        /** A sequence number that cannot occur (below 1). */
        UNEXPECTED_SEQ,
        /** An entry's details are not the JSON object of strings Custodian writes. */
        UNREADABLE_ENTRY,
        /** An entry was made with a key this verifier was not given. */
        UNKNOWN_KEY,
        /** The head row disagrees with the chain: its tail cut off, or entries added past the head. */
        HEAD_MISMATCH,
        /** The chain ends before the checkpoint's seq: entries after it were cut off. */
        TAIL_CUT,
        /** The entry at the checkpoint's seq is not the one the checkpoint recorded: history rewritten. */
        CHECKPOINT_MISMATCH,
        /** The checkpoint file's MAC is wrong (edited, or from another installation). */
        CHECKPOINT_INVALID
    }

    public boolean intact() {
        return problem == null;
    }

    static AuditReport intact(long headSeq, String headHash, long checkpointSeq) {
        return new AuditReport(headSeq, headSeq, null, null, null, checkpointSeq, headHash);
    }

    static AuditReport broken(long checked, long headSeq, Long firstBrokenSeq, Problem problem, String detail,
                              long checkpointSeq) {
        return new AuditReport(checked, headSeq, firstBrokenSeq, problem, detail, checkpointSeq, null);
    }

    /** One line for a person: "intact ..." or "broken at seq N: PROBLEM: detail". */
    public String summary() {
        if (intact()) {
            return "intact: " + checked + " entries, head seq " + headSeq
                    + (checkpointSeq >= 0 ? ", consistent with the checkpoint at seq " + checkpointSeq : "");
        }
        return "broken" + (firstBrokenSeq == null ? "" : " at seq " + firstBrokenSeq) + ": " + problem + ": " + detail;
    }
}
