package org.custodian.store.findings;

/**
 * What a run saw, by the outcome of each file in it.
 *
 * @param bytes      bytes of the files read in this run (scanned and partial)
 * @param findings   findings at or above the run's threshold in its files, unchanged files included
 * @param suppressed allow-listed values not stored, in the files read in this run
 */
public record RunCounts(long seen, long scanned, long partial, long skipped, long unchanged, long bytes,
                        long findings, long suppressed) {
    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /** True when some file was not read whole: such a scan is never reported as clean. */
    public boolean incomplete() {
        return partial > 0 || skipped > 0;
    }
}
