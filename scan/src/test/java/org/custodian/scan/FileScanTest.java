package org.custodian.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.scan.ScanFixture.NHS_A;
import static org.custodian.scan.ScanFixture.NHS_B;
import static org.custodian.scan.ScanFixture.patientLetter;
import static org.custodian.scan.ScanFixture.request;
import static org.custodian.scan.ScanFixture.write;
import static org.custodian.scan.ScanFixture.zip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.custodian.engine.InfoType;
import org.custodian.report.ScanSummary.FileCounts;
import org.custodian.store.findings.FileWithFindings;
import org.custodian.store.findings.StoredFinding;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FileScanTest {
    @TempDir
    Path tree;

    @ParameterizedTest
    @MethodSource("org.custodian.store.testing.TestDatabases#both")
    void scansATreeAndStoresEachFileWithItsFindings(TestDatabases.Db db) {
        ScanFixture fx = new ScanFixture(db.fresh());
        Path letter = write(tree.resolve("letters/a.txt"), patientLetter(NHS_A));
        write(tree.resolve("letters/clean.txt"), "Minutes of the parks committee. Nothing to report.\n");
        Path bundle = zip(tree.resolve("exports/bundle.zip"), "inner/b.txt", patientLetter(NHS_B));
        Map<String, String> done = new ConcurrentHashMap<>();

        ScanOutcome out = fx.scan("engine-1").run(request(tree), new ScanListener() {
            @Override
            public void fileDone(FileOutcome o) {
                done.put(o.path(), o.status());
            }
        });

        assertThat(out.files()).isEqualTo(new FileCounts(3, 3, 0, 0, 0));
        assertThat(out.incomplete()).isFalse();
        assertThat(out.findings()).isEqualTo(2);
        assertThat(done).containsEntry(letter.toString(), "scanned").hasSize(3);
        List<FileWithFindings> files = fx.files(out.scanId());
        assertThat(files).hasSize(3);
        FileWithFindings a = files.stream().filter(f -> f.file().path().equals(letter.toString())).findFirst().orElseThrow();
        assertThat(a.file().permissions()).isEqualTo("rw-------");
        assertThat(a.file().owner()).isNotBlank();
        assertThat(a.file().exposures()).isEmpty();
        assertThat(a.file().sensitivity()).isPositive();
        StoredFinding nhs = a.findings().get(0);
        assertThat(nhs.infoType()).isEqualTo(InfoType.UK_NHS_NUMBER);
        assertThat(nhs.partPath()).isEqualTo(letter.toString());
        assertThat(nhs.line()).isEqualTo(1);
        assertThat(nhs.masked()).doesNotContain(NHS_A).doesNotContain(NHS_A.replace(" ", ""));
        assertThat(nhs.hashHex()).hasSize(64);
        FileWithFindings zipped = files.stream().filter(f -> f.file().path().equals(bundle.toString())).findFirst().orElseThrow();
        assertThat(zipped.findings()).extracting(StoredFinding::partPath).containsExactly(bundle + "!/inner/b.txt");
    }

    @ParameterizedTest
    @MethodSource("org.custodian.store.testing.TestDatabases#both")
    void reScansSkipUnchangedFilesUnlessTheEngineChanged(TestDatabases.Db db) throws Exception {
        ScanFixture fx = new ScanFixture(db.fresh());
        Path a = write(tree.resolve("a.txt"), patientLetter(NHS_A));
        Path b = write(tree.resolve("b.txt"), patientLetter(NHS_B));
        Path c = write(tree.resolve("c.txt"), "no personal data here\n");
        ScanOutcome first = fx.scan("engine-1").run(request(tree), ScanListener.NONE);
        long findingId = fx.files(first.scanId()).stream().filter(f -> f.file().path().equals(a.toString()))
                .findFirst().orElseThrow().findings().get(0).id();

        ScanOutcome same = fx.scan("engine-1").run(request(tree), ScanListener.NONE);
        assertThat(same.files()).isEqualTo(new FileCounts(3, 0, 0, 0, 3));
        assertThat(same.findings()).isEqualTo(first.findings());

        // touched (same bytes, new mtime): the content hash says unchanged; edited: read again
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 60_000));
        Files.writeString(c, "now with " + NHS_B + " NHS number\n");
        ScanOutcome third = fx.scan("engine-1").run(request(tree), ScanListener.NONE);
        assertThat(third.files()).isEqualTo(new FileCounts(3, 1, 0, 0, 2));
        assertThat(third.findings()).isEqualTo(3);
        assertThat(fx.files(third.scanId()).stream().filter(f -> f.file().path().equals(a.toString()))
                .findFirst().orElseThrow().findings().get(0).id()).isEqualTo(findingId);

        ScanOutcome newEngine = fx.scan("engine-2").run(request(tree), ScanListener.NONE);
        assertThat(newEngine.files()).isEqualTo(new FileCounts(3, 3, 0, 0, 0));
        assertThat(newEngine.findings()).isEqualTo(3);
        assertThat(b).exists();
    }

    @org.junit.jupiter.api.Test
    void resumeContinuesOnlyTheNewestUnfinishedRunOfTheSameEngine() {
        ScanFixture fx = new ScanFixture(TestDatabases.freshH2());
        write(tree.resolve("a.txt"), patientLetter(NHS_A));
        org.custodian.store.findings.ScanRuns runs = new org.custodian.store.findings.ScanRuns(fx.store);
        long crashed = runs.start(List.of(tree.toString()), org.custodian.engine.Likelihood.LIKELY, "engine-1",
                java.time.Instant.now()).id();
        ScanRequest resume = new ScanRequest(List.of(tree), org.custodian.engine.Likelihood.LIKELY, null, true, 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.scan("engine-2").run(resume, ScanListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another engine");
        ScanOutcome continued = fx.scan("engine-1").run(resume, ScanListener.NONE);
        assertThat(continued.scanId()).isEqualTo(crashed);
        ScanOutcome nothingToResume = fx.scan("engine-1").run(resume, ScanListener.NONE);
        assertThat(nothingToResume.scanId()).isNotEqualTo(crashed);
        assertThat(nothingToResume.files().unchanged()).isEqualTo(1);
    }
}
