package org.custodian.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The report formats by the names {@code --format} takes. */
public final class ReportFormats {
    private static final Map<String, Supplier<ReportWriter>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("json", JsonReportWriter::new);
        FORMATS.put("csv", CsvReportWriter::new);
        FORMATS.put("sarif", SarifReportWriter::new);
        FORMATS.put("html", HtmlReportWriter::new);
    }

    private ReportFormats() {
    }

    /** json, csv, sarif, html. */
    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    /** A new writer for the named format (case-insensitive). */
    public static ReportWriter forName(String name) {
        Supplier<ReportWriter> format = name == null ? null : FORMATS.get(name.toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new IllegalArgumentException("unknown report format '" + name + "'; valid formats: " + String.join(", ", names()));
        }
        return format.get();
    }
}
