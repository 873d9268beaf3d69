package org.custodian.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.scan.ScanFixture.NHS_A;
import static org.custodian.scan.ScanFixture.NHS_B;
import static org.custodian.scan.ScanFixture.patientLetter;
import static org.custodian.scan.ScanFixture.request;
import static org.custodian.scan.ScanFixture.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.custodian.engine.Likelihood;
import org.custodian.extract.Extractor;
import org.custodian.report.FileReport;
import org.custodian.report.ScanSummary;
import org.custodian.store.findings.FileResult;
import org.custodian.store.findings.ScanRuns;
import org.custodian.store.findings.ScannedFiles;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Trees that try to hang, trap or confuse a scan: each ends with a clear per-file reason. */
class HostileTreeTest {
    @TempDir
    Path tree;
    @TempDir
    Path outside;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void fifosAreSkippedUnopenedAndLinkLoopsDoNotTrapTheWalk() throws Exception {
        ScanFixture fx = new ScanFixture(TestDatabases.freshH2());
        write(tree.resolve("a/letter.txt"), patientLetter(NHS_A));
        Path fifo = tree.resolve("a/pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(tree.resolve("a/loop"), tree);                 // a directory loop
        Files.createSymbolicLink(tree.resolve("a/self"), tree.resolve("a/self")); // a link to itself
        Path secret = write(outside.resolve("elsewhere.txt"), patientLetter(NHS_A));
        Files.createSymbolicLink(tree.resolve("a/out.txt"), secret);            // leads out of the tree

        ScanOutcome out = fx.scan("e").run(request(tree), ScanListener.NONE);

        assertThat(out.files()).isEqualTo(new ScanSummary.FileCounts(2, 1, 0, 1, 0));
        assertThat(out.incomplete()).as("a skipped file is never clean").isTrue();
        ScanReports reports = new ScanReports(fx.store);
        List<FileReport> files = new ArrayList<>();
        reports.files(out.scanId(), Likelihood.LIKELY).forEach(files::add);
        assertThat(files).extracting(FileReport::path).containsExactly(tree.resolve("a/letter.txt").toString(), fifo.toString());
        FileReport pipe = files.get(1);
        assertThat(pipe.status()).isEqualTo("skipped");
        assertThat(pipe.reasons()).singleElement().asString().startsWith(FileWorker.NOT_REGULAR);
        ScanSummary summary = reports.summary(out.scanId());
        assertThat(summary.files()).isEqualTo(out.files());
        assertThat(summary.findingsByType()).containsOnlyKeys(org.custodian.engine.InfoType.UK_NHS_NUMBER);
        assertThat(summary.finished()).isNotNull();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anArchiveNestedPastTheDepthLimitIsPartialNeverClean() throws Exception {
        ScanFixture fx = new ScanFixture(TestDatabases.freshH2());
        byte[] inner = patientLetter(NHS_B).getBytes(StandardCharsets.UTF_8);
        String name = "deepest.txt";
        for (int depth = 0; depth < 14; depth++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes)) {
                z.putNextEntry(new java.util.zip.ZipEntry(name));
                z.write(inner);
                z.closeEntry();
                if (depth == 13) {
                    z.putNextEntry(new java.util.zip.ZipEntry("cover.txt"));
                    z.write(patientLetter(NHS_A).getBytes(StandardCharsets.UTF_8));
                    z.closeEntry();
                }
            }
            inner = bytes.toByteArray();
            name = "level" + depth + ".zip";
        }
        Path nested = tree.resolve("nested.zip");
        Files.write(nested, inner);

        ScanOutcome out = fx.scan("e").run(request(tree), ScanListener.NONE);

        assertThat(out.files().partial()).isEqualTo(1);
        assertThat(out.incomplete()).isTrue();
        List<FileReport> files = new ArrayList<>();
        new ScanReports(fx.store).files(out.scanId(), Likelihood.LIKELY).forEach(files::add);
        FileReport report = files.get(0);
        assertThat(report.status()).isEqualTo(FileResult.PARTIAL);
        assertThat(report.reasons()).anyMatch(r -> r.contains("depth-limit"));
        assertThat(report.findings()).extracting(f -> f.path()).contains(nested + "!/cover.txt");
    }

    @Test
    void aFileDeletedBeforeItIsReadIsSkippedAsVanished() throws Exception {
        ScanFixture fx = new ScanFixture(TestDatabases.freshH2());
        Path f = write(tree.resolve("gone.txt"), patientLetter(NHS_A));
        BasicFileAttributes walked = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Files.delete(f);

        FileOutcome outcome = process(fx, new FileJob(f, tree.toString(), walked, "ext4", null));

        assertThat(outcome.status()).isEqualTo(FileResult.SKIPPED);
        assertThat(reasonCodes(fx, f)).containsExactly(FileWorker.VANISHED);
    }

    @Test
    void aFileGrowingWhileReadIsScannedAsItWasAndReportedPartial() throws Exception {
        ScanFixture fx = new ScanFixture(TestDatabases.freshH2());
        Path log = write(tree.resolve("live.log"), patientLetter(NHS_A));
        BasicFileAttributes walked = Files.readAttributes(log, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        // another process appends once the file is open (a live log); the real extractor then reads it
        Extractor appendedWhileOpen = (path, in, handler) -> {
            Files.write(log, patientLetter(NHS_B).getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
            return fx.extractor.extract(path, in, handler);
        };

        FileOutcome outcome = process(fx, appendedWhileOpen, new FileJob(log, tree.toString(), walked, "ext4", null));

        assertThat(outcome.status()).isEqualTo(FileResult.PARTIAL);
        assertThat(outcome.findings()).as("only what was there when it was looked at").isEqualTo(1);
        assertThat(reasonCodes(fx, log)).containsExactly(FileWorker.GREW);
    }

    @Test
    void aParserBugOnOneFileSkipsThatFileWithAReason() throws Exception {
        ScanFixture fx = new ScanFixture(TestDatabases.freshH2());
        Path f = write(tree.resolve("odd.bin"), patientLetter(NHS_A));
        BasicFileAttributes walked = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Extractor broken = (path, in, handler) -> {
            throw new IllegalStateException("parser bug quoting " + NHS_A);
        };

        FileOutcome outcome = process(fx, broken, new FileJob(f, tree.toString(), walked, "ext4", null));

        assertThat(outcome.status()).isEqualTo(FileResult.SKIPPED);
        assertThat(reasonCodes(fx, f)).containsExactly(FileWorker.INTERNAL_ERROR);
        List<String> reasons = new ArrayList<>();
        new ScanReports(fx.store).files(1, Likelihood.LIKELY).forEach(r -> reasons.addAll(r.reasons()));
        assertThat(reasons).singleElement().asString().doesNotContain(NHS_A);
    }

    private static FileOutcome process(ScanFixture fx, FileJob job) throws Exception {
        return process(fx, fx.extractor, job);
    }

    private static FileOutcome process(ScanFixture fx, Extractor extractor, FileJob job) throws Exception {
        long run = new ScanRuns(fx.store).start(List.of(job.root()), Likelihood.LIKELY, "e", Clock.systemUTC().instant()).id();
        RunContext ctx = new RunContext(run, false, "k", Likelihood.LIKELY, null, Set.of(), Clock.systemUTC());
        try (Connection c = fx.store.connect()) {
            return new FileWorker(ctx, fx.engine, extractor, new ScannedFiles(), c).process(job);
        }
    }

    private static List<String> reasonCodes(ScanFixture fx, Path f) {
        List<String> codes = new ArrayList<>();
        new org.custodian.store.findings.Findings(fx.store).filesOfRun(1, Likelihood.LIKELY).forEach(x -> {
            if (x.file().path().equals(f.toString())) x.file().reasons().forEach(r -> codes.add(r.code()));
        });
        return codes;
    }
}
