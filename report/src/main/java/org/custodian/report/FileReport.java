package org.custodian.report;

import java.time.Instant;
import java.util.List;

/**
 * One file (or archive member container) in a report, with its findings.
 *
 * @param path        the file's path; findings inside archives carry their member path
 * @param size        bytes, or -1 when unknown (reports then leave it out)
 * @param modified    last modification time
 * @param owner       owning user, or null when unknown
 * @param permissions POSIX permissions ({@code rw-r--r--}), or null when not POSIX (SMB/CIFS)
 * @param status      {@code scanned}, {@code partial}, {@code skipped} or {@code unchanged} (see {@link FileStatus}; any case accepted, stored lower-case)
 * @param reasons     why not scanned whole (empty when scanned)
 * @param exposures   exposure kinds and reasons on this file
 * @param risk        0..100, sensitivity x exposure (docs/exposure.md)
 * @param findings    findings at or above the threshold
 */
public record FileReport(String path, long size, Instant modified, String owner, String permissions,
                         String status, List<String> reasons, List<ReportedExposure> exposures, int risk,
                         List<ReportedFinding> findings) {
    public FileReport {
        java.util.Objects.requireNonNull(path, "path");
        status = FileStatus.of(status).code();
        reasons = List.copyOf(reasons);
        exposures = List.copyOf(exposures);
        findings = List.copyOf(findings);
    }

    public FileStatus fileStatus() {
        return FileStatus.of(status);
    }

    public record ReportedExposure(String kind, String reason) {
    }
}
