package org.custodian.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custodian.engine.InfoType;

/**
 * The summary a scan prints on the terminal: findings per infoType, file counts by status, the
 * riskiest files, every file not read whole with its reason, and a last line saying what the exit
 * code means. Columns have fixed widths so the table lines up in any terminal and in a log; long
 * paths lose their middle, keeping the root and the file name.
 */
public final class SummaryTable {
    static final int PATH_WIDTH = 50;
    static final int TYPE_WIDTH = 40;
    static final int TOP_TYPES_WIDTH = 38;
    /** Files not read whole printed here; the JSON and CSV reports list every one. */
    static final int NOT_CLEAN_SHOWN = 20;

    private SummaryTable() {
    }

    public static void write(ScanSummary summary, Iterable<FileReport> riskiestFirst, PrintStream out, int topFiles) {
        header(summary, out);
        infoTypes(summary, out);

        List<FileReport> riskiest = new ArrayList<>();
        NotReadWhole notClean = new NotReadWhole(NOT_CLEAN_SHOWN);
        for (FileReport file : riskiestFirst) {
            notClean.offer(file);
            if (riskiest.size() < topFiles && (file.risk() > 0 || !file.findings().isEmpty())) riskiest.add(file);
        }
        riskiestFiles(riskiest, out);
        notClean(notClean, summary, out);
        out.println();
        out.println(ScanVerdict.of(summary).explain(summary));
        out.flush();
    }

    private static void header(ScanSummary s, PrintStream out) {
        out.println("Custodian scan " + s.scanId() + " of " + Units.displaySafe(String.join(", ", s.roots()))
                + " (findings " + s.threshold().name() + " and above)");
        ScanSummary.FileCounts f = s.files();
        out.println("Files: " + Units.count(f.seen()) + " seen, " + Units.count(f.scanned()) + " scanned, "
                + Units.count(f.unchanged()) + " unchanged, " + Units.count(f.partial()) + " partly scanned, "
                + Units.count(f.skipped()) + " skipped; " + Units.bytes(s.bytes()) + " read");
    }

    private static void infoTypes(ScanSummary s, PrintStream out) {
        out.println();
        if (s.findingsByType().isEmpty()) {
            out.println("No findings at or above " + s.threshold().name() + ".");
            return;
        }
        out.println(String.format(Locale.ROOT, "%-" + TYPE_WIDTH + "s %12s", "infoType", "findings"));
        for (Map.Entry<InfoType, Long> e : InfoTypeCounts.sorted(s.findingsByType())) {
            out.println(String.format(Locale.ROOT, "%-" + TYPE_WIDTH + "s %12s",
                    Units.elideMiddle(e.getKey().name(), TYPE_WIDTH), Units.count(e.getValue())));
        }
        out.println(String.format(Locale.ROOT, "%-" + TYPE_WIDTH + "s %12s", "total", Units.count(s.totalFindings())));
    }

    private static void riskiestFiles(List<FileReport> files, PrintStream out) {
        if (files.isEmpty()) return;
        out.println();
        String row = "%-" + PATH_WIDTH + "s %4s %9s  %-9s %-" + TOP_TYPES_WIDTH + "s %s";
        out.println(String.format(Locale.ROOT, row, "Riskiest files", "risk", "findings", "status", "top infoTypes", "exposures"));
        for (FileReport f : files) {
            List<String> top = new ArrayList<>();
            for (Map.Entry<InfoType, Long> e : InfoTypeCounts.of(f.findings())) {
                if (top.size() == 3) break;
                top.add(e.getKey().name() + " " + Units.count(e.getValue()));
            }
            List<String> exposures = new ArrayList<>();
            for (FileReport.ReportedExposure e : f.exposures()) exposures.add(e.kind());
            out.println(String.format(Locale.ROOT, row, shown(f.path()), f.risk(),
                    Units.count(f.findings().size()), f.status(), cut(String.join(", ", top), TOP_TYPES_WIDTH),
                    exposures.isEmpty() ? "-" : Units.displaySafe(String.join(", ", exposures))).stripTrailing());
        }
    }

    private static void notClean(NotReadWhole notClean, ScanSummary s, PrintStream out) {
        long total = Math.max(notClean.total(), s.files().notReadWhole());
        if (total == 0) return;
        out.println();
        out.println("NOT clean, not read whole: " + Units.count(total) + " file(s)");
        for (NotReadWhole.Entry e : notClean.kept()) {
            String why = e.reasons().isEmpty() ? "no reason recorded" : String.join("; ", e.reasons());
            out.println(String.format(Locale.ROOT, "  %-8s %-" + PATH_WIDTH + "s %s", e.status().code(),
                    shown(e.path()), Units.displaySafe(why)));
        }
        long more = total - notClean.kept().size();
        if (more > 0) out.println("  ... and " + Units.count(more) + " more (--format json or csv lists every file)");
    }

    private static String shown(String path) {
        return Units.elideMiddle(Units.displaySafe(path), PATH_WIDTH);
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
