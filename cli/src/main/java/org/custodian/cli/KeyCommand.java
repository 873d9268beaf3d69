package org.custodian.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.custodian.keys.InstallationKey;
import org.custodian.keys.KeyEnvelope;
import org.custodian.keys.KeyStore;
import org.custodian.keys.KeyTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Show, export, import or rotate the installation key (docs/keys.md).",
        subcommands = {KeyCommand.Show.class, KeyCommand.Export.class, KeyCommand.Import.class, KeyCommand.Rotate.class})
final class KeyCommand extends CommandGroup {

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the key id and the key file's path (never the key).")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;

        @Override
        public Integer call() {
            KeyStore store = key.root.keyStore();
            InstallationKey k = store.load();
            var out = key.root.env().out();
            out.println("key id:  " + k.id());
            out.println("file:    " + k.file());
            List<String> retired = store.retiredKeyIds();
            if (!retired.isEmpty()) {
                out.println("retired: " + String.join(" ", retired) + " (in " + store.retiredDir() + ")");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the key wrapped with a passphrase to FILE (mode 0600).",
                "PBKDF2-HMAC-SHA256 (" + KeyEnvelope.MIN_ITERATIONS + " iterations) and AES-256-GCM.",
                "Passphrase: --passphrase-file, else $" + Passphrases.ENV + ", else asked twice on the terminal;",
                "at least " + KeyEnvelope.MIN_PASSPHRASE_LENGTH + " characters."})
    static final class Export implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write; never overwritten.")
        Path out;

        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from the first line of FILE.")
        Path passphraseFile;

        @Override
        public Integer call() {
            KeyStore store = key.root.keyStore();
            store.load(); // refuse an unsafe or missing key before asking for a passphrase
            char[] pass = Passphrases.obtain(key.root.env(), passphraseFile, true);
            if (pass.length < KeyEnvelope.MIN_PASSPHRASE_LENGTH) {
                Arrays.fill(pass, '\0');
                throw new UserError("the passphrase must be at least " + KeyEnvelope.MIN_PASSPHRASE_LENGTH
                        + " characters: it is all that protects the key in the exported file");
            }
            try {
                String id = KeyTransfer.export(store, out, pass);
                key.root.env().out().println("exported key " + id + " to " + out
                        + "; import it elsewhere with: custodian key import " + out.getFileName());
            } finally {
                Arrays.fill(pass, '\0');
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Install a key written by `key export`, after checking its key id.",
                "A different existing key is refused unless --replace (it is then kept under keys/retired/)."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--replace", description = "Replace a different existing key (retired, not deleted).")
        boolean replace;

        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from the first line of FILE.")
        Path passphraseFile;

        @Override
        public Integer call() {
            char[] pass = Passphrases.obtain(key.root.env(), passphraseFile, false);
            try {
                KeyTransfer.Imported r = KeyTransfer.importKey(key.root.keyStore(), file, pass, replace);
                var out = key.root.env().out();
                if (!r.changed()) {
                    out.println("key " + r.keyId() + " is already installed; nothing changed");
                } else {
                    out.println("imported key " + r.keyId()
                            + (r.retiredKeyId() == null ? "" : "; previous key " + r.retiredKeyId() + " retired"));
                }
            } finally {
                Arrays.fill(pass, '\0');
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = {"Make a new key and retire the old one (kept, not deleted).",
                "The old key stays under keys/retired/<id> so hashes made with it can still be checked",
                "(custodian hash --key-id) until data is re-fingerprinted (docs/keys.md)."})
    static final class Rotate implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;

        @Override
        public Integer call() {
            KeyStore store = key.root.keyStore();
            String old = store.load().id();
            InstallationKey fresh = store.rotate();
            var out = key.root.env().out();
            out.println("new key " + fresh.id() + "; key " + old + " retired to " + store.retiredDir().resolve(old));
            out.println("hashes made with " + old + " are now stale: re-fingerprint registered data, then delete the"
                    + " retired key (docs/keys.md)");
            return ExitCodes.OK;
        }
    }
}
