package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a real PostgreSQL 16 (embedded, on loopback) through --db. */
class ScanPostgresTest {
    @TempDir
    Path home;
    @TempDir
    Path share;

    @Test
    void scanTriageAndVerifyThroughDb() throws Exception {
        String db = TestDatabases.freshPostgresUrl();
        CliRunner cli = new CliRunner(home);
        assertThat(cli.run("init").exit()).isZero();
        Files.writeString(share.resolve("letter.txt"), "Patient NHS number 943 476 5919, DOB 01/02/1970.\n");

        CliRunner.Result scan = cli.run("scan", share.toString(), "--no-progress", "--db", db);
        assertThat(scan.exit()).as(scan.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(scan.out()).contains("UK_NHS_NUMBER", "1 scanned");
        assertThat(cli.run("scan", share.toString(), "--no-progress", "--db", db).out()).contains("1 unchanged");

        CliRunner.Result list = cli.run("findings", "list", "--json", "--db", db);
        assertThat(list.out()).contains("UK_NHS_NUMBER").doesNotContain("9434765919", "943 476 5919");
        assertThat(cli.run("audit", "verify", "--db", db).exit()).isZero();
        // nothing went to the embedded store
        assertThat(home.resolve("store")).doesNotExist();
    }
}
