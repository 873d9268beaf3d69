package org.custodian.store.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.KeyedHash;
import org.custodian.engine.Likelihood;
import org.custodian.engine.Location;
import org.custodian.store.Store;
import org.custodian.store.exposure.ExposureKind;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScanStoreTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");

    @ParameterizedTest
    @MethodSource("org.custodian.store.testing.TestDatabases#both")
    void aFileIsStoredWithItsFindingsAndTheRunCountsThem(TestDatabases.Db db) throws Exception {
        Store store = db.fresh();
        ScanRuns runs = new ScanRuns(store);
        ScannedFiles files = new ScannedFiles();
        ScanRun run = runs.start(List.of("/srv/b", "/srv/a"), Likelihood.LIKELY, "engine-1", T0);
        assertThat(run.roots()).containsExactly("/srv/a", "/srv/b");
        assertThat(runs.resumable(List.of("/srv/a", "/srv/b"))).map(ScanRun::id).contains(run.id());

        try (Connection c = store.connect()) {
            files.commitRead(c, run.id(), result("/srv/a/x.txt", 20, 14, FileResult.SCANNED, 0),
                    List.of(finding("/srv/a/x.txt", "aa", 0, Likelihood.VERY_LIKELY),
                            finding("/srv/a/x.txt", "aa", 1, Likelihood.LIKELY)));
            files.commitRead(c, run.id(), result("/srv/a/y.zip", 70, 63, FileResult.PARTIAL, 2),
                    List.of(finding("/srv/a/y.zip!/in.docx", "bb", 0, Likelihood.VERY_LIKELY)));
            files.commitRead(c, run.id(), result("/srv/b/z.bin", 0, 0, FileResult.SKIPPED, 0), List.of());
            StoredFile x = files.find(c, FileFacts.FILE_SOURCE, "/srv/a/x.txt").orElseThrow();
            assertThat(x.modified()).isEqualTo(T0);
            assertThat(x.findings()).isEqualTo(2);
        }
        RunCounts n = runs.count(run.id());
        assertThat(n).isEqualTo(new RunCounts(3, 1, 1, 1, 0, 200, 3, 2));
        assertThat(n.incomplete()).isTrue();

        List<FileWithFindings> read = new ArrayList<>();
        new Findings(store).filesOfRun(run.id(), Likelihood.LIKELY).forEach(read::add);
        assertThat(read).extracting(f -> f.file().path()).containsExactly("/srv/a/y.zip", "/srv/a/x.txt", "/srv/b/z.bin");
        assertThat(read.get(0).findings()).extracting(StoredFinding::partPath).containsExactly("/srv/a/y.zip!/in.docx");
        assertThat(read.get(0).file().exposures()).containsExactly(new FileExposure(ExposureKind.WORLD_READABLE, "mode 0644"));
        assertThat(read.get(0).file().reasons()).extracting(Reason::code).containsExactly("depth-limit");
        assertThat(read.get(1).findings()).hasSize(2);
        assertThat(read.get(2).findings()).isEmpty();
        List<FileWithFindings> veryLikely = new ArrayList<>();
        new Findings(store).filesOfRun(run.id(), Likelihood.VERY_LIKELY).forEach(veryLikely::add);
        assertThat(veryLikely.get(1).findings()).hasSize(1);

        runs.end(run.id(), ScanRun.FINISHED, T0.plusSeconds(5), n);
        assertThat(runs.get(run.id()).orElseThrow().counts()).isEqualTo(n);
        assertThat(runs.resumable(List.of("/srv/a", "/srv/b"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.custodian.store.testing.TestDatabases#both")
    void aFindingKeepsItsRowAndTriageAcrossReScansAndVanishesWithItsValue(TestDatabases.Db db) throws Exception {
        Store store = db.fresh();
        ScanRuns runs = new ScanRuns(store);
        ScannedFiles files = new ScannedFiles();
        Findings findings = new Findings(store);
        long first = runs.start(List.of("/srv"), Likelihood.LIKELY, "e", T0).id();
        try (Connection c = store.connect()) {
            files.commitRead(c, first, result("/srv/x.txt", 20, 4, FileResult.SCANNED, 0),
                    List.of(finding("/srv/x.txt", "aa", 0, Likelihood.LIKELY), finding("/srv/x.txt", "bb", 0, Likelihood.LIKELY)));
        }
        StoredFinding aa = only(findings, first, "aa");
        findings.setTriage(aa.id(), Findings.ACCEPTED_RISK, "contract requires it", "alice", T0);

        long second = runs.start(List.of("/srv"), Likelihood.LIKELY, "e", T0.plusSeconds(60)).id();
        try (Connection c = store.connect()) {
            files.commitRead(c, second, result("/srv/x.txt", 20, 4, FileResult.SCANNED, 0),
                    List.of(finding("/srv/x.txt", "aa", 0, Likelihood.VERY_LIKELY), finding("/srv/x.txt", "cc", 0, Likelihood.LIKELY)));
        }
        StoredFinding again = only(findings, second, "aa");
        assertThat(again.id()).isEqualTo(aa.id());
        assertThat(again.triage()).isEqualTo(Findings.ACCEPTED_RISK);
        assertThat(again.triageReason()).isEqualTo("contract requires it");
        assertThat(again.firstSeenScan()).isEqualTo(first);
        assertThat(again.lastSeenScan()).isEqualTo(second);
        assertThat(again.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        List<FileWithFindings> read = new ArrayList<>();
        findings.filesOfRun(second, Likelihood.VERY_UNLIKELY).forEach(read::add);
        assertThat(read.get(0).findings()).extracting(StoredFinding::hashHex).containsExactlyInAnyOrder("aa", "cc");

        assertThat(findings.triageValue("k1", "cc", InfoType.UK_NHS_NUMBER, Findings.FALSE_POSITIVE, "test value", "bob", T0))
                .isEqualTo(1);
        assertThat(only(findings, second, "cc").triage()).isEqualTo(Findings.FALSE_POSITIVE);
        try (Connection c = store.connect()) {
            assertThat(files.markAbsent(c, second + 1, List.of("/srv"))).containsExactly("/srv/x.txt");
            assertThat(files.markAbsent(c, second + 1, List.of("/other"))).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.custodian.store.testing.TestDatabases#both")
    void theAllowListHoldsHashesOnce(TestDatabases.Db db) {
        AllowList allow = new AllowList(db.fresh());
        KeyedHash h = new KeyedHash("k1", "abcd");
        assertThat(allow.add(h, InfoType.UK_NHS_NUMBER, "published test number", "alice", T0)).isTrue();
        assertThat(allow.add(h, InfoType.UK_NHS_NUMBER, "again", "bob", T0)).isFalse();
        assertThat(allow.keys()).containsExactly(AllowList.key(h, InfoType.UK_NHS_NUMBER));
    }

    private static StoredFinding only(Findings findings, long scan, String hash) {
        List<StoredFinding> out = new ArrayList<>();
        findings.filesOfRun(scan, Likelihood.VERY_UNLIKELY)
                .forEach(f -> f.findings().stream().filter(x -> hash.equals(x.hashHex())).forEach(out::add));
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    static FileResult result(String path, int sensitivity, int risk, String status, int suppressed) {
        FileFacts facts = new FileFacts(FileFacts.FILE_SOURCE, path, path.substring(0, path.indexOf('/', 1) < 0 ? path.length()
                : path.indexOf('/', 1)), 100, T0, "alice", "rw-r--r--", null, "ext4");
        List<Reason> reasons = status.equals(FileResult.PARTIAL)
                ? List.of(new Reason("depth-limit", path + "!/in.zip", "nested past depth 10")) : List.of();
        List<FileExposure> exposures = sensitivity > 0
                ? List.of(new FileExposure(ExposureKind.WORLD_READABLE, "mode 0644")) : List.of();
        return new FileResult(facts, "00ff", status, reasons, "key", sensitivity, risk, exposures, suppressed);
    }

    static PartFinding finding(String part, String hash, int occurrence, Likelihood l) {
        Finding f = new Finding(InfoType.UK_NHS_NUMBER, l, l.floor() + 0.05, new Location(10L * occurrence, 10, 1, 1, -1),
                "*******919", new KeyedHash("k1", hash), "uk_nhs", Set.of("HEALTH"));
        return new PartFinding(part, f, occurrence);
    }
}
