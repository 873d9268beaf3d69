package org.custodian.report;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;

/** Synthetic scan results built from the model records: no real person's data anywhere. */
final class SampleScan {
    static final String KEY_ID = "0123456789abcdef";
    static final String HOSTILE_NAME = "/srv/share/<script>alert(1)</script>.txt";
    static final String HOSTILE_MASKED = "<b>****</b> & \"**\"";

    private SampleScan() {
    }

    static ReportedFinding finding(long id, String path, InfoType type, Likelihood likelihood, long line, int column,
                                   String masked) {
        return new ReportedFinding(id, path, type, likelihood, line, column, masked,
                String.format("%064x", id), KEY_ID, type.name().toLowerCase().replace('_', '-'), Set.of(), "open");
    }

    static final FileReport STAFF = new FileReport("/srv/share/hr/staff list, 2024.csv", 52_341,
            Instant.parse("2019-03-01T09:30:00Z"), "alice", "rw-r--r--", "scanned", List.of(),
            List.of(new FileReport.ReportedExposure("WORLD_READABLE", "any local user can read it"),
                    new FileReport.ReportedExposure("STALE", "not changed for 7 years; retention is 6 years")),
            92,
            List.of(finding(1, "/srv/share/hr/staff list, 2024.csv", InfoType.UK_NHS_NUMBER, Likelihood.VERY_LIKELY, 2, 14, "*** *** **19"),
                    finding(2, "/srv/share/hr/staff list, 2024.csv", InfoType.UK_NHS_NUMBER, Likelihood.VERY_LIKELY, 3, 14, "*** *** **27"),
                    finding(3, "/srv/share/hr/staff list, 2024.csv", InfoType.UK_NHS_NUMBER, Likelihood.LIKELY, 4, 14, "*** *** **35"),
                    finding(4, "/srv/share/hr/staff list, 2024.csv", InfoType.PHONE_NUMBER, Likelihood.LIKELY, 2, 30, "+44 **** ***123")));

    static final FileReport BUNDLE = new FileReport("/srv/share/bundle.zip", 1_200_000, Instant.parse("2024-01-02T03:04:05Z"),
            "bob", "rw-rw-r--", "PARTIAL", List.of("archive nested deeper than 10 levels: inner members not read"),
            List.of(new FileReport.ReportedExposure("GROUP_WRITABLE", "every member of group staff can change it")), 70,
            List.of(new ReportedFinding(5, "/srv/share/bundle.zip!/export/a.docx", InfoType.UK_NATIONAL_INSURANCE_NUMBER,
                    Likelihood.VERY_LIKELY, 7, 3, "** ** ** ** C", String.format("%064x", 5), KEY_ID, "uk-nino",
                    Set.of("HEALTH", "BIOMETRIC"), "false_positive")));

    static final FileReport HOSTILE = new FileReport(HOSTILE_NAME, 100, Instant.parse("2025-05-05T05:05:05Z"), "mallory",
            "rw-------", "scanned", List.of(), List.of(), 40,
            List.of(new ReportedFinding(6, HOSTILE_NAME, InfoType.EMAIL_ADDRESS, Likelihood.POSSIBLE, 1, 1, HOSTILE_MASKED,
                    null, null, "email", Set.of(), null)));

    static final FileReport BLOB = new FileReport("/srv/share/bin/blob.bin", 4096, null, null, null, "skipped",
            List.of("binary file with no text"), List.of(), 0, List.of());

    static final FileReport CLEAN = new FileReport("/srv/share/readme.txt", 10, Instant.parse("2025-01-01T00:00:00Z"),
            "alice", "rw-r--r--", "scanned", List.of(), List.of(), 0, List.of());

    static final FileReport OLD = new FileReport("/srv/share/old.txt", 10, Instant.parse("2020-01-01T00:00:00Z"),
            "alice", "rw-r--r--", "unchanged", List.of(), List.of(), 0, List.of());

    static final List<FileReport> FILES = List.of(STAFF, BUNDLE, HOSTILE, BLOB, CLEAN, OLD);

    static ScanSummary summaryOf(List<FileReport> files) {
        Map<InfoType, Long> counts = new TreeMap<>();
        long partial = 0, skipped = 0, unchanged = 0, scanned = 0, bytes = 0;
        for (FileReport f : files) {
            for (ReportedFinding finding : f.findings()) counts.merge(finding.infoType(), 1L, Long::sum);
            switch (f.fileStatus()) {
                case PARTIAL -> partial++;
                case SKIPPED -> skipped++;
                case UNCHANGED -> unchanged++;
                case SCANNED -> scanned++;
            }
            bytes += Math.max(0, f.size());
        }
        return new ScanSummary(42, List.of("/srv/share"), Instant.parse("2026-11-24T01:00:00Z"),
                Instant.parse("2026-11-24T01:05:30.5Z"), Likelihood.POSSIBLE,
                new ScanSummary.FileCounts(files.size(), scanned, partial, skipped, unchanged), bytes, counts,
                "engine-1.0+detectors-abc123");
    }

    static ScanSummary summary() {
        return summaryOf(FILES);
    }

    /** A lazily made stream of files, as a store query would give, that counts how far it has been read. */
    static final class Generated implements Iterable<FileReport> {
        private final int count;
        private final IntFunction<FileReport> make;
        int produced;

        Generated(int count, IntFunction<FileReport> make) {
            this.count = count;
            this.make = make;
        }

        @Override
        public Iterator<FileReport> iterator() {
            return new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                    return next < count;
                }

                @Override
                public FileReport next() {
                    produced++;
                    return make.apply(next++);
                }
            };
        }
    }

    static FileReport numbered(int i) {
        String path = "/srv/big/dir" + (i % 100) + "/file" + i + ".txt";
        return new FileReport(path, 1000, Instant.parse("2025-01-01T00:00:00Z"), "u", "rw-r-----", "scanned",
                List.of(), List.of(), 10,
                List.of(finding(i, path, InfoType.EMAIL_ADDRESS, Likelihood.LIKELY, i + 1, 1, "****@****.com")));
    }
}
