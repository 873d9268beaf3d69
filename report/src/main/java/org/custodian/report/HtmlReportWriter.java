package org.custodian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.custodian.engine.InfoType;

/**
 * A report a data protection officer can open and read: one self-contained HTML file (inline CSS, no
 * scripts, nothing fetched), plain words next to every code, the riskiest files first, and every file
 * that was not read whole listed as NOT clean. Everything that came from the scanned tree (file
 * names, reasons, masked evidence) is HTML-escaped, since anyone who can write to the tree chooses it.
 *
 * <p>Files stream past once; a file shows at most {@code findingsPerFile} findings (the JSON and CSV
 * reports have all), and the closing list of files not read whole keeps the first
 * {@value #NOT_CLEAN_LIMIT}, so a huge tree cannot exhaust memory.
 */
public final class HtmlReportWriter implements ReportWriter {
    static final int DEFAULT_FINDINGS_PER_FILE = 100;
    static final int NOT_CLEAN_LIMIT = 10_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:72rem;\
            padding:0 1rem;color:#1b1b1b;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #ddd}
            h3{font-size:1rem;margin:0;word-break:break-all}
            table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;\
            text-align:left;vertical-align:top}th{background:#f2f2f2}td.n{text-align:right}
            code,.ev{font-family:ui-monospace,Consolas,monospace;word-break:break-all}
            .meta{color:#555}.verdict{padding:.75rem 1rem;border-radius:.3rem;font-weight:600;margin:1rem 0}
            .found{background:#fde2e1;border:1px solid #d93025}.incomplete{background:#fff4ce;border:1px solid #b58100}
            .clean{background:#e6f4ea;border:1px solid #188038}
            .file{border:1px solid #ccc;border-radius:.3rem;padding:.75rem 1rem;margin:1rem 0}
            .notclean{border:2px solid #b58100;background:#fffaf0}.warn{color:#8a5a00;font-weight:600}
            .risk{display:inline-block;padding:0 .4rem;border-radius:.2rem;background:#eee;font-weight:600}
            .r-very-high,.r-high{background:#d93025;color:#fff}.r-medium{background:#f9ab00}.r-low{background:#fce8b2}
            .r-unknown{background:#b58100;color:#fff}
            """;

    private final int findingsPerFile;

    public HtmlReportWriter() {
        this(DEFAULT_FINDINGS_PER_FILE);
    }

    public HtmlReportWriter(int findingsPerFile) {
        if (findingsPerFile < 1) throw new IllegalArgumentException("findingsPerFile must be positive");
        this.findingsPerFile = findingsPerFile;
    }

    @Override
    public void write(ScanSummary summary, Iterable<FileReport> files, Writer out) throws IOException {
        Page page = new Page(out);
        page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // no scripts, styles or images from anywhere: the file is read offline, often from an e-mail
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .raw("<title>").text("Custodian scan report " + summary.scanId()).raw("</title>\n<style>\n").raw(CSS)
                .raw("</style>\n</head>\n<body>\n");
        header(summary, page);
        whatWasFound(summary, page);
        NotReadWhole notClean = new NotReadWhole(NOT_CLEAN_LIMIT);
        page.raw("<h2>Files, riskiest first</h2>\n");
        long listed = 0;
        long unlisted = 0;
        for (FileReport file : files) {
            notClean.offer(file);
            if (file.findings().isEmpty() && file.exposures().isEmpty() && file.fileStatus().readWhole()) {
                unlisted++;
                continue;
            }
            fileSection(file, page);
            listed++;
        }
        if (listed == 0) page.raw("<p>No file had findings, exposures or problems.</p>\n");
        if (unlisted > 0) {
            page.raw("<p class=\"meta\">").text(Units.count(unlisted)
                    + " other file(s) were read whole with nothing found at or above the threshold and are not listed.").raw("</p>\n");
        }
        notCleanList(notClean, page);
        glossary(page);
        page.raw("</body>\n</html>\n");
        out.flush();
    }

    private static void header(ScanSummary s, Page page) throws IOException {
        page.raw("<h1>Personal data scan report</h1>\n<p class=\"meta\">")
                .text("Scan " + s.scanId() + " of " + String.join(", ", s.roots()) + ". Started " + time(s.started())
                        + (s.finished() == null ? ", still running." : ", finished " + time(s.finished()) + "."))
                .raw("<br>")
                .text("Findings are shown when Custodian judged them at least " + PlainWords.likelihood(s.threshold())
                        + " (" + s.threshold().name() + "). " + Units.count(s.files().seen()) + " files, "
                        + Units.bytes(s.bytes()) + " read.")
                .raw("</p>\n");
        ScanVerdict verdict = ScanVerdict.of(s);
        long findings = s.totalFindings();
        String css = switch (verdict) {
            case NOTHING_FOUND -> "clean";
            case FINDINGS -> "found";
            case INCOMPLETE -> "incomplete";
        };
        page.raw("<div class=\"verdict " + css + "\">");
        if (findings > 0) page.text("Personal data found: " + Units.count(findings) + " item(s). ");
        if (verdict == ScanVerdict.INCOMPLETE) {
            page.text(Units.count(s.files().notReadWhole()) + " file(s) could not be read in full and are NOT known to be clean. ")
                    .raw("<a href=\"#not-clean\">See the list.</a>");
        } else if (findings == 0) {
            page.text("Nothing found at or above the threshold, and every file was read in full.");
        } else {
            page.text("Every file was read in full.");
        }
        page.raw("</div>\n");
    }

    private static void whatWasFound(ScanSummary s, Page page) throws IOException {
        page.raw("<h2>What was found</h2>\n");
        if (s.findingsByType().isEmpty()) {
            page.raw("<p>Nothing at or above the threshold.</p>\n");
        } else {
            page.raw("<table>\n<tr><th>Kind of personal data</th><th>Code</th><th>Items found</th></tr>\n");
            for (Map.Entry<InfoType, Long> e : InfoTypeCounts.sorted(s.findingsByType())) {
                page.raw("<tr><td>").text(PlainWords.infoType(e.getKey())).raw("</td><td><code>").text(e.getKey().name())
                        .raw("</code></td><td class=\"n\">").text(Units.count(e.getValue())).raw("</td></tr>\n");
            }
            page.raw("<tr><th colspan=\"2\">Total</th><th class=\"n\">").text(Units.count(s.totalFindings())).raw("</th></tr>\n</table>\n");
        }
        page.raw("<table>\n<tr><th>Files</th><th>Count</th></tr>\n");
        fileCount(FileStatus.SCANNED, s.files().scanned(), page);
        fileCount(FileStatus.UNCHANGED, s.files().unchanged(), page);
        fileCount(FileStatus.PARTIAL, s.files().partial(), page);
        fileCount(FileStatus.SKIPPED, s.files().skipped(), page);
        page.raw("<tr><th>All files seen</th><th class=\"n\">").text(Units.count(s.files().seen())).raw("</th></tr>\n</table>\n");
    }

    private static void fileCount(FileStatus status, long count, Page page) throws IOException {
        boolean warn = !status.readWhole() && count > 0;
        page.raw(warn ? "<tr class=\"warn\"><td>" : "<tr><td>").text(status.plainWords()).raw("</td><td class=\"n\">")
                .text(Units.count(count)).raw("</td></tr>\n");
    }

    private void fileSection(FileReport f, Page page) throws IOException {
        boolean readWhole = f.fileStatus().readWhole();
        // nothing found in a file that was not read whole is no evidence of low risk
        boolean riskUnknown = !readWhole && f.risk() == 0;
        String band = riskUnknown ? "unknown" : PlainWords.risk(f.risk());
        String riskText = riskUnknown ? "Risk unknown: not read in full" : "Risk " + f.risk() + "/100, " + band;
        page.raw(readWhole ? "<section class=\"file\">\n" : "<section class=\"file notclean\">\n")
                .raw("<h3>").text(f.path()).raw("</h3>\n<p>")
                .raw("<span class=\"risk r-" + band.replace(' ', '-') + "\">").text(riskText).raw("</span> ")
                .text(facts(f)).raw("</p>\n");
        if (!readWhole) {
            page.raw("<p class=\"warn\">").text(f.fileStatus().plainWords() + reasons(f.reasons())).raw("</p>\n");
        } else if (!f.reasons().isEmpty()) {
            page.raw("<p>").text("Notes: " + String.join("; ", f.reasons())).raw("</p>\n");
        }
        if (!f.exposures().isEmpty()) {
            page.raw("<p>Exposed because:</p>\n<ul>\n");
            for (FileReport.ReportedExposure e : f.exposures()) {
                page.raw("<li>").text(e.reason() == null || e.reason().isBlank() ? e.kind() : e.reason())
                        .raw(" <code>").text(e.kind()).raw("</code></li>\n");
            }
            page.raw("</ul>\n");
        }
        if (!f.findings().isEmpty()) {
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<InfoType, Long> e : InfoTypeCounts.of(f.findings())) {
                kinds.add(Units.count(e.getValue()) + " \u00d7 " + PlainWords.infoType(e.getKey()));
            }
            page.raw("<p>").text("Found: " + String.join(", ", kinds) + ".").raw("</p>\n");
            page.raw("<table>\n<tr><th>What</th><th>How sure</th><th>Where</th><th>Evidence (masked)</th><th>Review</th></tr>\n");
            int shown = 0;
            for (ReportedFinding finding : f.findings()) {
                if (shown++ == findingsPerFile) break;
                finding(finding, page);
            }
            page.raw("</table>\n");
            int hidden = f.findings().size() - findingsPerFile;
            if (hidden > 0) {
                page.raw("<p class=\"meta\">").text("and " + Units.count(hidden)
                        + " more finding(s) in this file; the JSON and CSV reports list them all.").raw("</p>\n");
            }
        }
        page.raw("</section>\n");
    }

    private static void finding(ReportedFinding f, Page page) throws IOException {
        MemberPath where = MemberPath.of(f.path());
        String place = (where.isMember() ? "inside " + where.member() + ", " : "") + "line " + f.line()
                + (f.column() > 0 ? ", column " + f.column() : "");
        page.raw("<tr><td>").text(PlainWords.infoType(f.infoType())).raw("<br><code>").text(f.infoType().name()).raw("</code>");
        if (!f.specialCategories().isEmpty()) {
            page.raw("<br><span class=\"warn\">").text("Special category: " + String.join(", ", new TreeSet<>(f.specialCategories())))
                    .raw("</span>");
        }
        page.raw("</td><td>").text(PlainWords.likelihood(f.likelihood()))
                .raw("</td><td>").text(place)
                .raw("</td><td class=\"ev\">").text(f.masked())
                .raw("</td><td>").text(PlainWords.triage(f.triage()) + (f.id() > 0 ? " (finding " + f.id() + ")" : ""))
                .raw("</td></tr>\n");
    }

    private static void notCleanList(NotReadWhole notClean, Page page) throws IOException {
        page.raw("<h2 id=\"not-clean\">Files NOT known to be clean</h2>\n");
        if (notClean.total() == 0) {
            page.raw("<p>None: every file was read in full.</p>\n");
            return;
        }
        page.raw("<p>").text("These files were skipped or only partly read, so personal data in them may have been missed. "
                + "Look at them by hand or fix the reason and scan again.").raw("</p>\n");
        page.raw("<table>\n<tr><th>File</th><th>What happened</th><th>Why</th></tr>\n");
        for (NotReadWhole.Entry e : notClean.kept()) {
            page.raw("<tr><td class=\"ev\">").text(e.path()).raw("</td><td>").text(e.status().plainWords())
                    .raw("</td><td>").text(e.reasons().isEmpty() ? "no reason recorded" : String.join("; ", e.reasons()))
                    .raw("</td></tr>\n");
        }
        page.raw("</table>\n");
        if (notClean.leftOut() > 0) {
            page.raw("<p class=\"warn\">").text("and " + Units.count(notClean.leftOut())
                    + " more; the JSON and CSV reports list every file.").raw("</p>\n");
        }
    }

    private static void glossary(Page page) throws IOException {
        page.raw("<h2>How to read this report</h2>\n<ul>\n")
                .raw("<li>Evidence is masked: most characters are replaced by <code>*</code>. "
                        + "Custodian never stores or shows the values it finds.</li>\n")
                .raw("<li><b>How sure</b>: very likely, likely, possible, unlikely or very unlikely that the text "
                        + "really is the kind of data named; checksums and nearby words make it surer.</li>\n")
                .raw("<li><b>Risk</b> (0 to 100) combines how sensitive the findings are with how exposed the file is "
                        + "(readable or writable by everyone, kept past its retention period).</li>\n")
                .raw("<li><b>Line and column</b> count in the text extracted from the file, which for documents "
                        + "and spreadsheets may differ from what an editor shows.</li>\n")
                .raw("<li>Archive members are named <code>outer.zip!/inner.docx</code>.</li>\n")
                .raw("</ul>\n");
    }

    private static String facts(FileReport f) {
        StringBuilder b = new StringBuilder(f.size() >= 0 ? Units.bytes(f.size()) : "size unknown");
        if (f.modified() != null) b.append(", last changed ").append(time(f.modified()));
        if (f.owner() != null) b.append(", owner ").append(f.owner());
        if (f.permissions() != null) b.append(", permissions ").append(f.permissions());
        return b.append('.').toString();
    }

    private static String reasons(List<String> reasons) {
        return reasons.isEmpty() ? "." : ". Why: " + String.join("; ", reasons) + ".";
    }

    private static String time(Instant t) {
        return t == null ? "unknown" : TIME.format(t);
    }

    /** Raw markup for what this class writes, escaped text for everything else. */
    private static final class Page {
        private final Writer out;

        Page(Writer out) {
            this.out = out;
        }

        Page raw(String markup) throws IOException {
            out.write(markup);
            return this;
        }

        Page text(String text) throws IOException {
            out.write(escape(text));
            return this;
        }
    }

    /** Escapes markup, after {@link Units#displaySafe} so a name cannot reorder what the reader sees. */
    static String escape(String raw) {
        String text = Units.displaySafe(raw);
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
