package org.custodian.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.custodian.engine.Likelihood;
import org.custodian.store.Store;
import org.custodian.store.findings.FileWithFindings;
import org.custodian.store.findings.ScanRun;
import org.custodian.store.findings.ScanRuns;
import org.custodian.store.findings.StoredFinding;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resume proof: a scan in a child JVM is killed with SIGKILL after it committed some files;
 * {@code --resume} in this JVM finishes the same run, which must end exactly like an uninterrupted
 * scan of the same tree: same findings, none twice, same counts.
 */
class ResumeTest {
    static final String FINGERPRINT = "resume-test-engine";
    private static final int FILES = 60;

    @TempDir
    Path tree;
    @TempDir
    Path home;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aScanKilledMidwayResumesWithNoFindingLostOrCountedTwice() throws Exception {
        for (int i = 0; i < FILES; i++) {
            String text = i % 3 == 0 ? "minutes, nothing personal, item " + i + "\n"
                    : ScanFixture.patientLetter(i % 2 == 0 ? ScanFixture.NHS_A : ScanFixture.NHS_B)
                    + "and again " + ScanFixture.NHS_A + " NHS number\n";
            ScanFixture.write(tree.resolve("d" + (i % 4)).resolve("f" + i + ".txt"), text);
        }
        ScanFixture.zip(tree.resolve("bundle.zip"), "in/letter.txt", ScanFixture.patientLetter(ScanFixture.NHS_B));

        ScanFixture whole = new ScanFixture(TestDatabases.freshH2());
        ScanOutcome expected = whole.scan(FINGERPRINT).run(ScanFixture.request(tree), ScanListener.NONE);
        assertThat(expected.findings()).isGreaterThan(FILES);

        String url = Store.embeddedUrl(home);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ScanChild.class.getName(), url, tree.toString(), "150")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long runId;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.startsWith("started ")) line = out.readLine(); // libraries may log first
            assertThat(line).as("the child scan started").isNotNull();
            runId = Long.parseLong(line.substring("started ".length()));
            long committed = 0;
            while (committed < 10) {
                Thread.sleep(50);
                committed = committedFiles(url, runId);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback, no goodbye
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        long beforeResume = committedFiles(url, runId);
        assertThat(beforeResume).as("killed midway").isBetween(1L, (long) FILES);

        ScanFixture resumed = new ScanFixture(Store.open(url));
        ScanRuns runs = new ScanRuns(resumed.store);
        ScanOutcome after = resumed.scan(FINGERPRINT).run(
                new ScanRequest(List.of(tree), Likelihood.LIKELY, null, true, 2), ScanListener.NONE);

        assertThat(after.scanId()).isEqualTo(runId);
        assertThat(after.files()).isEqualTo(expected.files());
        assertThat(after.findings()).isEqualTo(expected.findings());
        assertThat(findingSet(resumed, runId)).isEqualTo(findingSet(whole, expected.scanId()));
        assertThat(findingRows(url)).isEqualTo(expected.findings());
        ScanRun run = runs.get(runId).orElseThrow();
        assertThat(run.status()).isEqualTo(ScanRun.FINISHED);
        assertThat(run.resumed()).isEqualTo(1);
    }

    private static long committedFiles(String url, long runId) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM scanned_file WHERE last_scan_id = " + runId)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            return 0; // the child is still creating the schema
        }
    }

    private static long findingRows(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM finding")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Findings by what they are and where, not by row id. */
    private static Set<String> findingSet(ScanFixture fx, long scanId) {
        Set<String> out = new HashSet<>();
        for (FileWithFindings f : fx.files(scanId)) {
            for (StoredFinding x : f.findings()) {
                boolean fresh = out.add(f.file().path() + "|" + x.partPath() + "|" + x.infoType() + "|" + x.hashHex()
                        + "|" + x.occurrence() + "|" + x.line() + ":" + x.column() + "|" + x.masked());
                assertThat(fresh).as("no finding twice").isTrue();
            }
        }
        return out;
    }
}
