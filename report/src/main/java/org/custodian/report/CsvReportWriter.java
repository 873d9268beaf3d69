package org.custodian.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One row per finding, for spreadsheets and scripts (RFC 4180: comma-separated, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break). A file that was only partly scanned or
 * skipped gets a row even with no finding, so that filtering the sheet never makes it look clean.
 *
 * <p>File names and evidence come from the scanned tree, which anyone with write access to it
 * controls, so a cell starting with {@code = + - @}, TAB or CR is prefixed with {@code '}: a
 * spreadsheet then shows it as text instead of running it as a formula (OWASP "CSV injection").
 */
public final class CsvReportWriter implements ReportWriter {
    static final List<String> HEADER = List.of(
            "path", "infoType", "likelihood", "line", "column", "masked", "triage",
            "file", "fileStatus", "fileReasons", "risk", "exposures",
            "specialCategories", "detector", "id", "hash");

    @Override
    public void write(ScanSummary summary, Iterable<FileReport> files, Writer out) throws IOException {
        row(HEADER, out);
        for (FileReport file : files) {
            List<String> fileCells = List.of(file.path(), file.status(), String.join("; ", file.reasons()),
                    Integer.toString(file.risk()), exposures(file));
            for (ReportedFinding f : file.findings()) {
                List<String> cells = new ArrayList<>(HEADER.size());
                cells.add(f.path());
                cells.add(f.infoType().name());
                cells.add(f.likelihood().name());
                cells.add(Long.toString(f.line()));
                cells.add(Integer.toString(f.column()));
                cells.add(f.masked());
                cells.add(f.triage());
                cells.addAll(fileCells);
                cells.add(String.join("; ", new TreeSet<>(f.specialCategories())));
                cells.add(f.detector());
                cells.add(Long.toString(f.id()));
                cells.add(f.encodedHash());
                row(cells, out);
            }
            if (file.findings().isEmpty() && !file.fileStatus().readWhole()) {
                List<String> cells = new ArrayList<>(HEADER.size());
                cells.add(file.path());
                for (int i = 0; i < 6; i++) cells.add("");
                cells.addAll(fileCells);
                while (cells.size() < HEADER.size()) cells.add("");
                row(cells, out);
            }
        }
        out.flush();
    }

    private static String exposures(FileReport file) {
        List<String> kinds = new ArrayList<>();
        for (FileReport.ReportedExposure e : file.exposures()) kinds.add(e.kind());
        return String.join("; ", kinds);
    }

    private static void row(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One field: defused against formula injection, then quoted if RFC 4180 requires it. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) return "";
        String text = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
