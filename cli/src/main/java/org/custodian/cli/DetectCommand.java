package org.custodian.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.ValueHasher;
import org.custodian.engine.json.FindingJson;
import org.custodian.keys.KeyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Find personal data in a file or stdin; print JSON lines.",
            "Reads UTF-8 text from FILE or standard input and prints one finding per line",
            "(docs/schema/finding-v1.json). Raw values are never printed unless --reveal.",
            "Keyed hashes are included (machine output) when a key exists, unless --no-hash."},
        footer = {"", "Exit codes: 0 no findings at or above the threshold, 1 findings, 2 error, 4 key problem."})
final class DetectCommand implements Callable<Integer> {
    @ParentCommand
    CustodianCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "Text to scan; `-` or nothing reads standard input.")
    String input;

    @Option(names = "--min-likelihood", paramLabel = "LEVEL",
            description = {"Report findings at or above LEVEL: ${COMPLETION-CANDIDATES}",
                "(default: LIKELY, or detection.minLikelihood of --config)."})
    Likelihood minLikelihood;

    @Option(names = "--info-types", split = ",", paramLabel = "TYPE",
            description = "Only these infoTypes, comma-separated (see `custodian detectors`).")
    List<String> infoTypes = List.of();

    @Option(names = "--config", paramLabel = "FILE", description = "Custodian YAML configuration (custom detectors, rules).")
    Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the JSON lines to FILE instead of standard output.")
    Path output;

    @Option(names = "--reveal", description = "Show raw values as a human-readable list, on a terminal only"
            + " (refused when standard output is a file or pipe, and with --output).")
    boolean reveal;

    @Option(names = "--no-hash", description = "Leave keyed hashes out (the key is then not even read).")
    boolean noHash;

    @Option(names = "--with-hash", description = "Require keyed hashes: fail (exit 4) instead of warning when there is no key.")
    boolean withHash;

    @Override
    public Integer call() throws IOException {
        CliEnvironment env = root.env();
        checkOptions(env);
        Set<InfoType> only = new LinkedHashSet<>();
        for (String t : infoTypes) only.add(InfoTypeNames.parse(t));
        Engine engine = EngineAssembly.build(config, minLikelihood, only, hasher(env));

        long[] count = {0};
        boolean streaming = input.equals("-") && output == null;
        try (InputStream in = open(env); Writer out = writer(env)) {
            engine.scanUtf8(in, (finding, matched) -> {
                if (!only.isEmpty() && !only.contains(finding.infoType())) return;
                count[0]++;
                try {
                    if (reveal) writeRevealed(finding, matched, out);
                    else writeJson(finding, out);
                    // stdin may be a live stream (tail -f log | custodian detect): each finding
                    // goes out at once; a file is written in large blocks
                    if (streaming) out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (output != null) {
            env.err().println("custodian detect: " + count[0] + " finding(s) written to " + output);
        }
        return count[0] > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void checkOptions(CliEnvironment env) {
        if (noHash && withHash) throw new UserError("--no-hash and --with-hash contradict each other");
        if (reveal && output != null) {
            throw new UserError("--reveal prints raw values to the terminal only, never to --output");
        }
        if (reveal && !env.stdoutIsTerminal()) {
            throw new UserError("refusing --reveal: standard output is not a terminal (raw values must not"
                    + " reach files or pipes)");
        }
    }

    /** Hashes are machine output and on by default; no key is a note unless --with-hash. */
    private ValueHasher hasher(CliEnvironment env) {
        if (noHash || reveal) return null; // the human listing shows no hashes: nothing to compute
        KeyStore store = root.keyStore();
        if (!store.hasKey() && !withHash) {
            env.err().println("custodian detect: note: no installation key in " + store.home()
                    + " (run `custodian init`); findings carry no hash");
            return null;
        }
        return store.load().hasher(); // refuses (exit 4) a missing key with --with-hash, or an unsafe one
    }

    private InputStream open(CliEnvironment env) throws IOException {
        if (input.equals("-")) return env.in();
        Path file = Path.of(input);
        if (Files.isDirectory(file)) throw new UserError(input + " is a directory; detect reads one file");
        return Files.newInputStream(file);
    }

    private Writer writer(CliEnvironment env) throws IOException {
        if (output != null) return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        // standard output stays open after detect: the wrapper only flushes on close
        return new BufferedWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), 1 << 16) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private void writeJson(Finding f, Writer out) throws IOException {
        FindingJson.write(f, !noHash, out);
        out.write('\n');
    }

    /** line:column, type, likelihood, then the raw value with control characters made visible-safe. */
    private static void writeRevealed(Finding f, CharSequence raw, Writer out) throws IOException {
        out.write(f.location().line() + ":" + f.location().column() + "\t" + f.infoType() + "\t"
                + f.likelihood() + "\t");
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            out.write(Character.isISOControl(c) ? ' ' : c);
        }
        out.write('\n');
    }
}
