package org.custodian.cli.progress;

import org.custodian.scan.FileOutcome;
import org.custodian.scan.ScanListener;

/** Feeds a scan's events to a {@link ProgressReporter}; as thread-safe as the reporter. */
public final class ScanProgress implements ScanListener {
    private final ProgressReporter reporter;

    public ScanProgress(ProgressReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public void discovered(long files, long bytes) {
        reporter.discovered(files, bytes);
    }

    @Override
    public void fileDone(FileOutcome outcome) {
        reporter.fileDone(outcome.bytes());
    }
}
