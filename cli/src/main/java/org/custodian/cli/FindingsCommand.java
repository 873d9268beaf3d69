package org.custodian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.custodian.engine.Likelihood;
import org.custodian.report.FileReport;
import org.custodian.report.ReportedFinding;
import org.custodian.scan.ScanReports;
import org.custodian.scan.Triage;
import org.custodian.store.Store;
import org.custodian.store.findings.Findings;
import org.custodian.store.findings.ScanRun;
import org.custodian.store.findings.ScanRuns;
import org.custodian.store.findings.StoredFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "findings", mixinStandardHelpOptions = true,
        description = {"Stored findings: list them, triage them (false positive, accepted risk, remediated),",
            "purge old scan data. Every decision is recorded, with its reason, in the audit trail."},
        subcommands = {FindingsCommand.ListFindings.class, FindingsCommand.TriageFinding.class, FindingsCommand.Purge.class})
final class FindingsCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Findings of a scan (default: the latest), riskiest files first; masked, never raw.",
            footer = {"", "Exit codes: 0 listed, 2 no such scan / database error."})
    static final class ListFindings implements Callable<Integer> {
        @ParentCommand
        FindingsCommand parent;

        @Mixin
        StoreAccess access;

        @Option(names = "--scan", paramLabel = "ID", description = "Scan run id (default: the latest).")
        Long scanId;

        @Option(names = "--status", paramLabel = "STATUS", split = ",",
                description = "Only these triage statuses: open, false_positive, accepted_risk, remediated.")
        Set<String> statuses = Set.of();

        @Option(names = "--json", description = "One JSON object per line.")
        boolean json;

        @Override
        public Integer call() {
            for (String s : statuses) requireStatus(s);
            PrintStream out = parent.root.env().out();
            try (Store store = access.open(parent.root)) {
                ScanRuns runs = new ScanRuns(store);
                ScanRun run = (scanId == null ? runs.latest() : runs.get(scanId))
                        .orElseThrow(() -> new UserError(scanId == null ? "no scan yet (run: custodian scan PATH)" : "no scan " + scanId));
                ObjectMapper mapper = new ObjectMapper();
                if (!json) out.printf("%-8s %-30s %-12s %-8s %-22s %-15s %s%n",
                        "id", "infoType", "likelihood", "line", "masked", "triage", "path");
                for (FileReport file : new ScanReports(store).files(run.id(), Likelihood.VERY_UNLIKELY)) {
                    for (ReportedFinding f : file.findings()) {
                        if (!statuses.isEmpty() && !statuses.contains(f.triage())) continue;
                        if (json) {
                            ObjectNode o = mapper.createObjectNode();
                            o.put("id", f.id()).put("scan", run.id()).put("path", f.path())
                                    .put("infoType", f.infoType().name()).put("likelihood", f.likelihood().name())
                                    .put("line", f.line()).put("column", f.column()).put("masked", f.masked())
                                    .put("triage", f.triage());
                            out.println(o);
                        } else {
                            out.printf("%-8d %-30s %-12s %-8d %-22s %-15s %s%n", f.id(), f.infoType(), f.likelihood(),
                                    f.line(), f.masked(), f.triage(), f.path());
                        }
                    }
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "triage", mixinStandardHelpOptions = true,
            description = {"Record a decision on a finding, with its reason. It survives re-scans. A false positive",
                "with --allow-list also puts the value's keyed hash on the allow-list, so later scans",
                "suppress the same value everywhere."},
            footer = {"", "Exit codes: 0 recorded, 2 no such finding / no reason / bad status, 4 key problem."})
    static final class TriageFinding implements Callable<Integer> {
        @ParentCommand
        FindingsCommand parent;

        @Mixin
        StoreAccess access;

        @Parameters(index = "0", paramLabel = "ID", description = "Finding id (custodian findings list).")
        long id;

        @Option(names = "--status", required = true, paramLabel = "STATUS",
                description = "false_positive, accepted_risk, remediated or open.")
        String status;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; kept in the audit trail.")
        String reason;

        @Option(names = "--allow-list", description = "With false_positive: allow-list the value's keyed hash.")
        boolean allowList;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration whose roles section names your role.")
        Path config;

        @Override
        public Integer call() {
            String s = requireStatus(status);
            if (allowList && !s.equals(Findings.FALSE_POSITIVE)) {
                throw new UserError("--allow-list goes with --status false_positive only");
            }
            CustodianCommand root = parent.root;
            try (Store store = access.open(root)) {
                Triage triage = new Triage(store, StoreAccess.auditTrail(root, store));
                var actor = StoreAccess.actor(root, config);
                StoredFinding f;
                try {
                    f = s.equals(Findings.FALSE_POSITIVE)
                            ? triage.falsePositive(id, reason, allowList, actor)
                            : triage.set(id, s, reason, actor);
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage());
                }
                root.env().out().println("finding " + f.id() + " (" + f.infoType() + " " + f.masked() + "): " + f.triage()
                        + (allowList ? "; its value is allow-listed" : ""));
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = {"Remove Custodian's own scan data older than PERIOD: old scan runs, and files (with",
                "their findings) that scans no longer find. Recorded in the audit trail."},
            footer = {"", "Exit codes: 0 done, 2 bad period / database error, 4 key problem."})
    static final class Purge implements Callable<Integer> {
        @ParentCommand
        FindingsCommand parent;

        @Mixin
        StoreAccess access;

        @Option(names = "--older-than", required = true, paramLabel = "PERIOD", description = "e.g. 1y, 6m, 90d.")
        String olderThan;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration whose roles section names your role.")
        Path config;

        @Override
        public Integer call() {
            Period period = Retention.parse("--older-than", olderThan);
            Duration age = Retention.lengthUntilToday(period);
            CustodianCommand root = parent.root;
            try (Store store = access.open(root)) {
                var purged = new Triage(store, StoreAccess.auditTrail(root, store)).purge(age, StoreAccess.actor(root, config));
                root.env().out().println("purged " + purged.runs() + " scan run(s), " + purged.files() + " file record(s), "
                        + purged.findings() + " finding(s) older than " + olderThan);
                return ExitCodes.OK;
            }
        }
    }

    private static String requireStatus(String status) {
        String s = status.toLowerCase(Locale.ROOT).replace('-', '_');
        if (!Findings.TRIAGE_STATUSES.contains(s)) {
            throw new UserError("triage status is one of open, false_positive, accepted_risk, remediated: " + status);
        }
        return s;
    }
}
