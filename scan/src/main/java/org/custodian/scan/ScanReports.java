package org.custodian.scan;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.custodian.engine.Likelihood;
import org.custodian.report.FileReport;
import org.custodian.report.ReportedFinding;
import org.custodian.report.ScanSummary;
import org.custodian.store.Store;
import org.custodian.store.findings.FileExposure;
import org.custodian.store.findings.FileRow;
import org.custodian.store.findings.FileWithFindings;
import org.custodian.store.findings.Findings;
import org.custodian.store.findings.Reason;
import org.custodian.store.findings.RunCounts;
import org.custodian.store.findings.ScanRun;
import org.custodian.store.findings.ScanRuns;
import org.custodian.store.findings.StoredFinding;

/**
 * A scan run read back for reports ({@code report.ReportWriter}): the summary, and the files
 * riskiest first, streamed from the database as the writer consumes them.
 *
 * <p>Files are those whose latest run is {@code scanId}: for the newest run of a tree that is every
 * file it saw; for an older run, files seen again by a later run belong to that later run.
 */
public final class ScanReports {
    private final Store store;

    public ScanReports(Store store) {
        this.store = Objects.requireNonNull(store);
    }

    /** @throws IllegalArgumentException when there is no such run */
    public ScanSummary summary(long scanId) {
        ScanRuns runs = new ScanRuns(store);
        ScanRun run = runs.get(scanId).orElseThrow(() -> new IllegalArgumentException("no scan " + scanId));
        // a finished run's counts are final; a running or interrupted one is counted as it stands
        RunCounts n = run.unfinished() ? runs.count(scanId) : run.counts();
        return new ScanSummary(run.id(), run.roots(), run.started(), run.finished(), run.threshold(),
                new ScanSummary.FileCounts(n.seen(), n.scanned(), n.partial(), n.skipped(), n.unchanged()), n.bytes(),
                new Findings(store).countByType(scanId, run.threshold()), run.engineFingerprint());
    }

    /** Every file of the run, riskiest first, with its findings at or above {@code min}. */
    public Iterable<FileReport> files(long scanId, Likelihood min) {
        Iterable<FileWithFindings> rows = new Findings(store).filesOfRun(scanId, min);
        return () -> {
            Iterator<FileWithFindings> it = rows.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public FileReport next() {
                    return report(it.next());
                }
            };
        };
    }

    static FileReport report(FileWithFindings fw) {
        FileRow f = fw.file();
        List<String> reasons = new ArrayList<>();
        for (Reason r : f.reasons()) {
            String where = r.path() == null || r.path().equals(f.path()) ? "" : r.path() + ": ";
            reasons.add(where + r.code() + " (" + r.reason() + ")");
        }
        List<FileReport.ReportedExposure> exposures = new ArrayList<>();
        for (FileExposure e : f.exposures()) exposures.add(new FileReport.ReportedExposure(e.kind().name(), e.reason()));
        List<ReportedFinding> findings = new ArrayList<>();
        for (StoredFinding x : fw.findings()) {
            findings.add(new ReportedFinding(x.id(), x.partPath(), x.infoType(), x.likelihood(), x.line(), x.column(),
                    x.masked(), x.hashHex(), x.keyId(), x.detector(), x.specialCategories(), x.triage()));
        }
        return new FileReport(f.path(), f.size(), f.modified(), f.owner(), f.permissions(), f.outcome(), reasons,
                exposures, f.risk(), findings);
    }
}
