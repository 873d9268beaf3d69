package org.custodian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.custodian.store.Store;
import org.custodian.store.audit.AuditCheckpoint;
import org.custodian.store.audit.AuditEntry;
import org.custodian.store.audit.AuditReport;
import org.custodian.store.audit.JdbcAuditTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The audit trail: every change to findings, registers and configuration,",
            "hash-chained with a key derived from the installation key (docs/audit.md)."},
        subcommands = {AuditCommand.Verify.class, AuditCommand.Checkpoint.class, AuditCommand.Log.class})
final class AuditCommand extends CommandGroup {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the whole chain: no entry edited, deleted, inserted or reordered, and the",
                "head row matching. With --checkpoint, also that the chain still holds the checkpoint's",
                "entry and was not cut off after it."},
            footer = {"", "Exit codes: 0 intact, 1 broken (the first broken seq and what is wrong are printed),",
                "2 error (database unreachable, unreadable checkpoint file), 4 key problem."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Mixin
        StoreAccess access;

        @Option(names = "--checkpoint", paramLabel = "FILE",
                description = "A checkpoint written by `audit checkpoint`, kept off this host.")
        Path checkpoint;

        @Override
        public Integer call() throws IOException {
            CustodianCommand root = audit.root;
            Optional<AuditCheckpoint> cp = Optional.empty();
            if (checkpoint != null) {
                try {
                    cp = Optional.of(AuditCheckpoint.read(checkpoint));
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage());
                }
            }
            try (Store store = access.open(root)) {
                AuditReport report = StoreAccess.verifier(root, store).verify(cp);
                PrintStream out = root.env().out();
                out.println(report.summary());
                if (!report.intact() && report.firstBrokenSeq() != null) {
                    out.println("entries before seq " + report.firstBrokenSeq() + " are intact; look from there"
                            + " (custodian audit log)");
                }
                return report.intact() ? ExitCodes.OK : ExitCodes.FINDINGS;
            }
        }
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true,
            description = {"Write the chain head (seq, hash, time, key id), MAC'd with the audit key, to FILE.",
                "Keep it away from this host: with it, `audit verify --checkpoint` detects a cut-off",
                "tail or a chain rewritten from the start. The chain is verified first; a broken chain",
                "gets no checkpoint."},
            footer = {"", "Exit codes: 0 written, 1 chain broken (nothing written), 2 error, 4 key problem."})
    static final class Checkpoint implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Mixin
        StoreAccess access;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Where to write the checkpoint (JSON).")
        Path output;

        @Override
        public Integer call() throws IOException {
            CustodianCommand root = audit.root;
            try (Store store = access.open(root)) {
                AuditReport report = StoreAccess.verifier(root, store).verify();
                if (!report.intact()) {
                    root.env().err().println("custodian audit checkpoint: not writing a checkpoint of a broken chain: "
                            + report.summary());
                    return ExitCodes.FINDINGS;
                }
                AuditCheckpoint cp = StoreAccess.auditTrail(root, store).checkpoint(report);
                cp.write(output);
                root.env().out().println("checkpoint of seq " + cp.seq() + " (hash " + cp.hash().substring(0, 16)
                        + "…, key " + cp.keyId() + ") written to " + output);
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true,
            description = {"Print the latest entries, oldest first, as stored (run `audit verify` to know",
                "they are genuine)."},
            footer = {"", "Exit codes: 0 ok, 2 error, 4 key problem."})
    static final class Log implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper();

        @ParentCommand
        AuditCommand audit;

        @Mixin
        StoreAccess access;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many of the latest entries (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "One JSON object per line.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            if (limit < 1) throw new UserError("--limit must be at least 1");
            CustodianCommand root = audit.root;
            try (Store store = access.open(root)) {
                JdbcAuditTrail trail = StoreAccess.auditTrail(root, store);
                List<AuditEntry> entries = trail.latest(limit);
                PrintStream out = root.env().out();
                for (AuditEntry e : entries) out.println(json ? json(e) : text(e));
                return ExitCodes.OK;
            }
        }

        private static String text(AuditEntry e) {
            StringBuilder b = new StringBuilder();
            b.append('#').append(e.seq()).append("  ").append(e.at()).append("  ")
                    .append(e.actorName()).append(" (").append(e.actorRole()).append(", ").append(e.actorChannel())
                    .append(")  ").append(e.action()).append("  ").append(e.subject());
            for (Map.Entry<String, String> d : new TreeMap<>(e.details()).entrySet()) {
                b.append("  ").append(d.getKey()).append('=').append(quoted(d.getValue()));
            }
            return b.toString();
        }

        /** Values with spaces or quotes are quoted so a line splits back into its fields. */
        private static String quoted(String v) {
            boolean plain = !v.isEmpty() && v.chars().noneMatch(c -> c == ' ' || c == '"' || c == '\\' || c < 0x20);
            if (plain) return v;
            StringBuilder b = new StringBuilder("\"");
            for (char c : v.toCharArray()) {
                if (c == '"' || c == '\\') b.append('\\').append(c);
                else if (c < 0x20) b.append(' ');
                else b.append(c);
            }
            return b.append('"').toString();
        }

        private static String json(AuditEntry e) throws IOException {
            ObjectNode o = JSON.createObjectNode();
            o.put("seq", e.seq());
            o.put("at", e.at().toString());
            ObjectNode actor = o.putObject("actor");
            actor.put("name", e.actorName());
            actor.put("role", e.actorRole());
            actor.put("channel", e.actorChannel());
            o.put("action", e.action());
            o.put("subject", e.subject());
            ObjectNode details = o.putObject("details");
            new TreeMap<>(e.details()).forEach(details::put);
            o.put("prevHash", e.prevHash());
            o.put("hash", e.hash());
            return JSON.writeValueAsString(o);
        }
    }
}
