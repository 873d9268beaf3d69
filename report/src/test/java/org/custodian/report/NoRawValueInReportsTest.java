package org.custodian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.custodian.config.CustodianConfig;
import org.custodian.config.EngineFactory;
import org.custodian.engine.Canonical;
import org.custodian.engine.Engine;
import org.custodian.engine.Likelihood;
import org.custodian.engine.ValueHasher;
import org.junit.jupiter.api.Test;

/**
 * The real engine over the example letter at the lowest threshold, its findings written in every
 * format and the terminal summary: no value appears in any of them, as written or in canonical form.
 */
class NoRawValueInReportsTest {
    private static final Path LETTER = Path.of("..", "docs", "examples", "letter.txt");

    @Test
    void noFormatCarriesAFoundValue() throws IOException {
        Engine engine = EngineFactory.build(CustodianConfig.defaults(), new ValueHasher(new byte[32]), Likelihood.VERY_UNLIKELY);
        String member = "/srv/share/post.zip!/letters/letter.txt";
        List<String> raws = new ArrayList<>();
        List<ReportedFinding> findings = new ArrayList<>();
        engine.scan(Files.readString(LETTER), (f, matched) -> {
            raws.add(matched.toString());
            findings.add(new ReportedFinding(findings.size() + 1, member, f.infoType(), f.likelihood(), f.location().line(),
                    f.location().column(), f.masked(), f.hash().hex(), f.hash().keyId(), f.detector(), f.specialCategories(), "open"));
        });
        assertThat(raws).hasSizeGreaterThan(5);

        FileReport file = new FileReport("/srv/share/post.zip", 4096, Instant.parse("2025-02-03T04:05:06Z"), "clerk", "rw-r--r--",
                "scanned", List.of(), List.of(new FileReport.ReportedExposure("WORLD_READABLE", "any local user can read it")), 80,
                findings);
        List<FileReport> files = List.of(file);
        ScanSummary summary = SampleScan.summaryOf(files);

        StringBuilder everything = new StringBuilder();
        for (String format : ReportFormats.names()) {
            StringWriter out = new StringWriter();
            ReportFormats.forName(format).write(summary, files, out);
            assertThat(out.toString()).as(format).contains(findings.get(0).masked());
            everything.append(out).append('\n');
        }
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        SummaryTable.write(summary, files, new PrintStream(terminal, true, StandardCharsets.UTF_8), 10);
        everything.append(terminal.toString(StandardCharsets.UTF_8));

        String output = everything.toString();
        for (String raw : raws) {
            assertThat(output).doesNotContain(raw);
            String digits = Canonical.digitsOnly(raw);
            if (digits.length() >= 6) assertThat(output).doesNotContain(digits);
            String alnum = Canonical.upperAlnum(raw);
            if (alnum.length() >= 6) assertThat(output.toUpperCase(Locale.ROOT)).doesNotContain(alnum);
        }
    }
}
