package org.custodian.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.KeyedHash;
import org.custodian.engine.Likelihood;
import org.custodian.engine.ValueHasher;
import org.custodian.keys.InstallationKey;
import org.custodian.keys.KeyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "hash", mixinStandardHelpOptions = true,
        description = {"Print the keyed hash of one value read from stdin.",
            "The value is never taken from the command line, which shell history keeps.",
            "For example, for an allow-list:",
            "  printf '%%s' '943 476 5919' | custodian hash --info-type UK_NHS_NUMBER",
            "On a terminal the value is asked for without echo.",
            "The value is put in its canonical form first, so any spelling of it",
            "gives the hash a scan would give."})
final class HashCommand implements Callable<Integer> {
    /** One value, not a file: anything longer is a mistake (a file piped in by accident). */
    private static final int MAX_VALUE_BYTES = 4096;

    @ParentCommand
    CustodianCommand root;

    @Option(names = "--info-type", required = true, paramLabel = "TYPE", description = "The infoType of the value, e.g. UK_NHS_NUMBER.")
    String infoType;

    @Option(names = "--key-id", paramLabel = "ID", description = "Hash with this retired key (after `key rotate`) instead of the current one.")
    String keyId;

    @Override
    public Integer call() throws IOException {
        CliEnvironment env = root.env();
        InfoType type = InfoTypeNames.parse(infoType);
        KeyStore store = root.keyStore();
        InstallationKey key = keyId == null ? store.load() : store.loadRetired(keyId);
        String value = readValue(env);
        env.out().println(hash(type, value, key.hasher()).encoded());
        return ExitCodes.OK;
    }

    /**
     * The hash a scan would give: where a detector recognises the whole value, its canonical form
     * (E.164 phones, ISO dates) is used; otherwise {@code Canonical.of}.
     */
    static KeyedHash hash(InfoType type, String value, ValueHasher hasher) {
        String trimmed = value.strip();
        boolean detectable = EngineAssembly.knownInfoTypes(EngineAssembly.detectors(null)).contains(type);
        if (detectable) {
            Engine engine = EngineAssembly.build(null, Likelihood.VERY_UNLIKELY, Set.of(type), hasher);
            List<Finding> found = engine.scan(trimmed);
            for (Finding f : found) {
                if (f.infoType().equals(type) && f.location().offset() == 0
                        && f.location().length() == trimmed.length()) {
                    return f.hash();
                }
            }
        }
        return hasher.hashRaw(type, trimmed);
    }

    private static String readValue(CliEnvironment env) throws IOException {
        String value;
        if (env.terminal() != null) {
            char[] typed = env.terminal().read("Value (not shown): ");
            value = typed == null ? "" : new String(typed);
        } else {
            value = readOneValue(env.in());
        }
        if (value.isBlank()) throw new UserError("no value on standard input");
        return value;
    }

    private static String readOneValue(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[1024];
        int n;
        while ((n = in.read(chunk)) > 0) {
            buf.write(chunk, 0, n);
            if (buf.size() > MAX_VALUE_BYTES) {
                throw new UserError("standard input is longer than " + MAX_VALUE_BYTES + " bytes: hash reads one value");
            }
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        if (text.endsWith("\r")) text = text.substring(0, text.length() - 1);
        if (text.indexOf('\n') >= 0) {
            throw new UserError("standard input has more than one line: hash reads one value per call");
        }
        return text;
    }
}
