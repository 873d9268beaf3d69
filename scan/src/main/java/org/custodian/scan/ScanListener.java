package org.custodian.scan;

/**
 * Progress of a running scan, for progress bars and logs. Called from worker threads:
 * implementations must be thread-safe and quick.
 */
public interface ScanListener {
    ScanListener NONE = new ScanListener() {
    };

    /** The scan run has an id (new, or the one being resumed). */
    default void started(long scanId, boolean resumed) {
    }

    /** The walk found more work; totals so far, for an ETA. */
    default void discovered(long files, long bytes) {
    }

    /** One file is finished (whatever its status). */
    default void fileDone(FileOutcome outcome) {
    }
}
