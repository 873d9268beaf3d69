package org.custodian.scan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.custodian.engine.KeyedHash;
import org.custodian.store.Store;
import org.custodian.store.actor.Actor;
import org.custodian.store.audit.AuditTrail;
import org.custodian.store.findings.AllowList;
import org.custodian.store.findings.Findings;
import org.custodian.store.findings.ScanRuns;
import org.custodian.store.findings.StoredFinding;

/**
 * People's decisions about findings, each recorded in the audit trail: false positive, accepted
 * risk, remediated, or open again. A decision stays with the finding across re-scans (findings are
 * matched by file, part, infoType, value hash and occurrence, not by row id). A false positive can
 * put the value's keyed hash on the allow-list: later scans then count it as suppressed instead of
 * storing it, and its stored findings elsewhere are marked false positive too.
 *
 * <p>Also Custodian's own retention: {@link #purge} removes old scan data, and says so in the trail.
 */
public final class Triage {
    private final Store store;
    private final AuditTrail audit;
    private final Clock clock;

    public Triage(Store store, AuditTrail audit) {
        this(store, audit, Clock.systemUTC());
    }

    public Triage(Store store, AuditTrail audit, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param status one of {@link Findings#TRIAGE_STATUSES}
     * @param reason why, for the next person and the auditor (required)
     * @throws IllegalArgumentException for an unknown finding or status, or a blank reason
     */
    public StoredFinding set(long findingId, String status, String reason, Actor actor) {
        if (!Findings.TRIAGE_STATUSES.contains(status)) {
            throw new IllegalArgumentException("triage status is one of " + Findings.TRIAGE_STATUSES + ": " + status);
        }
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a triage decision needs a reason");
        Findings findings = new Findings(store);
        StoredFinding before = findings.get(findingId)
                .orElseThrow(() -> new IllegalArgumentException("no finding " + findingId));
        Instant now = clock.instant();
        findings.setTriage(findingId, status, reason, actor.name(), now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("from", before.triage());
        details.put("to", status);
        details.put("reason", reason);
        details.put("infoType", before.infoType().name());
        details.put("part", before.partPath());
        details.put("masked", before.masked());
        audit.append(actor, "finding.triage", "finding:" + findingId, details);
        return findings.get(findingId).orElseThrow();
    }

    /**
     * Marks a finding a false positive and, with {@code allowList}, puts its value's keyed hash on the
     * allow-list ({@code allowlist.add} in the audit trail).
     *
     * @throws IllegalArgumentException when the finding has no keyed hash to allow-list
     */
    public StoredFinding falsePositive(long findingId, String reason, boolean allowList, Actor actor) {
        StoredFinding f = set(findingId, Findings.FALSE_POSITIVE, reason, actor);
        if (!allowList) return f;
        if (f.hashHex() == null) {
            throw new IllegalArgumentException("finding " + findingId + " has no keyed hash (scanned without a key): cannot allow-list it");
        }
        KeyedHash hash = new KeyedHash(f.keyId(), f.hashHex());
        Instant now = clock.instant();
        if (new AllowList(store).add(hash, f.infoType(), reason, actor.name(), now)) {
            int others = new Findings(store).triageValue(f.keyId(), f.hashHex(), f.infoType(), Findings.FALSE_POSITIVE,
                    "allow-listed: " + reason, actor.name(), now);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("infoType", f.infoType().name());
            details.put("reason", reason);
            details.put("fromFinding", Long.toString(findingId));
            details.put("otherFindingsMarked", Integer.toString(others));
            audit.append(actor, "allowlist.add", hash.encoded(), details);
        }
        return f;
    }

    /**
     * Removes Custodian's own scan data older than {@code olderThan}: runs nobody refers to any more,
     * and files (with their findings) that a finished scan no longer found. Recorded as {@code scan.purge}.
     */
    public ScanRuns.Purged purge(Duration olderThan, Actor actor) {
        Instant cutoff = clock.instant().minus(olderThan);
        ScanRuns.Purged p = new ScanRuns(store).purgeBefore(cutoff);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("olderThan", olderThan.toString());
        details.put("cutoff", cutoff.toString());
        details.put("runs", Long.toString(p.runs()));
        details.put("files", Long.toString(p.files()));
        details.put("findings", Long.toString(p.findings()));
        audit.append(actor, "scan.purge", "scan-data", details);
        return p;
    }
}
