package org.custodian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.custodian.store.Store;
import org.custodian.store.exposure.Exposure;
import org.custodian.store.exposure.ExposureStatus;
import org.custodian.store.exposure.JdbcExposureRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "exposures", mixinStandardHelpOptions = true,
        description = {"The exposure register: personal data others can reach, or kept too long",
            "(docs/exposure.md). Scans fill it; people accept or remediate with a reason."},
        subcommands = {ExposuresCommand.ListExposures.class, ExposuresCommand.SetStatus.class})
final class ExposuresCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Exposures, riskiest first.",
            footer = {"", "Exit codes: 0 ok, 2 error."})
    static final class ListExposures implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper();

        @ParentCommand
        ExposuresCommand exposures;

        @Mixin
        StoreAccess access;

        @Option(names = "--status", split = ",", paramLabel = "STATUS",
                description = "Only these statuses: ${COMPLETION-CANDIDATES} (default: all).")
        Set<ExposureStatus> statuses = EnumSet.noneOf(ExposureStatus.class);

        @Option(names = "--json", description = "One JSON object per line.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            CustodianCommand root = exposures.root;
            try (Store store = access.open(root)) {
                // listing changes nothing, so it needs no audit key: the register gets no trail
                List<Exposure> list = new JdbcExposureRegister(store, ReadOnly.TRAIL).list(statuses);
                PrintStream out = root.env().out();
                if (json) {
                    for (Exposure e : list) out.println(json(e));
                } else if (list.isEmpty()) {
                    root.env().err().println("no exposures" + (statuses.isEmpty() ? "" : " with status " + statuses));
                } else {
                    out.printf("%-6s %-10s %4s %4s  %-14s %-20s %s%n", "ID", "STATUS", "RISK", "SENS", "KIND",
                            "LAST SEEN", "LOCATION — REASON");
                    for (Exposure e : list) {
                        out.printf("%-6d %-10s %4d %4d  %-14s %-20s %s — %s%n", e.id(), e.status(), e.risk(),
                                e.sensitivity(), e.kind(), e.lastSeen().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                                e.location(), e.reason());
                    }
                }
                return ExitCodes.OK;
            }
        }

        private static String json(Exposure e) throws IOException {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", e.id());
            o.put("kind", e.kind().name());
            o.put("location", e.location());
            o.put("reason", e.reason());
            o.put("sensitivity", e.sensitivity());
            o.put("risk", e.risk());
            o.put("firstSeen", e.firstSeen().toString());
            o.put("lastSeen", e.lastSeen().toString());
            o.put("status", e.status().name());
            return JSON.writeValueAsString(o);
        }
    }

    /** What a person may decide; GONE is the scans' to set. */
    enum Decision {
        ACCEPTED(ExposureStatus.ACCEPTED), REMEDIATED(ExposureStatus.REMEDIATED), OPEN(ExposureStatus.OPEN);

        final ExposureStatus status;

        Decision(ExposureStatus status) {
            this.status = status;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Record a decision on one exposure, with the reason, in the audit trail:",
                "accepted (a known, tolerated risk), remediated (fixed; a scan that sees it again",
                "reopens it) or open (undo a decision). Acts as the OS user, in the role --config",
                "(or $CUSTODIAN_HOME/custodian.yaml) gives them."},
            footer = {"", "Exit codes: 0 recorded, 2 error (no such exposure, no reason), 4 key problem."})
    static final class SetStatus implements Callable<Integer> {
        @ParentCommand
        ExposuresCommand exposures;

        @Mixin
        StoreAccess access;

        @Parameters(index = "0", paramLabel = "ID", description = "The exposure's id (`exposures list`).")
        long id;

        @Option(names = "--status", required = true, paramLabel = "STATUS",
                description = "${COMPLETION-CANDIDATES}")
        Decision decision;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; kept in the audit trail.")
        String reason;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration with the roles section.")
        Path config;

        @Override
        public Integer call() {
            if (reason.isBlank()) throw new UserError("--reason must say why");
            CustodianCommand root = exposures.root;
            try (Store store = access.open(root)) {
                var actor = StoreAccess.actor(root, config);
                JdbcExposureRegister register = new JdbcExposureRegister(store, StoreAccess.auditTrail(root, store));
                if (register.find(id).isEmpty()) throw new UserError("no exposure " + id + " (see: custodian exposures list)");
                Exposure e = register.setStatus(id, decision.status, reason, actor);
                root.env().out().println("exposure " + e.id() + " (" + e.kind() + " " + e.location() + ") is now "
                        + e.status() + "; recorded as " + actor.name() + " (" + actor.role() + ")");
                return ExitCodes.OK;
            }
        }
    }

    /** A trail for read-only uses of the register, which never append. */
    private static final class ReadOnly {
        static final org.custodian.store.audit.AuditTrail TRAIL = (actor, action, subject, details) -> {
            throw new IllegalStateException("a read-only register appended to the audit trail");
        };
    }
}
