package org.custodian.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * Everything a command takes from the process: environment variables, standard streams and the
 * terminal. Commands use only this, so tests run them in-process with a temporary
 * {@code CUSTODIAN_HOME}, captured output and a pretend terminal.
 *
 * @param env              environment variables ({@code CUSTODIAN_HOME}, {@code CUSTODIAN_KEY_PASSPHRASE})
 * @param in               standard input
 * @param out              standard output (findings, hashes)
 * @param err              standard error (notes and errors)
 * @param stdoutIsTerminal whether standard output is a terminal, the only place {@code --reveal} may print to
 * @param terminal         reads secrets without echo, or null when there is no interactive terminal
 */
public record CliEnvironment(
        Map<String, String> env,
        InputStream in,
        PrintStream out,
        PrintStream err,
        boolean stdoutIsTerminal,
        SecretPrompt terminal) {

    /** The launcher sets this to whether fd 1 is a terminal ({@code [ -t 1 ]}), see below. */
    static final String STDOUT_TTY_PROPERTY = "custodian.stdoutIsTerminal";

    /** Reads a line from the user without echoing it. */
    @FunctionalInterface
    public interface SecretPrompt {
        char[] read(String prompt);
    }

    /** The launcher sets this to whether fd 2 is a terminal: progress bars are drawn there. */
    static final String STDERR_TTY_PROPERTY = "custodian.stderrIsTerminal";

    /**
     * Whether standard error is a terminal that can take a redrawn progress line. Only the launcher
     * knows ({@code [ -t 2 ]}); in-process runs (tests, embedding) get quiet line-based progress.
     */
    public boolean stderrIsTerminal() {
        return err == System.err && Boolean.getBoolean(STDERR_TTY_PROPERTY);
    }

    public static CliEnvironment system() {
        Console console = System.console();
        // Java 17's System.console() is null unless stdin AND stdout are terminals, so
        // `cat f | custodian detect --reveal` would be refused; the launcher knows about stdout alone.
        boolean tty = console != null || Boolean.getBoolean(STDOUT_TTY_PROPERTY);
        SecretPrompt prompt = console == null ? null : p -> console.readPassword("%s", p);
        return new CliEnvironment(System.getenv(), System.in, System.out, System.err, tty, prompt);
    }
}
