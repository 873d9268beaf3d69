package org.custodian.store.findings;

import java.time.Instant;
import java.util.List;

/**
 * A stored file as reports read it.
 *
 * @param outcome     what its last run did with it: {@code scanned}, {@code partial}, {@code skipped}, {@code unchanged}
 * @param extraction  how its content was last read: {@code scanned}, {@code partial}, {@code skipped}
 */
public record FileRow(long id, String path, long size, Instant modified, String owner, String permissions,
                      String permissionsNote, String fsType, String extraction, String outcome, List<Reason> reasons,
                      List<FileExposure> exposures, int sensitivity, int risk, int findings, long lastScanId) {
    public FileRow {
        reasons = List.copyOf(reasons);
        exposures = List.copyOf(exposures);
    }
}
