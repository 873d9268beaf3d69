package org.custodian.store.findings;

import java.util.List;

/**
 * A file after it was read: everything stored in its row.
 *
 * @param facts            file-system facts
 * @param contentHash      SHA-256 hex of the bytes read, or null when nothing was read
 * @param extractionStatus {@code scanned}, {@code partial} or {@code skipped}
 * @param reasons          why not read whole, and notes (grown during the scan ...)
 * @param skipKey          engine fingerprint + threshold key; null when the file must be read again next time
 * @param sensitivity      0..100 of the findings stored with it
 * @param risk             0..100, sensitivity x exposure
 * @param exposures        exposures of this file (only when it holds findings)
 * @param suppressed       allow-listed values seen and not stored
 */
public record FileResult(FileFacts facts, String contentHash, String extractionStatus, List<Reason> reasons,
                         String skipKey, int sensitivity, int risk, List<FileExposure> exposures,
                         int suppressed) {
    public static final String SCANNED = "scanned";
    public static final String PARTIAL = "partial";
    public static final String SKIPPED = "skipped";
    public static final String UNCHANGED = "unchanged";

    public FileResult {
        reasons = List.copyOf(reasons);
        exposures = List.copyOf(exposures);
    }
}
