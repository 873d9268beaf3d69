package org.custodian.report;

import java.time.Instant;
import java.util.Map;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;

/**
 * The whole-scan part of a report.
 *
 * @param scanId        the store's id of the scan run
 * @param roots         what was scanned, as given
 * @param started       start time
 * @param finished      end time, or null while it runs
 * @param threshold     findings below this likelihood are not reported
 * @param files         files seen, with how many were scanned, partly scanned, skipped, or unchanged since the last scan
 * @param bytes         bytes read
 * @param findingsByType finding counts per infoType at or above the threshold
 * @param engineVersion engine and detector-pack fingerprint the findings came from
 */
public record ScanSummary(long scanId, java.util.List<String> roots, Instant started, Instant finished,
                          Likelihood threshold, FileCounts files, long bytes,
                          Map<InfoType, Long> findingsByType, String engineVersion) {
    /** Findings at or above the threshold, all infoTypes together. */
    public long totalFindings() {
        return findingsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public record FileCounts(long seen, long scanned, long partial, long skipped, long unchanged) {
        /** Files that are not known to be clean because they were not read whole. */
        public long notReadWhole() {
            return partial + skipped;
        }
    }
}
