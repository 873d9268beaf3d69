package org.custodian.store.findings;

import java.time.Instant;

/** What the store knows of a file from an earlier scan: enough to decide whether to read it again. */
public record StoredFile(long id, String path, long size, Instant modified, String contentHash,
                         String extractionStatus, String lastOutcome, String skipKey, long lastScanId, int findings, int sensitivity,
                         boolean present) {
}
