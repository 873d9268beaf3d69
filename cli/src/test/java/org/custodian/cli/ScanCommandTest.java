package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `custodian scan` end to end in-process: real Tika, the embedded H2 store, the audit trail. */
class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // synthetic, checksum-valid values
    private static final String LETTER = "Dear Ms Example,\nYour NHS number is 943 476 5919 and your National Insurance"
            + " number is JG 10 37 95 A.\nPlease call us.\n";

    @TempDir
    Path home;
    @TempDir
    Path share;

    private CliRunner cli;

    @BeforeEach
    void init() throws Exception {
        cli = new CliRunner(home);
        assertThat(cli.run("init").exit()).isZero();
        Files.writeString(share.resolve("letter.txt"), LETTER);
        Files.writeString(share.resolve("minutes.txt"), "Minutes of the parish meeting. Nothing personal here.\n");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(share.resolve("bundle.zip")))) {
            zip.putNextEntry(new ZipEntry("export/patient.txt"));
            zip.write("Patient NHS No: 401 023 2137\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.setPosixFilePermissions(share.resolve("letter.txt"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(share.resolve("bundle.zip"), PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void findsStoresSummarisesAndExitsOneWhenEverythingWasRead() {
        CliRunner.Result r = cli.run("scan", share.toString(), "--no-progress");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("UK_NHS_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER", "3 scanned", "Exit 1")
                .doesNotContain("943 476 5919", "9434765919", "JG 10 37 95 A", "4010232137");
    }

    @Test
    void theJsonReportFollowsItsSchemaAndNamesArchiveMembers() throws Exception {
        Path report = share.resolveSibling(share.getFileName() + "-report.json");
        CliRunner.Result r = cli.run("scan", share.toString(), "--no-progress", "--format", "json", "-o", report.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        String text = Files.readString(report);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("..", "docs", "schema", "scan-report-v1.json")), InputFormat.JSON);
        assertThat(schema.validate(text, InputFormat.JSON)).isEmpty();
        List<String> paths = new ArrayList<>();
        for (JsonNode file : JSON.readTree(text).get("files")) {
            for (JsonNode f : file.get("findings")) paths.add(f.get("path").asText());
        }
        assertThat(paths).contains(share.resolve("bundle.zip") + "!/export/patient.txt", share.resolve("letter.txt").toString());
        assertThat(text).doesNotContain("9434765919", "4010232137");
        // no leftover partial file beside the report
        try (var s = Files.list(report.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void aSecondScanSkipsUnchangedFilesAndKeepsTheirFindings() {
        cli.run("scan", share.toString(), "--no-progress");
        CliRunner.Result again = cli.run("scan", share.toString(), "--no-progress");
        assertThat(again.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(again.out()).contains("3 unchanged", "UK_NHS_NUMBER");
        assertThat(cli.run("audit", "log").out()).doesNotContain("config.change");

        // another threshold is another detection configuration: everything is read again, and audited
        CliRunner.Result lower = cli.run("scan", share.toString(), "--no-progress", "--min-likelihood", "POSSIBLE");
        assertThat(lower.out()).contains("0 unchanged");
        assertThat(cli.run("audit", "log").out()).contains("config.change");
    }

    @Test
    void aFileNotReadWholeMakesTheScanIncompleteWhateverElseWasFound() throws Exception {
        Files.write(share.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        CliRunner.Result r = cli.run("scan", share.toString(), "--no-progress");
        assertThat(r.exit()).as(r.out()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(r.out()).contains("broken.pdf", "NOT clean", "Exit 3");
    }

    @Test
    void exposuresAreRegisteredForFilesHoldingPersonalData() throws Exception {
        Files.setPosixFilePermissions(share.resolve("letter.txt"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setLastModifiedTime(share.resolve("bundle.zip"), FileTime.from(Instant.now().minus(3000, ChronoUnit.DAYS)));
        Files.setPosixFilePermissions(share.resolve("minutes.txt"), PosixFilePermissions.fromString("rw-rw-rw-"));
        cli.run("scan", share.toString(), "--no-progress", "--retention", "6y");
        CliRunner.Result list = cli.run("exposures", "list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("WORLD_READABLE", "letter.txt", "STALE", "bundle.zip")
                .doesNotContain("minutes.txt"); // world-writable, but holds no personal data
    }

    @Test
    void theRetentionSectionSetsStalenessAndPurgesOldScanDataOnEveryScan() throws Exception {
        Files.writeString(home.resolve("custodian.yaml"), "version: 1\nretention:\n  staleAfter: 6y\n  scanData: 400d\n");
        Files.setLastModifiedTime(share.resolve("bundle.zip"), FileTime.from(Instant.now().minus(3000, ChronoUnit.DAYS)));
        CliRunner.Result r = cli.run("scan", share.toString(), "--no-progress");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(cli.run("exposures", "list", "--json").out()).contains("STALE", "bundle.zip");
        assertThat(cli.run("audit", "log").out()).contains("scan.purge");

        Files.writeString(home.resolve("custodian.yaml"), "version: 1\nretention:\n  scanData: soon\n");
        CliRunner.Result bad = cli.run("scan", share.toString(), "--no-progress");
        assertThat(bad.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(bad.err()).contains("retention", "scanData");
    }

    @Test
    void aFalsePositiveAllowListedIsSuppressedByLaterScansAndTheTrailStaysIntact() throws Exception {
        cli.run("scan", share.toString(), "--no-progress");
        CliRunner.Result list = cli.run("findings", "list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        long nino = -1;
        for (String line : list.lines()) {
            JsonNode f = JSON.readTree(line);
            if (f.get("infoType").asText().equals("UK_NATIONAL_INSURANCE_NUMBER")) nino = f.get("id").asLong();
        }
        assertThat(nino).isPositive();
        CliRunner.Result triage = cli.run("findings", "triage", Long.toString(nino), "--status", "false_positive",
                "--reason", "test fixture value", "--allow-list");
        assertThat(triage.exit()).as(triage.err()).isZero();

        // the same value in a new file is not a finding any more
        Files.writeString(share.resolve("copy.txt"), "NI number JG 10 37 95 A on file.\n");
        cli.run("scan", share.toString(), "--no-progress");
        CliRunner.Result after = cli.run("findings", "list", "--json", "--status", "open");
        assertThat(after.out()).doesNotContain("copy.txt").doesNotContain("UK_NATIONAL_INSURANCE_NUMBER");

        CliRunner.Result verify = cli.run("audit", "verify");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        CliRunner.Result log = cli.run("audit", "log");
        assertThat(log.out()).contains("scan.start", "finding.triage", "allowlist.add");
    }

    @Test
    void clearErrorsForBadOptionsAndAMissingKey() throws Exception {
        assertThat(cli.run("scan", share.toString(), "--format", "pdf").err()).contains("json", "csv", "sarif", "html");
        assertThat(cli.run("scan", share.toString(), "--format", "pdf").exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(cli.run("scan", share.toString(), "-o", "x.json").exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(cli.run("scan", share.toString(), "--retention", "soon").exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(cli.run("scan", share.resolve("nope").toString()).exit()).isEqualTo(ExitCodes.ERROR);
        Files.delete(home.resolve("installation.key"));
        assertThat(cli.run("scan", share.toString()).exit()).isEqualTo(ExitCodes.KEY);
    }

    @Test
    void everyReportFormatIsWrittenForTheDemoTree() throws Exception {
        Path demo = share.resolve("demo");
        assertThat(cli.run("demo", demo.toString(), "--files", "30", "--seed", "11").exit()).isZero();
        for (String format : List.of("csv", "sarif", "html")) {
            Path out = home.resolve("report." + format);
            CliRunner.Result r = cli.run("scan", demo.toString(), "--no-progress", "--format", format, "-o", out.toString());
            assertThat(r.exit()).as(format + ": " + r.err()).isIn(ExitCodes.FINDINGS, ExitCodes.INCOMPLETE);
            assertThat(Files.size(out)).as(format).isPositive();
        }
        assertThat(Files.readString(home.resolve("report.html"))).contains("<html", "UK_NHS_NUMBER");
    }

}
