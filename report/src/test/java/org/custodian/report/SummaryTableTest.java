package org.custodian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    private static List<String> lines(ScanSummary summary, Iterable<FileReport> files, int top) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SummaryTable.write(summary, files, new PrintStream(bytes, true, StandardCharsets.UTF_8), top);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String text(List<String> lines) {
        return String.join("\n", lines);
    }

    @Test
    void countsPerInfoTypeMostFrequentFirstWithATotal() {
        List<String> out = lines(SampleScan.summary(), SampleScan.FILES, 10);
        assertThat(out.get(0)).isEqualTo("Custodian scan 42 of /srv/share (findings POSSIBLE and above)");
        assertThat(out.get(1)).isEqualTo("Files: 6 seen, 3 scanned, 1 unchanged, 1 partly scanned, 1 skipped; 1.3 MB read");
        int header = out.indexOf(String.format("%-40s %12s", "infoType", "findings"));
        assertThat(out.subList(header + 1, header + 6)).containsExactly(
                String.format("%-40s %12s", "UK_NHS_NUMBER", "3"),
                String.format("%-40s %12s", "EMAIL_ADDRESS", "1"),
                String.format("%-40s %12s", "PHONE_NUMBER", "1"),
                String.format("%-40s %12s", "UK_NATIONAL_INSURANCE_NUMBER", "1"),
                String.format("%-40s %12s", "total", "6"));
    }

    @Test
    void riskiestFilesInFixedColumnsWithTopInfoTypesAndExposures() {
        List<String> out = lines(SampleScan.summary(), SampleScan.FILES, 2);
        int header = indexStartingWith(out, "Riskiest files");
        List<String> rows = out.subList(header + 1, header + 3);
        assertThat(rows.get(0)).startsWith("/srv/share/hr/staff list, 2024.csv ")
                .contains("  92 ").contains("UK_NHS_NUMBER 3, PHONE_NUMBER 1").endsWith("WORLD_READABLE, STALE");
        assertThat(rows.get(1)).startsWith("/srv/share/bundle.zip ").contains("partial").endsWith("GROUP_WRITABLE");
        // columns line up: risk, status and infoTypes start at the same place on every row
        for (String row : rows) {
            assertThat(row.substring(SummaryTable.PATH_WIDTH, SummaryTable.PATH_WIDTH + 5)).matches(" +\\d+");
            assertThat(row.indexOf("UK_")).isEqualTo(out.get(header).indexOf("top infoTypes"));
        }
        assertThat(text(out)).as("only the top 2").doesNotContain("alert(1)</script>.txt    ");
    }

    @Test
    void longPathsLoseTheirMiddle() {
        String deep = "/srv/share/" + "very-long-department-name/".repeat(5) + "final-report.docx";
        FileReport file = new FileReport(deep, 1, Instant.EPOCH, "a", "rw-r--r--", "scanned", List.of(), List.of(), 50,
                SampleScan.STAFF.findings());
        List<String> out = lines(SampleScan.summaryOf(List.of(file)), List.of(file), 5);
        String row = out.get(indexStartingWith(out, "Riskiest files") + 1);
        String shown = row.substring(0, SummaryTable.PATH_WIDTH);
        assertThat(shown).startsWith("/srv/share/very").endsWith("final-report.docx").contains("...");
        assertThat(Units.elideMiddle(deep, 50)).hasSize(50);
    }

    @Test
    void filesNotReadWholeAreListedWithReasonsAndTheExitLineSaysIncomplete() {
        List<String> out = lines(SampleScan.summary(), SampleScan.FILES, 10);
        int header = out.indexOf("NOT clean, not read whole: 2 file(s)");
        assertThat(header).isPositive();
        assertThat(out.get(header + 1)).startsWith("  partial  /srv/share/bundle.zip").endsWith("archive nested deeper than 10 levels: inner members not read");
        assertThat(out.get(header + 2)).startsWith("  skipped  /srv/share/bin/blob.bin").endsWith("binary file with no text");
        assertThat(out.get(out.size() - 1)).isEqualTo(
                "Exit 3: incomplete, 2 file(s) partly scanned or skipped are NOT known to be clean; 6 finding(s) at or above POSSIBLE as well.");
    }

    @Test
    void manyFilesNotReadWholeAreCutWithACount() {
        List<FileReport> files = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            files.add(new FileReport("/srv/dev/fifo" + i, 0, null, null, null, "skipped", List.of("not a regular file"),
                    List.of(), 0, List.of()));
        }
        List<String> out = lines(SampleScan.summaryOf(files), files, 10);
        assertThat(out).contains("NOT clean, not read whole: 25 file(s)");
        assertThat(out.stream().filter(l -> l.startsWith("  skipped "))).hasSize(SummaryTable.NOT_CLEAN_SHOWN);
        assertThat(out).contains("  ... and 5 more (--format json or csv lists every file)");
        assertThat(text(out)).doesNotContain("Riskiest files");
    }

    @Test
    void theLastLineTellsWhatTheExitCodeMeans() {
        List<FileReport> found = List.of(SampleScan.STAFF, SampleScan.CLEAN);
        assertThat(last(lines(SampleScan.summaryOf(found), found, 10)))
                .isEqualTo("Exit 1: 4 findings at or above POSSIBLE; every file was read whole.");
        List<FileReport> clean = List.of(SampleScan.CLEAN, SampleScan.OLD);
        List<String> out = lines(SampleScan.summaryOf(clean), clean, 10);
        assertThat(out).contains("No findings at or above POSSIBLE.");
        assertThat(last(out)).isEqualTo("Exit 0: nothing at or above POSSIBLE in the files read; every file was read whole.");
        List<FileReport> skippedOnly = List.of(SampleScan.BLOB);
        assertThat(last(lines(SampleScan.summaryOf(skippedOnly), skippedOnly, 10)))
                .isEqualTo("Exit 3: incomplete, 1 file(s) partly scanned or skipped are NOT known to be clean.");
        assertThat(ScanVerdict.of(SampleScan.summary()).exitCode()).isEqualTo(3);
    }

    @Test
    void fileNamesCannotDriveTheTerminal() {
        String evil = "/srv/x\u001b]0;pwned\u0007\u202Etxt.exe";
        FileReport file = new FileReport(evil, 1, null, null, null, "partial", List.of("bad\u001b[2Jreason"), List.of(), 30,
                SampleScan.STAFF.findings());
        String out = text(lines(SampleScan.summaryOf(List.of(file)), List.of(file), 5));
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202E");
        assertThat(out).contains("/srv/x?]0;pwned??txt.exe").contains("bad?[2Jreason");
    }

    private static int indexStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new AssertionError("no line starts with " + prefix + ":\n" + String.join("\n", lines));
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
