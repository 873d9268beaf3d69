package org.custodian.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes one report format. Files arrive riskiest first and are written as they come, so a report
 * over a large tree never needs every finding in memory.
 */
public interface ReportWriter {
    void write(ScanSummary summary, Iterable<FileReport> files, Writer out) throws IOException;
}
