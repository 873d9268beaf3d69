package org.custodian.store.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One link of the audit chain.
 *
 * @param seq      1, 2, 3 ... without gaps
 * @param at       when it was appended (UTC, millisecond precision)
 * @param actor    {@code name}, {@code role} and {@code channel} of who did it
 * @param action   see {@link AuditTrail#append}
 * @param subject  see {@link AuditTrail#append}
 * @param details  small key/value facts, in key order
 * @param prevHash chain hash of entry {@code seq - 1} (all zeros for the first)
 * @param hash     keyed hash over this entry's canonical form and {@code prevHash}
 */
public record AuditEntry(long seq, Instant at, String actorName, String actorRole, String actorChannel,
                         String action, String subject, Map<String, String> details,
                         String prevHash, String hash) {
    public AuditEntry {
        details = Map.copyOf(details);
    }
}
