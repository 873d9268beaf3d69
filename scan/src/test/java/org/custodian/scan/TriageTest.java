package org.custodian.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodian.scan.ScanFixture.ALICE;
import static org.custodian.scan.ScanFixture.NHS_A;
import static org.custodian.scan.ScanFixture.NHS_B;
import static org.custodian.scan.ScanFixture.patientLetter;
import static org.custodian.scan.ScanFixture.request;
import static org.custodian.scan.ScanFixture.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.custodian.store.audit.AuditEntry;
import org.custodian.store.findings.FileWithFindings;
import org.custodian.store.findings.Findings;
import org.custodian.store.findings.ScanRuns;
import org.custodian.store.findings.StoredFinding;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TriageTest {
    @TempDir
    Path tree;

    @ParameterizedTest
    @MethodSource("org.custodian.store.testing.TestDatabases#both")
    void triageSurvivesReScansAndAFalsePositiveAllowListsTheValue(TestDatabases.Db db) throws Exception {
        ScanFixture fx = new ScanFixture(db.fresh());
        Triage triage = new Triage(fx.store, fx.audit);
        Path a = write(tree.resolve("a.txt"), patientLetter(NHS_B));
        Path b = write(tree.resolve("b.txt"), patientLetter(NHS_A) + patientLetter(NHS_B));
        Path c = write(tree.resolve("c.txt"), patientLetter(NHS_A));
        Files.setPosixFilePermissions(c, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        long first = fx.scan("e").run(request(tree), ScanListener.NONE).scanId();

        StoredFinding inA = findingsOf(fx, first, a).get(0);
        triage.set(inA.id(), Findings.ACCEPTED_RISK, "referral letters are kept by law", ALICE);
        assertThatThrownBy(() -> triage.set(inA.id(), "ignored", "x", ALICE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> triage.set(inA.id(), Findings.REMEDIATED, " ", ALICE)).isInstanceOf(IllegalArgumentException.class);

        // a.txt edited above the finding: read again, the finding moves a line and keeps its decision
        Files.writeString(a, "Filed under referrals.\n" + patientLetter(NHS_B));
        long second = fx.scan("e").run(request(tree), ScanListener.NONE).scanId();
        StoredFinding moved = findingsOf(fx, second, a).get(0);
        assertThat(moved.id()).isEqualTo(inA.id());
        assertThat(moved.line()).isEqualTo(inA.line() + 1);
        assertThat(moved.triage()).isEqualTo(Findings.ACCEPTED_RISK);

        StoredFinding nhsAInB = findingsOf(fx, second, b).stream().filter(f -> f.line() == 1).findFirst().orElseThrow();
        triage.falsePositive(nhsAInB.id(), "published test number", true, ALICE);
        StoredFinding nhsAInC = findingsOf(fx, second, c).get(0);
        assertThat(nhsAInC.triage()).as("the same value elsewhere").isEqualTo(Findings.FALSE_POSITIVE);

        Files.writeString(b, patientLetter(NHS_A) + patientLetter(NHS_B) + "end\n");
        long third = fx.scan("e").run(request(tree), ScanListener.NONE).scanId();
        assertThat(findingsOf(fx, third, b)).extracting(StoredFinding::line).containsExactly(3L);
        assertThat(new ScanRuns(fx.store).get(third).orElseThrow().counts().suppressed()).isEqualTo(1);

        assertThat(fx.exposures.list(java.util.Set.of(org.custodian.store.exposure.ExposureStatus.GONE)))
                .as("a file holding only a false positive holds no personal data")
                .extracting(org.custodian.store.exposure.Exposure::location).containsExactly(c.toString());

        List<String> actions = fx.audit.latest(20).stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("finding.triage", "allowlist.add", "scan.start", "scan.finish");
        assertThat(fx.audit.latest(20).stream().filter(e -> e.action().equals("allowlist.add")).findFirst().orElseThrow()
                .details().toString()).doesNotContain(NHS_A).doesNotContain(NHS_A.replace(" ", ""));
    }

    @ParameterizedTest
    @MethodSource("org.custodian.store.testing.TestDatabases#both")
    void purgeRemovesOldRunsAndFilesNoLongerThereAndSaysSo(TestDatabases.Db db) throws Exception {
        ScanFixture fx = new ScanFixture(db.fresh());
        Path gone = write(tree.resolve("gone.txt"), patientLetter(NHS_A));
        Path kept = write(tree.resolve("kept.txt"), patientLetter(NHS_B));
        long first = fx.scan("e").run(request(tree), ScanListener.NONE).scanId();
        Files.delete(gone);
        long second = fx.scan("e").run(request(tree), ScanListener.NONE).scanId();
        long third = fx.scan("e").run(request(tree), ScanListener.NONE).scanId();

        ScanRuns.Purged purged = new Triage(fx.store, fx.audit).purge(Duration.ZERO, ALICE);

        assertThat(purged.files()).isEqualTo(1);
        assertThat(purged.findings()).isEqualTo(1);
        assertThat(purged.runs()).isEqualTo(2); // the first (only the gone file referred to it) and the second
        ScanRuns runs = new ScanRuns(fx.store);
        assertThat(runs.get(first)).isEmpty();
        assertThat(runs.get(second)).isEmpty();
        assertThat(runs.get(third)).isPresent();
        assertThat(findingsOf(fx, third, kept)).hasSize(1);
        AuditEntry entry = fx.audit.latest(1).get(0);
        assertThat(entry.action()).isEqualTo("scan.purge");
        assertThat(entry.details()).containsEntry("files", "1").containsEntry("findings", "1");
    }

    private static List<StoredFinding> findingsOf(ScanFixture fx, long scan, Path file) {
        return fx.files(scan).stream().filter(f -> f.file().path().equals(file.toString()))
                .findFirst().map(FileWithFindings::findings).orElseThrow();
    }
}
