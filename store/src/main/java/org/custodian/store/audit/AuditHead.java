package org.custodian.store.audit;

/** The last appended entry's sequence number and chain hash (0 and all zeros for an empty trail). */
public record AuditHead(long seq, String hash) {
}
