package org.custodian.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.custodian.cli.progress.ProgressReporter;
import org.custodian.cli.progress.ScanProgress;
import org.custodian.config.CustodianConfig;
import org.custodian.engine.Engine;
import org.custodian.engine.Likelihood;
import org.custodian.extract.TikaExtractor;
import org.custodian.keys.InstallationKey;
import org.custodian.report.ReportFormats;
import org.custodian.report.ReportWriter;
import org.custodian.report.ScanSummary;
import org.custodian.report.ScanVerdict;
import org.custodian.report.SummaryTable;
import org.custodian.scan.FileScan;
import org.custodian.scan.ScanOutcome;
import org.custodian.scan.ScanReports;
import org.custodian.scan.ScanRequest;
import org.custodian.scan.Triage;
import org.custodian.store.Store;
import org.custodian.store.actor.Actor;
import org.custodian.store.audit.JdbcAuditTrail;
import org.custodian.store.findings.ScanRuns;
import org.custodian.store.exposure.JdbcExposureRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Scan files and directories for personal data; store and report the results.",
            "Walks each PATH (links are not followed), extracts text with Apache Tika (Office, PDF, e-mail,",
            "archives, recursively: members are named outer.zip!/inner.docx), runs the detectors, stores",
            "findings (masked evidence and keyed hashes, never values) and file exposures, and prints a",
            "summary. Unchanged files are not read again; an interrupted scan continues with --resume."},
        footer = {"", "Exit codes: 0 nothing at or above the threshold and every file read whole,",
            "1 findings, 2 error, 3 incomplete (some files only partly scanned or skipped; wins over 1),",
            "4 key problem."})
final class ScanCommand implements Callable<Integer> {
    @ParentCommand
    CustodianCommand root;

    @Mixin
    StoreAccess access;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and directories to scan.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"Also write a report: json, csv, sarif or html (docs/reports.md)."})
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the --format report to FILE (default: standard output, and no summary table).")
    Path output;

    @Option(names = "--min-likelihood", paramLabel = "LEVEL",
            description = {"Store and report findings at or above LEVEL: ${COMPLETION-CANDIDATES}",
                "(default: LIKELY, or detection.minLikelihood of --config)."})
    Likelihood minLikelihood;

    @Option(names = "--retention", paramLabel = "PERIOD",
            description = {"Files holding personal data not modified for longer than this are STALE",
                "exposures: 6y, 18m, 90d, 2w, or ISO-8601 (P6Y) (default: retention.staleAfter of the",
                "configuration)."})
    String retention;

    @Option(names = "--resume", description = "Continue the newest unfinished scan of the same paths.")
    boolean resume;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--config", paramLabel = "FILE", description = "Custodian YAML configuration (detectors, roles).")
    Path config;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many of the riskiest files the summary lists (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--no-progress", description = "No progress display.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        CliEnvironment env = root.env();
        ReportWriter report = format == null ? null : reportWriter(format);
        if (output != null && report == null) throw new UserError("--output needs --format (json, csv, sarif or html)");
        // read once: detection from --config (else the built-in default), roles and retention from
        // --config else the home's custodian.yaml
        CustodianConfig detection = EngineAssembly.load(config);
        CustodianConfig settings = config != null ? detection : StoreAccess.settings(root, null);
        Period staleAfter = retention != null ? Retention.parse("--retention", retention) : settings.retention().staleAfter();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new UserError("no such file or directory: " + p);
        }
        Likelihood threshold = minLikelihood != null ? minLikelihood : EngineAssembly.threshold(detection);
        InstallationKey key = root.keyStore().load(); // findings carry keyed hashes: exit 4 without a key
        Engine engine = EngineAssembly.buildFrom(detection, threshold, Set.of(), key.hasher());
        String fingerprint = EngineFingerprint.of(detection, threshold);

        try (Store store = access.open(root)) {
            JdbcAuditTrail audit = StoreAccess.auditTrail(root, store);
            var actor = StoreAccess.actor(settings);
            Period keepScanData = settings.retention().scanData();
            recordDetectionChange(store, audit, actor, fingerprint);
            var scan = new FileScan(store, engine, new TikaExtractor(), audit, new JdbcExposureRegister(store, audit),
                    actor, fingerprint);
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            if (workers < 1) throw new UserError("--threads must be at least 1");
            var request = new ScanRequest(paths, threshold, staleAfter, resume, workers);

            ProgressReporter progress = noProgress ? null : ProgressReporter.forStream(env.err(), env.stderrIsTerminal());
            ScanOutcome outcome;
            try {
                outcome = scan.run(request, progress == null ? org.custodian.scan.ScanListener.NONE : new ScanProgress(progress));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            } finally {
                if (progress != null) progress.finish();
            }

            if (keepScanData != null) purgeOldScanData(store, audit, actor, keepScanData, env);
            ScanReports reports = new ScanReports(store);
            ScanSummary summary = reports.summary(outcome.scanId());
            boolean reportOnStdout = report != null && output == null;
            if (!reportOnStdout) SummaryTable.write(summary, reports.files(outcome.scanId(), threshold), env.out(), top);
            if (report != null) writeReport(report, summary, reports, outcome.scanId(), threshold, env);
            return ScanVerdict.of(summary).exitCode();
        }
    }

    /**
     * Findings depend on the engine build, the detection configuration and the threshold: a scan
     * under other ones than the last scan's is a configuration change, and the trail says so.
     */
    private static void recordDetectionChange(Store store, JdbcAuditTrail audit, Actor actor, String fingerprint) {
        new ScanRuns(store).latest()
                .filter(last -> !last.engineFingerprint().equals(fingerprint))
                .ifPresent(last -> audit.append(actor, "config.change", "detection", Map.of(
                        "from", last.engineFingerprint(), "to", fingerprint, "lastScan", Long.toString(last.id()))));
    }

    /** retention.scanData: Custodian keeps its own records no longer than the user's policy says. */
    private static void purgeOldScanData(Store store, JdbcAuditTrail audit, Actor actor, Period keep, CliEnvironment env) {
        Duration age = Retention.lengthUntilToday(keep);
        var purged = new Triage(store, audit).purge(age, actor);
        if (purged.runs() + purged.files() + purged.findings() > 0) {
            env.err().println("custodian scan: retention.scanData " + keep + ": purged " + purged.runs() + " old scan run(s), "
                    + purged.files() + " file record(s), " + purged.findings() + " finding(s)");
        }
    }

    private static ReportWriter reportWriter(String name) {
        try {
            return ReportFormats.forName(name);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void writeReport(ReportWriter writer, ScanSummary summary, ScanReports reports, long scanId,
                             Likelihood threshold, CliEnvironment env) throws IOException {
        if (output != null) {
            // written beside the target and moved into place: a report cut short by an error must
            // not be left where it looks complete
            Path target = output.toAbsolutePath();
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            try {
                try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    writer.write(summary, reports.files(scanId, threshold), out);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            env.err().println("custodian scan: " + format + " report written to " + output);
            return;
        }
        PrintStream stdout = env.out();
        Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
        writer.write(summary, reports.files(scanId, threshold), out);
        out.flush();
    }
}
