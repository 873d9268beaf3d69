package org.custodian.cli;

import java.util.concurrent.Callable;
import org.custodian.keys.KeyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: holds the process environment every subcommand reaches through it. */
@Command(name = "custodian",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Custodian: find personal data in text, with keyed hashes instead of raw values.",
        subcommands = {
            InitCommand.class,
            KeyCommand.class,
            DetectCommand.class,
            HashCommand.class,
            DetectorsCommand.class,
            AuditCommand.class,
            ExposuresCommand.class
        },
        footer = {"",
            "Exit codes (docs/cli.md):",
            "  0  success; detect: no findings at or above the threshold; audit verify: intact",
            "  1  detect: findings; audit verify: chain broken",
            "  2  usage error, unreadable input, other failure",
            "  3  reserved: incomplete scan",
            "  4  installation key missing, unsafe, in the way of an import, or not unwrapped"})
public final class CustodianCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Spec
    CommandSpec spec;

    CustodianCommand(CliEnvironment env) {
        this.env = env;
    }

    CliEnvironment env() {
        return env;
    }

    /** The one place commands get the key store from; the home comes from $CUSTODIAN_HOME. */
    KeyStore keyStore() {
        return new KeyStore(KeyStore.homeFrom(env.env()));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.ERROR;
    }
}
