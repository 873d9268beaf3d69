package org.custodian.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with a given $CUSTODIAN_HOME, standard input and terminal. */
final class CliRunner {
    record Result(int exit, String out, String err) {
        String[] lines() {
            return out.isEmpty() ? new String[0] : out.split("\n");
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private java.io.InputStream stdinStream;
    private boolean tty;
    private CliEnvironment.SecretPrompt terminal;

    CliRunner(Path home) {
        env.put("CUSTODIAN_HOME", home.toString());
    }

    CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    CliRunner stdin(java.io.InputStream in) {
        this.stdinStream = in;
        return this;
    }

    CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CliRunner terminal(CliEnvironment.SecretPrompt prompt) {
        this.tty = true;
        this.terminal = prompt;
        return this;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment e = new CliEnvironment(Map.copyOf(env),
                stdinStream != null ? stdinStream : new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                tty, terminal);
        int code = Main.run(e, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
