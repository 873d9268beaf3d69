package org.custodian.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.scan.ScanFixture.NHS_A;
import static org.custodian.scan.ScanFixture.patientLetter;
import static org.custodian.scan.ScanFixture.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.custodian.engine.Likelihood;
import org.custodian.store.exposure.Exposure;
import org.custodian.store.exposure.ExposureKind;
import org.custodian.store.exposure.ExposureStatus;
import org.custodian.store.exposure.RiskScore;
import org.custodian.store.findings.FileExposure;
import org.custodian.store.findings.FileFacts;
import org.custodian.store.findings.FileWithFindings;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExposureScanTest {
    @TempDir
    Path tree;

    @ParameterizedTest
    @MethodSource("org.custodian.store.testing.TestDatabases#both")
    void filesHoldingPersonalDataAreExposuresAndCloseWhenFixed(TestDatabases.Db db) throws Exception {
        ScanFixture fx = new ScanFixture(db.fresh());
        Path open = write(tree.resolve("open.txt"), patientLetter(NHS_A));
        Path shared = write(tree.resolve("shared.txt"), patientLetter(NHS_A));
        Path old = write(tree.resolve("old.txt"), patientLetter(NHS_A));
        Path clean = write(tree.resolve("clean.txt"), "nothing personal\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(clean, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(8 * 366L, java.time.temporal.ChronoUnit.DAYS)));
        ScanRequest sixYears = new ScanRequest(List.of(tree), Likelihood.LIKELY, Period.ofYears(6), false, 2);

        ScanOutcome first = fx.scan("e").run(sixYears, ScanListener.NONE);

        List<Exposure> found = fx.exposures.list(Set.of(ExposureStatus.OPEN));
        assertThat(found).extracting(e -> e.kind() + " " + Path.of(e.location()).getFileName()).containsExactlyInAnyOrder(
                "WORLD_READABLE open.txt", "WORLD_READABLE shared.txt", "WORLD_WRITABLE shared.txt",
                "GROUP_WRITABLE shared.txt", "STALE old.txt");
        Exposure readable = found.stream().filter(e -> e.location().equals(open.toString())).findFirst().orElseThrow();
        assertThat(readable.reason()).contains("0644");
        assertThat(readable.sensitivity()).isPositive();
        assertThat(readable.risk()).isEqualTo(RiskScore.of(ExposureKind.WORLD_READABLE, readable.sensitivity()));
        FileWithFindings riskiest = fx.files(first.scanId()).get(0);
        assertThat(riskiest.file().path()).isEqualTo(shared.toString());
        assertThat(riskiest.file().risk()).isEqualTo(RiskScore.of(List.of(ExposureKind.WORLD_WRITABLE), riskiest.file().sensitivity()));

        // fixed permissions do not change mtime: the unchanged file's exposures are judged again anyway
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-------"));
        ScanOutcome second = fx.scan("e").run(sixYears, ScanListener.NONE);
        assertThat(second.files().unchanged()).isEqualTo(4);
        assertThat(fx.exposures.list(Set.of(ExposureStatus.OPEN))).extracting(e -> e.kind() + " " + Path.of(e.location()).getFileName())
                .containsExactlyInAnyOrder("WORLD_READABLE open.txt", "STALE old.txt");
        assertThat(fx.exposures.list(Set.of(ExposureStatus.GONE))).hasSize(3);
    }

    @Test
    void onAnSmbMountPermissionsAreUnknownWithTheReason() throws Exception {
        Path f = write(tree.resolve("share.txt"), "x");
        FileFacts facts = FileSystemFacts.read(f, tree.toString(), "cifs");
        assertThat(facts.permissions()).isNull();
        assertThat(facts.permissionsNote()).contains("SMB/CIFS");
        assertThat(Exposures.of(facts, null, Instant.now()))
                .containsExactly(new FileExposure(ExposureKind.UNKNOWN, facts.permissionsNote()));
        assertThat(FileSystemFacts.read(f, tree.toString(), "ext4").permissions()).isEqualTo("rw-------");
    }
}
