package org.custodian.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where a key-export passphrase comes from, in this order: {@code --passphrase-file} (first line),
 * the {@code CUSTODIAN_KEY_PASSPHRASE} environment variable (automation), the terminal without echo.
 * Never from the command line itself, where it would land in shell history and {@code ps}.
 */
final class Passphrases {
    static final String ENV = "CUSTODIAN_KEY_PASSPHRASE";

    private Passphrases() {
    }

    static char[] obtain(CliEnvironment env, Path file, boolean confirm) {
        if (file != null) return fromFile(file);
        String fromEnv = env.env().get(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) return fromEnv.toCharArray();
        if (env.terminal() == null) {
            throw new UserError("no passphrase: give --passphrase-file FILE or set " + ENV
                    + " (there is no terminal to ask on)");
        }
        char[] first = env.terminal().read("Passphrase: ");
        if (first == null || first.length == 0) throw new UserError("no passphrase given");
        if (confirm) {
            char[] again = env.terminal().read("Passphrase again: ");
            boolean same = Arrays.equals(first, again);
            if (again != null) Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new UserError("the two passphrases differ");
            }
        }
        return first;
    }

    private static char[] fromFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isEmpty()) throw new UserError("the passphrase file " + file + " has an empty first line");
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the passphrase file " + file, e);
        }
    }
}
