package org.custodian.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole benchmark on a 1 MB corpus so the harness keeps working; no timing is asserted. */
class ThroughputSmokeTest {
    @TempDir
    Path out;

    @Test
    void producesFindingsAndNumbersOnATinyCorpus() throws Exception {
        var buffer = new ByteArrayOutputStream();
        var options = new Throughput.Options(out, 1, 7L, -1, 1, 1, 1, 1);

        Throughput.Result r = Throughput.run(options, new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(Files.size(options.corpusFile())).isGreaterThanOrEqualTo(1_000_000L);
        assertThat(r.findings()).isPositive();
        assertThat(r.findingsPerMb()).isPositive();
        assertThat(r.labels()).isPositive();
        assertThat(r.byType()).containsKeys("UK_NHS_NUMBER", "EMAIL_ADDRESS");
        assertThat(r.mix()).containsKeys("prose / letters", "csv rows", "json log lines");
        assertThat(r.timing(Throughput.PACK).mbPerSecond()).isPositive();
        assertThat(r.timing(Throughput.PACK).findings()).isEqualTo(r.findings());
        assertThat(r.timing(Throughput.BARE).findings()).isZero();
        assertThat(r.detectors()).isNotEmpty().allSatisfy(d -> assertThat(d.aloneMbPerSecond()).isPositive());
        assertThat(r.hmacNanos()).isPositive();
        String report = buffer.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("per MB", "full pack (real path)", "Cost per detector");
        if (r.ripgrep() != null) assertThat(r.ripgrep().findings()).isPositive();
        else assertThat(report).contains("ripgrep (rg) is not installed");
    }

    @Test
    void sameSeedGivesTheSameCorpus() throws Exception {
        Path a = out.resolve("a.txt");
        Path b = out.resolve("b.txt");
        ScanBench.ensureCorpus(a, 3L, 200_000, -1);
        ScanBench.ensureCorpus(b, 3L, 200_000, -1);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    }
}
