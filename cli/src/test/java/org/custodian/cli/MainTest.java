package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path home;

    @Test
    void helpListsEverySubcommandAndTheExitCodes() {
        CliRunner.Result r = new CliRunner(home).run("--help");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("init", "key", "detect", "hash", "detectors")
                .contains("Exit codes").contains("4  installation key");
    }

    @Test
    void versionComesFromTheBuild() {
        CliRunner.Result r = new CliRunner(home).run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("custodian ").doesNotContain("${project.version}");
    }

    @Test
    void noSubcommandOrAnUnknownOneIsAUsageError() {
        assertThat(new CliRunner(home).run().exit()).isEqualTo(ExitCodes.ERROR);
        CliRunner.Result r = new CliRunner(home).run("frobnicate");
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("frobnicate");
        assertThat(new CliRunner(home).run("key").exit()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anUnexpectedErrorNamesItsTypeButNeverEchoesItsMessage() {
        // a failure whose message quotes scanned text, as a parser's "For input string: ..." would
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("For input string: 9434765919");
            }
        };
        CliRunner.Result r = new CliRunner(home).stdin(failing).run("detect", "--no-hash");
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("internal error: java.lang.IllegalStateException").contains("CUSTODIAN_DEBUG")
                .doesNotContain("9434765919");

        CliRunner.Result debug = new CliRunner(home).env("CUSTODIAN_DEBUG", "1").stdin(failing).run("detect", "--no-hash");
        assertThat(debug.err()).contains("9434765919");
    }

    @Test
    void detectorsListsTheBuiltInPack() {
        CliRunner.Result r = new CliRunner(home).run("detectors");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("uk-nhs-number").contains("UK_NHS_NUMBER");
    }
}
