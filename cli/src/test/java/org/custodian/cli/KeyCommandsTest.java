package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyCommandsTest {
    private static final String PASS = "a long enough passphrase";

    @TempDir
    Path tmp;

    private CliRunner at(String home) {
        return new CliRunner(tmp.resolve(home));
    }

    private String keyId(String home) {
        CliRunner.Result show = at(home).run("key", "show");
        assertThat(show.exit()).isZero();
        return show.out().lines().filter(l -> l.startsWith("key id:")).findFirst().orElseThrow()
                .substring("key id:".length()).trim();
    }

    @Test
    void initCreatesAPrivateKeyAndShowPrintsItsIdAndPathButNeverTheKey() throws IOException {
        CliRunner.Result init = at("h").run("init");
        assertThat(init.exit()).isZero();
        Path keyFile = tmp.resolve("h").resolve("installation.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("h")))).isEqualTo("rwx------");

        CliRunner.Result show = at("h").run("key", "show");
        String hex = HexFormat.of().formatHex(Files.readAllBytes(keyFile));
        assertThat(show.out()).contains(keyFile.toString()).containsPattern("key id: +[0-9a-f]{16}");
        assertThat(init.out() + show.out() + init.err() + show.err()).doesNotContainIgnoringCase(hex);
    }

    @Test
    void initNeverOverwritesAKeyAndForceReplacesIt() throws IOException {
        at("h").run("init");
        String first = keyId("h");
        CliRunner.Result again = at("h").run("init");
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("already exists").contains(first).contains("kept it");
        assertThat(keyId("h")).isEqualTo(first);

        // a second init still refuses an exposed key rather than blessing it
        Files.setPosixFilePermissions(tmp.resolve("h/installation.key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(at("h").run("init").exit()).isEqualTo(ExitCodes.KEY);

        // --force is the remedy: a new key, and the old one is gone
        CliRunner.Result forced = at("h").run("init", "--force");
        assertThat(forced.exit()).isZero();
        assertThat(forced.err()).contains("replaced key");
        assertThat(keyId("h")).isNotEqualTo(first);
    }

    @Test
    void keyShowWithoutAKeySaysToRunInit() {
        CliRunner.Result r = at("h").run("key", "show");
        assertThat(r.exit()).isEqualTo(ExitCodes.KEY);
        assertThat(r.err()).contains("custodian init");
    }

    @Test
    void keyCommandsRefuseAWorldReadableKey() throws IOException {
        at("h").run("init");
        Files.setPosixFilePermissions(tmp.resolve("h/installation.key"), PosixFilePermissions.fromString("rw-r--r--"));
        CliRunner.Result r = at("h").run("key", "show");
        assertThat(r.exit()).isEqualTo(ExitCodes.KEY);
        assertThat(r.err()).contains("chmod 600");
    }

    @Test
    void exportThenImportOnAnotherInstallationGivesTheSameKeyId() throws IOException {
        at("a").run("init");
        Path passFile = tmp.resolve("pass.txt");
        Files.writeString(passFile, PASS + "\n");
        Path exported = tmp.resolve("out/key.json");

        CliRunner.Result export = at("a").run("key", "export", "--out", exported.toString(), "--passphrase-file", passFile.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(exported))).isEqualTo("rw-------");
        assertThat(Files.readString(exported)).contains(keyId("a"))
                .doesNotContain(HexFormat.of().formatHex(Files.readAllBytes(tmp.resolve("a/installation.key"))));

        // automation: the passphrase from the environment
        CliRunner.Result imported = at("b").env("CUSTODIAN_KEY_PASSPHRASE", PASS).run("key", "import", exported.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(keyId("b")).isEqualTo(keyId("a"));
        assertThat(at("b").env("CUSTODIAN_KEY_PASSPHRASE", PASS).run("key", "import", exported.toString()).out())
                .contains("already installed");

        // never overwrites an export
        assertThat(at("a").run("key", "export", "--out", exported.toString(), "--passphrase-file", passFile.toString()).exit())
                .isEqualTo(ExitCodes.KEY);
    }

    @Test
    void importRefusesADifferentKeyUnlessReplaceAndThenRetiresTheOldOne() throws IOException {
        at("a").run("init");
        at("b").run("init");
        String b = keyId("b");
        Path exported = tmp.resolve("key.json");
        at("a").env("CUSTODIAN_KEY_PASSPHRASE", PASS).run("key", "export", "--out", exported.toString());

        CliRunner.Result refused = at("b").env("CUSTODIAN_KEY_PASSPHRASE", PASS).run("key", "import", exported.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.KEY);
        assertThat(refused.err()).contains("--replace");
        assertThat(keyId("b")).isEqualTo(b);

        CliRunner.Result replaced = at("b").env("CUSTODIAN_KEY_PASSPHRASE", PASS)
                .run("key", "import", "--replace", exported.toString());
        assertThat(replaced.exit()).isZero();
        assertThat(replaced.out()).contains("previous key " + b + " retired");
        assertThat(keyId("b")).isEqualTo(keyId("a"));
        assertThat(at("b").run("key", "show").out()).contains("retired: " + b);
    }

    @Test
    void wrongPassphraseIsAClearKeyError() throws IOException {
        at("a").run("init");
        Path exported = tmp.resolve("key.json");
        at("a").env("CUSTODIAN_KEY_PASSPHRASE", PASS).run("key", "export", "--out", exported.toString());
        CliRunner.Result r = at("b").env("CUSTODIAN_KEY_PASSPHRASE", "not the passphrase").run("key", "import", exported.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.KEY);
        assertThat(r.err()).contains("wrong passphrase");
        assertThat(Files.exists(tmp.resolve("b/installation.key"))).isFalse();
    }

    @Test
    void passphraseIsAskedTwiceOnTheTerminalAndMustMatch() {
        at("a").run("init");
        Deque<String> typed = new ArrayDeque<>(java.util.List.of(PASS, PASS + "x"));
        CliRunner.Result r = at("a").terminal(p -> typed.pop().toCharArray())
                .run("key", "export", "--out", tmp.resolve("k.json").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("differ");

        Deque<String> same = new ArrayDeque<>(java.util.List.of(PASS, PASS));
        assertThat(at("a").terminal(p -> same.pop().toCharArray())
                .run("key", "export", "--out", tmp.resolve("k.json").toString()).exit()).isZero();
    }

    @Test
    void shortPassphrasesAreAUsageError() {
        at("a").run("init");
        CliRunner.Result r = at("a").env("CUSTODIAN_KEY_PASSPHRASE", "short").run("key", "export", "--out", tmp.resolve("k.json").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("at least 12");
        assertThat(Files.exists(tmp.resolve("k.json"))).isFalse();
    }

    @Test
    void withoutAPassphraseSourceExportSaysHowToGiveOne() {
        at("a").run("init");
        CliRunner.Result r = at("a").run("key", "export", "--out", tmp.resolve("k.json").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("--passphrase-file").contains("CUSTODIAN_KEY_PASSPHRASE");
    }

    @Test
    void rotateKeepsTheOldKeyForCheckingOldHashes() {
        at("h").run("init");
        String old = keyId("h");
        String oldHash = at("h").stdin("9434765919\n").run("hash", "--info-type", "UK_NHS_NUMBER").out().trim();

        CliRunner.Result rotated = at("h").run("key", "rotate");
        assertThat(rotated.exit()).isZero();
        assertThat(rotated.out()).contains("retired").contains(old);
        assertThat(keyId("h")).isNotEqualTo(old);

        String newHash = at("h").stdin("9434765919\n").run("hash", "--info-type", "UK_NHS_NUMBER").out().trim();
        String viaRetired = at("h").stdin("9434765919\n")
                .run("hash", "--info-type", "UK_NHS_NUMBER", "--key-id", old).out().trim();
        assertThat(newHash).isNotEqualTo(oldHash);
        assertThat(viaRetired).isEqualTo(oldHash).contains(":" + old + ":");
    }
}
