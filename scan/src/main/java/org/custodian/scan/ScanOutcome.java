package org.custodian.scan;

import org.custodian.report.ScanSummary.FileCounts;

/**
 * The end of a scan run.
 *
 * @param scanId     the store's id of the run
 * @param files      file counts by status
 * @param findings   findings at or above the threshold in this run's files (unchanged files included)
 * @param incomplete true when any file was only partly scanned or skipped: the CLI then never exits 0
 */
public record ScanOutcome(long scanId, FileCounts files, long findings, boolean incomplete) {
}
