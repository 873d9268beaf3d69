package org.custodian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    private static String write(List<FileReport> files) throws IOException {
        StringWriter out = new StringWriter();
        new CsvReportWriter().write(SampleScan.summaryOf(files), files, out);
        return out.toString();
    }

    /** A strict RFC 4180 reader, so the test does not trust the writer's own idea of quoting. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') quoted = false;
                else cell.append(c);
                i++;
            } else if (c == '"') {
                assertThat(cell).as("a quote may only open a field").isEmpty();
                quoted = true;
                i++;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r') {
                assertThat(csv.charAt(i + 1)).as("records end with CRLF").isEqualTo('\n');
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("bare line feed outside quotes").isNotEqualTo('\n');
                cell.append(c);
                i++;
            }
        }
        assertThat(row).as("last record ends with CRLF").isEmpty();
        return rows;
    }

    private static String col(List<String> row, String name) {
        return row.get(CsvReportWriter.HEADER.indexOf(name));
    }

    @Test
    void oneRowPerFindingAndOneForEachFileNotReadWholeWithoutFindings() throws IOException {
        List<List<String>> rows = parse(write(SampleScan.FILES));
        assertThat(rows.get(0)).isEqualTo(CsvReportWriter.HEADER);
        List<List<String>> body = rows.subList(1, rows.size());
        for (List<String> row : body) assertThat(row).hasSameSizeAs(CsvReportWriter.HEADER);
        // 4 in the staff list, 1 in the bundle, 1 in the hostile file, and the skipped blob's own row;
        // the clean and unchanged files without findings have none
        assertThat(body).hasSize(7);
        assertThat(body).extracting(r -> col(r, "path")).containsExactly(
                "/srv/share/hr/staff list, 2024.csv", "/srv/share/hr/staff list, 2024.csv",
                "/srv/share/hr/staff list, 2024.csv", "/srv/share/hr/staff list, 2024.csv",
                "/srv/share/bundle.zip!/export/a.docx", SampleScan.HOSTILE_NAME, "/srv/share/bin/blob.bin");

        List<String> nino = body.get(4);
        assertThat(col(nino, "file")).isEqualTo("/srv/share/bundle.zip");
        assertThat(col(nino, "fileStatus")).isEqualTo("partial");
        assertThat(col(nino, "fileReasons")).startsWith("archive nested deeper");
        assertThat(col(nino, "infoType")).isEqualTo("UK_NATIONAL_INSURANCE_NUMBER");
        assertThat(col(nino, "specialCategories")).isEqualTo("BIOMETRIC; HEALTH");
        assertThat(col(nino, "triage")).isEqualTo("false_positive");
        assertThat(col(nino, "hash")).startsWith("hmac-sha256:v1:" + SampleScan.KEY_ID + ":");
        assertThat(col(nino, "exposures")).isEqualTo("GROUP_WRITABLE");

        List<String> blob = body.get(6);
        assertThat(col(blob, "fileStatus")).isEqualTo("skipped");
        assertThat(col(blob, "fileReasons")).isEqualTo("binary file with no text");
        assertThat(col(blob, "infoType")).isEmpty();

        assertThat(col(body.get(5), "masked")).isEqualTo(SampleScan.HOSTILE_MASKED);
        assertThat(col(body.get(5), "hash")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedPerRfc4180() {
        assertThat(CsvReportWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvReportWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvReportWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvReportWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvReportWriter.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvReportWriter.cell("")).isEmpty();
        assertThat(CsvReportWriter.cell(null)).isEmpty();
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaBecomeText() {
        assertThat(CsvReportWriter.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvReportWriter.cell("+44 **** ***123")).isEqualTo("'+44 **** ***123");
        assertThat(CsvReportWriter.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvReportWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReportWriter.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvReportWriter.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvReportWriter.cell("=HYPERLINK(\"http://x\",\"a,b\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"");
        assertThat(CsvReportWriter.cell("a=1")).isEqualTo("a=1");
    }

    @Test
    void aHostileFileNameAndEvidenceCannotInjectAFormula() throws IOException {
        String name = "=cmd|' /C calc'!A0.csv";
        FileReport evil = new FileReport(name, 10, Instant.parse("2025-01-01T00:00:00Z"), "m", "rw-r--r--", "partial",
                List.of("-reason starting with a minus"), List.of(), 5,
                List.of(new ReportedFinding(9, name, InfoType.of("CUSTOM_ID"), Likelihood.LIKELY, 1, 1, "@****",
                        null, null, "custom-custom-id", Set.of(), "open")));
        List<List<String>> rows = parse(write(List.of(evil)));
        List<String> row = rows.get(1);
        assertThat(col(row, "path")).isEqualTo("'" + name);
        assertThat(col(row, "file")).isEqualTo("'" + name);
        assertThat(col(row, "masked")).isEqualTo("'@****");
        assertThat(col(row, "fileReasons")).isEqualTo("'-reason starting with a minus");
        for (List<String> r : rows) {
            for (String cell : r) assertThat(cell).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+").doesNotStartWith("-");
        }
    }
}
