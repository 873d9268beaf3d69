package org.custodian.store.exposure;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.custodian.store.actor.Actor;

/**
 * The shared list of exposures. Scans report what they observe; a person (or a later scan that no
 * longer sees it) closes it. Status changes by people go through the audit trail.
 */
public interface ExposureRegister {
    /**
     * Records that {@code kind} holds at {@code location} now: creates it, or refreshes
     * {@code lastSeen}, reason, sensitivity and risk of the existing one (same kind and location).
     * A GONE or REMEDIATED exposure seen again is OPEN again; an ACCEPTED one stays accepted.
     */
    Exposure observe(ExposureKind kind, String location, String reason, int sensitivity, Instant seenAt);

    /**
     * Marks GONE the open exposures of these kinds whose location starts with {@code locationPrefix}
     * and that were not observed since {@code notSeenSince}: what a finished scan of that root no
     * longer saw. Returns how many.
     */
    int markGone(String locationPrefix, Set<ExposureKind> kinds, Instant notSeenSince);

    /** A person's decision (accepted risk, remediated ...), with the reason, recorded in the audit trail. */
    Exposure setStatus(long id, ExposureStatus status, String reason, Actor actor);

    /** Exposures with one of these statuses (all when empty), riskiest first. */
    List<Exposure> list(Set<ExposureStatus> statuses);
}
