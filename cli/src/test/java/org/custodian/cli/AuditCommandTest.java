package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.custodian.keys.InstallationKey;
import org.custodian.keys.KeyStore;
import org.custodian.store.Store;
import org.custodian.store.exposure.Exposure;
import org.custodian.store.exposure.ExposureKind;
import org.custodian.store.exposure.JdbcExposureRegister;
import org.custodian.store.audit.JdbcAuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit and exposures commands against the embedded store of a temporary Custodian home. */
class AuditCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = System.getProperty("user.name");

    @TempDir
    Path tmp;
    private Path home;

    @BeforeEach
    void setUp() {
        home = tmp.resolve("home");
        assertThat(cli().run("init").exit()).isZero();
    }

    private CliRunner cli() {
        return new CliRunner(home);
    }

    private Store store() {
        return Store.open(Store.embeddedUrl(home));
    }

    /** Exposures a scan would have recorded, written through the same register the scan uses. */
    private long[] seedExposures() {
        try (Store store = store()) {
            InstallationKey key = new KeyStore(home).load();
            JdbcExposureRegister r = new JdbcExposureRegister(store, new JdbcAuditTrail(store, key.auditKey(), key.id()));
            Instant at = Instant.parse("2026-11-20T10:00:00Z");
            Exposure low = r.observe(ExposureKind.STALE, "/srv/share/old-minutes.docx", "older than 6 years", 20, at);
            Exposure high = r.observe(ExposureKind.WORLD_READABLE, "/srv/hr/payroll.xlsx", "mode 0644: any local user can read it", 90, at);
            return new long[] {low.id(), high.id()};
        }
    }

    private static void sql(Store store, String... statements) throws SQLException {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            for (String q : statements) s.execute(q);
        }
    }

    @Test
    void helpStatesTheExitCodesAndTheDecisionsAPersonMayRecord() {
        CliRunner.Result verify = cli().run("audit", "verify", "--help");
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains("Exit codes: 0 intact, 1 broken").contains("--checkpoint=FILE").contains("--db=URL");
        CliRunner.Result set = cli().run("exposures", "set", "--help");
        assertThat(set.out()).contains("ACCEPTED, REMEDIATED, OPEN").doesNotContain("GONE");
        assertThat(cli().run("--help").out()).contains("audit").contains("exposures");
    }

    @Test
    void anEmptyTrailVerifiesIntact() {
        CliRunner.Result r = cli().run("audit", "verify");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("intact: 0 entries, head seq 0");
    }

    @Test
    void aDecisionOnAnExposureIsRecordedAsTheOsUserWithTheConfiguredRole() throws Exception {
        long[] ids = seedExposures();
        Path config = tmp.resolve("custodian.yaml");
        Files.writeString(config, "version: 1\nroles:\n  users:\n    \"" + USER + "\": dpo\n");

        CliRunner.Result set = cli().run("exposures", "set", Long.toString(ids[1]), "--status", "accepted",
                "--reason", "payroll share, access reviewed", "--config", config.toString());
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("is now ACCEPTED").contains("recorded as " + USER + " (dpo)");

        CliRunner.Result log = cli().run("audit", "log", "--json");
        assertThat(log.exit()).isZero();
        JsonNode entry = JSON.readTree(log.lines()[0]);
        assertThat(entry.get("seq").asLong()).isEqualTo(1);
        assertThat(entry.get("action").asText()).isEqualTo("exposure.status");
        assertThat(entry.get("subject").asText()).isEqualTo("exposure:" + ids[1]);
        assertThat(entry.get("actor").get("name").asText()).isEqualTo(USER);
        assertThat(entry.get("actor").get("role").asText()).isEqualTo("dpo");
        assertThat(entry.get("actor").get("channel").asText()).isEqualTo("cli");
        assertThat(entry.get("details").get("reason").asText()).isEqualTo("payroll share, access reviewed");

        CliRunner.Result text = cli().run("audit", "log");
        assertThat(text.out()).contains("#1  ").contains(USER + " (dpo, cli)  exposure.status")
                .contains("reason=\"payroll share, access reviewed\"");
        assertThat(cli().run("audit", "verify").exit()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void withoutConfigurationTheHomeFileOrTheDefaultRoleApplies() throws Exception {
        long[] ids = seedExposures();
        assertThat(cli().run("exposures", "set", Long.toString(ids[0]), "--status", "remediated", "--reason", "deleted").exit()).isZero();
        assertThat(cli().run("audit", "log").out()).contains(USER + " (operator, cli)");

        Files.writeString(home.resolve("custodian.yaml"), "version: 1\nroles:\n  default: security\n");
        assertThat(cli().run("exposures", "set", Long.toString(ids[0]), "--status", "open", "--reason", "restored").exit()).isZero();
        assertThat(cli().run("audit", "log", "--limit", "1").out()).contains(USER + " (security, cli)").doesNotContain("#1 ");
    }

    @Test
    void exposuresAreListedRiskiestFirstAndFilteredByStatus() throws Exception {
        long[] ids = seedExposures();
        CliRunner.Result all = cli().run("exposures", "list");
        assertThat(all.exit()).isZero();
        assertThat(all.lines()[0]).startsWith("ID");
        assertThat(all.lines()[1]).contains("/srv/hr/payroll.xlsx").contains("WORLD_READABLE").contains("OPEN");
        assertThat(all.lines()[2]).contains("/srv/share/old-minutes.docx");

        cli().run("exposures", "set", Long.toString(ids[1]), "--status", "accepted", "--reason", "reviewed");
        CliRunner.Result open = cli().run("exposures", "list", "--status", "open", "--json");
        assertThat(open.lines()).hasSize(1);
        assertThat(JSON.readTree(open.lines()[0]).get("location").asText()).isEqualTo("/srv/share/old-minutes.docx");
        assertThat(cli().run("exposures", "list", "--status", "gone").err()).contains("no exposures");
    }

    @Test
    void decisionsNeedAnExistingExposureAndAPersonsStatus() {
        seedExposures();
        CliRunner.Result missing = cli().run("exposures", "set", "999", "--status", "accepted", "--reason", "x");
        assertThat(missing.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains("no exposure 999");
        assertThat(cli().run("exposures", "set", "1", "--status", "gone", "--reason", "x").exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(cli().run("exposures", "set", "1", "--status", "accepted").exit()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anEditedEntryMakesVerifyExitOneWithTheFirstBrokenSeq() throws Exception {
        long[] ids = seedExposures();
        for (String status : new String[] {"accepted", "open", "remediated"}) {
            cli().run("exposures", "set", Long.toString(ids[1]), "--status", status, "--reason", "step " + status);
        }
        try (Store store = store()) {
            sql(store, "UPDATE audit_entry SET details = REPLACE(details, 'step open', 'never happened') WHERE seq = 2");
        }
        CliRunner.Result r = cli().run("audit", "verify");
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("broken at seq 2: HASH_MISMATCH");
    }

    @Test
    void aCheckpointKeptAsideRevealsACutOffTail() throws Exception {
        long[] ids = seedExposures();
        for (String status : new String[] {"accepted", "open", "remediated"}) {
            cli().run("exposures", "set", Long.toString(ids[0]), "--status", status, "--reason", "step " + status);
        }
        Path cp = tmp.resolve("offsite").resolve("audit-checkpoint.json");
        Files.createDirectories(cp.getParent());
        CliRunner.Result written = cli().run("audit", "checkpoint", "-o", cp.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).contains("checkpoint of seq 3");
        assertThat(cli().run("audit", "verify", "--checkpoint", cp.toString()).exit()).isZero();

        try (Store store = store()) {
            sql(store, "DELETE FROM audit_entry WHERE seq = 3",
                    "UPDATE audit_head SET seq = 2, hash = (SELECT hash FROM audit_entry WHERE seq = 2)");
        }
        assertThat(cli().run("audit", "verify").exit()).as("a clean cut needs the checkpoint").isZero();
        CliRunner.Result r = cli().run("audit", "verify", "--checkpoint", cp.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("broken at seq 3: TAIL_CUT");

        CliRunner.Result afterCut = cli().run("audit", "checkpoint", "-o", tmp.resolve("x.json").toString());
        assertThat(afterCut.exit()).as("the cut chain is consistent in itself: only the old checkpoint shows the cut")
                .isZero();
    }

    @Test
    void aBrokenChainGetsNoCheckpointAndAnEditedCheckpointIsNotTrusted() throws Exception {
        long[] ids = seedExposures();
        cli().run("exposures", "set", Long.toString(ids[0]), "--status", "accepted", "--reason", "ok");
        Path cp = tmp.resolve("cp.json");
        assertThat(cli().run("audit", "checkpoint", "-o", cp.toString()).exit()).isZero();
        Files.writeString(cp, Files.readString(cp).replace("\"seq\" : 1", "\"seq\" : 0"));
        CliRunner.Result forged = cli().run("audit", "verify", "--checkpoint", cp.toString());
        assertThat(forged.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(forged.out()).contains("CHECKPOINT_INVALID");

        try (Store store = store()) {
            sql(store, "UPDATE audit_entry SET actor_role = 'dpo' WHERE seq = 1");
        }
        Path second = tmp.resolve("second.json");
        CliRunner.Result r = cli().run("audit", "checkpoint", "-o", second.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.err()).contains("not writing a checkpoint of a broken chain");
        assertThat(second).doesNotExist();

        Files.writeString(cp, "not json");
        assertThat(cli().run("audit", "verify", "--checkpoint", cp.toString()).exit()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void dbSelectsAnotherDatabase() {
        String url = "jdbc:h2:file:" + tmp.resolve("other").resolve("db").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        CliRunner.Result r = cli().run("audit", "verify", "--db", url);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(tmp.resolve("other")).isDirectory();
        assertThat(home.resolve("store")).doesNotExist();

        CliRunner.Result bad = cli().run("audit", "verify", "--db", "jdbc:mysql://localhost/x");
        assertThat(bad.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(bad.err()).contains("unsupported database URL");
    }

    @Test
    void withoutAKeyTheTrailCannotBeVerifiedOrWritten() throws Exception {
        Path empty = tmp.resolve("empty");
        CliRunner.Result r = new CliRunner(empty).run("audit", "verify");
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("custodian init");
        assertThat(empty).as("a home is made by init, owner-only, not by a store opening").doesNotExist();

        Files.createDirectories(empty);
        CliRunner.Result noKey = new CliRunner(empty).run("audit", "verify");
        assertThat(noKey.exit()).isEqualTo(ExitCodes.KEY);
        assertThat(noKey.err()).contains("custodian init");
    }

    @Test
    void theEmbeddedStoreDirectoryIsOwnerOnly() throws Exception {
        assertThat(cli().run("audit", "verify").exit()).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("store"))))
                .isEqualTo("rwx------");
    }

    @Test
    void theAuditKeyIsNotTheInstallationKey() throws Exception {
        seedExposures();
        cli().run("exposures", "set", "1", "--status", "accepted", "--reason", "ok");
        byte[] raw = Files.readAllBytes(new KeyStore(home).keyFile());
        try (Store store = store()) {
            JdbcAuditTrail withRawKey = new JdbcAuditTrail(store, raw, new KeyStore(home).load().id());
            assertThat(new org.custodian.store.audit.AuditVerifier(store, Map.of(withRawKey.keyId(), raw)).verify().intact())
                    .as("entries must not verify under the raw installation key").isFalse();
        }
    }
}
