package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./custodian} script against the packaged jar. Runs in the package phase (after
 * the jar and its lib/ exist), see cli/pom.xml; {@code mvn test} alone does not run it.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("..", "custodian").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()); // any cwd works
        pb.environment().put("CUSTODIAN_HOME", tmp.resolve("home").toString());
        Path out = tmp.resolve("stdout");
        Path err = tmp.resolve("stderr");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void launcherRunsTheJarFromAnyDirectory() throws Exception {
        Run help = run("", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("detect", "init", "key", "hash", "detectors");

        assertThat(run("", "init").exit()).isZero();
        Run detect = run("NHS number: 943 476 5919\n", "detect");
        assertThat(detect.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(detect.out()).contains("\"UK_NHS_NUMBER\"").contains("\"hash\":\"hmac-sha256:v1:")
                .doesNotContain("943 476 5919");

        // standard output is a file here, so the launcher tells the CLI it is not a terminal
        Run reveal = run("NHS number: 943 476 5919\n", "detect", "--reveal");
        assertThat(reveal.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(reveal.out()).doesNotContain("943 476 5919");
    }
}
