package org.custodian.store.audit;

import java.util.Map;
import org.custodian.store.actor.Actor;

/**
 * The append-only record of every change to findings' status, registers and configuration.
 * Entries are hash-chained with a keyed hash, so that editing, deleting, inserting or reordering
 * an entry, or cutting off the tail after an exported checkpoint, is detected by verification.
 * Details never hold raw personal data: masked evidence and keyed hashes only.
 */
public interface AuditTrail {
    /**
     * Appends one entry and returns it as stored (with its sequence number and chain hash).
     *
     * @param action  what happened, dotted and stable: {@code finding.triage}, {@code scan.purge},
     *                {@code allowlist.add}, {@code config.change} ...
     * @param subject what it happened to ({@code finding:42}, {@code scan:7}, a dataset id ...)
     * @param details small key/value facts (reason, old and new status ...), stored in key order
     */
    AuditEntry append(Actor actor, String action, String subject, Map<String, String> details);
}
