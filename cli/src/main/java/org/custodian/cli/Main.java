package org.custodian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.custodian.keys.KeyException;
import org.custodian.store.StoreException;
import picocli.CommandLine;

/** Entry point of {@code ./custodian}: builds the command tree and maps failures to exit codes. */
public final class Main {
    static final String DEBUG_ENV = "CUSTODIAN_DEBUG";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(CliEnvironment.system(), args));
    }

    /** Runs one command line; tests call this with their own environment. */
    public static int run(CliEnvironment env, String... args) {
        CommandLine cli = new CommandLine(new CustodianCommand(env));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            int code = ExitCodes.ERROR;
            String message;
            if (e instanceof KeyException) {
                code = ExitCodes.KEY;
                message = e.getMessage();
            } else if (e instanceof UserError) {
                message = e.getMessage();
            } else if (e instanceof StoreException) {
                // the store holds masked evidence and hashes only, so its errors quote no raw value
                message = "database error: " + e.getMessage()
                        + ("scan".equals(commandLine.getCommandName()) ? " (continue this scan with --resume)" : "");
            } else if (e instanceof java.util.concurrent.CancellationException) {
                message = "interrupted" + ("scan".equals(commandLine.getCommandName()) ? "; continue with --resume" : "");
            } else if (e instanceof UncheckedIOException || e instanceof IOException) {
                Throwable io = e instanceof UncheckedIOException ? e.getCause() : e;
                message = (e.getMessage() == null ? "" : e.getMessage() + ": ") + describe(io);
            } else {
                // an unexpected exception's message may quote the text being scanned (a parser's
                // "For input string: ..."), so only its type and place are shown unless asked for
                StackTraceElement[] at = e.getStackTrace();
                message = "internal error: " + e.getClass().getName()
                        + (at.length > 0 ? " at " + at[0] : "")
                        + " (set " + DEBUG_ENV + "=1 for the full trace, which may quote scanned text)";
                if ("1".equals(env.env().get(DEBUG_ENV))) e.printStackTrace(err);
            }
            err.println("custodian " + commandLine.getCommandName() + ": " + message);
            err.flush();
            return code;
        });
        return cli.execute(args);
    }

    private static String describe(Throwable io) {
        if (io instanceof java.nio.file.NoSuchFileException) return "no such file: " + io.getMessage();
        if (io instanceof java.nio.file.AccessDeniedException) return "permission denied: " + io.getMessage();
        return String.valueOf(io);
    }
}
