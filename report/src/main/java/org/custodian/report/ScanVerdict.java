package org.custodian.report;

/**
 * What a scan's outcome means for a pipeline, with the process exit code the command line gives it
 * (docs/cli.md). Incomplete wins over findings, as an error wins over a match in grep: a pipeline
 * must never take a scan that did not read everything for a complete answer.
 */
public enum ScanVerdict {
    NOTHING_FOUND(0),
    FINDINGS(1),
    INCOMPLETE(3);

    private final int exitCode;

    ScanVerdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static ScanVerdict of(ScanSummary summary) {
        if (summary.files().notReadWhole() > 0) return INCOMPLETE;
        return summary.totalFindings() > 0 ? FINDINGS : NOTHING_FOUND;
    }

    /** One sentence for the end of a report: the exit code and why. */
    public String explain(ScanSummary summary) {
        String threshold = summary.threshold().name();
        long findings = summary.totalFindings();
        return switch (this) {
            case NOTHING_FOUND -> "Exit 0: nothing at or above " + threshold + " in the files read; every file was read whole.";
            case FINDINGS -> "Exit 1: " + Units.count(findings) + " finding" + (findings == 1 ? "" : "s")
                    + " at or above " + threshold + "; every file was read whole.";
            case INCOMPLETE -> "Exit 3: incomplete, " + Units.count(summary.files().notReadWhole())
                    + " file(s) partly scanned or skipped are NOT known to be clean"
                    + (findings > 0 ? "; " + Units.count(findings) + " finding(s) at or above " + threshold + " as well." : ".");
        };
    }
}
