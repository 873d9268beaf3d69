package org.custodian.store.findings;

import java.time.Instant;
import java.util.List;
import org.custodian.engine.Likelihood;

/**
 * One run of a file scan as stored.
 *
 * @param roots             absolute roots, sorted
 * @param status            {@link #RUNNING}, {@link #FINISHED} or {@link #INTERRUPTED}
 * @param engineFingerprint what produced the findings (engine version, detector configuration, fingerprints)
 * @param counts            the counts stored when it ended (zeros while it runs)
 */
public record ScanRun(long id, List<String> roots, Instant started, Instant finished, String status,
                      Likelihood threshold, String engineFingerprint, int resumed, RunCounts counts) {
    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String INTERRUPTED = "interrupted";

    public ScanRun {
        roots = List.copyOf(roots);
    }

    public boolean unfinished() {
        return !FINISHED.equals(status);
    }
}
