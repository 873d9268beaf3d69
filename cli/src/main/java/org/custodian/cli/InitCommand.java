package org.custodian.cli;

import java.util.concurrent.Callable;
import org.custodian.keys.InstallationKey;
import org.custodian.keys.KeyException;
import org.custodian.keys.KeyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create the installation key (the secret that keys every hash).",
            "32 random bytes in $CUSTODIAN_HOME (default ~/.custodian), mode 0600, home 0700.",
            "An existing key is never overwritten: init checks it and keeps it."})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    CustodianCommand root;

    @Option(names = "--force", description = {"Replace an existing key. DESTROYS the ability to match hashes",
        "made with the old key (use `key rotate` to keep it)."})
    boolean force;

    @Override
    public Integer call() {
        KeyStore store = root.keyStore();
        CliEnvironment env = root.env();
        if (store.hasKey() && !force) {
            // running init twice is harmless: the key is checked (exit 4 if unsafe) and kept
            InstallationKey existing = store.load();
            env.err().println("custodian init: installation key " + existing.id() + " already exists at "
                    + existing.file() + "; kept it (init --force would replace it and make every hash"
                    + " made with it unmatchable)");
            return ExitCodes.OK;
        }
        String previous = store.hasKey() ? previousId(store) : null;
        InstallationKey key = store.init(force);
        if (previous != null) {
            env.err().println("custodian init: replaced key " + previous
                    + "; hashes made with it can no longer be matched");
        }
        env.out().println("created installation key " + key.id() + " at " + key.file() + " (mode 0600)");
        return ExitCodes.OK;
    }

    /** The key being replaced; an unsafe one can still be replaced, that is the remedy for it. */
    private static String previousId(KeyStore store) {
        try {
            return store.load().id();
        } catch (KeyException e) {
            return "(unusable: " + e.getMessage() + ")";
        }
    }
}
