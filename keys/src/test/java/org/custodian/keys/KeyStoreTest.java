package org.custodian.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.custodian.engine.InfoType;
import org.custodian.engine.ValueHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyStoreTest {
    @TempDir
    Path tmp;

    private KeyStore store() {
        return new KeyStore(tmp.resolve("home"));
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void initCreatesAnOwnerOnlyKeyInAnOwnerOnlyHome() throws IOException {
        KeyStore store = store();
        InstallationKey key = store.init(false);

        assertThat(mode(store.home())).isEqualTo("rwx------");
        assertThat(mode(store.keyFile())).isEqualTo("rw-------");
        byte[] bytes = Files.readAllBytes(store.keyFile());
        assertThat(bytes).hasSize(32);
        assertThat(key.id()).isEqualTo(ValueHasher.keyIdOf(bytes)).matches("[0-9a-f]{16}");
        assertThat(key.file()).isEqualTo(store.keyFile());
        // nothing else is left behind: no temporary copy of the key
        try (var files = Files.list(store.home())) {
            assertThat(files).containsExactly(store.keyFile());
        }
    }

    @Test
    void eachInitMakesADifferentKeyAndLoadGivesTheSameOneBack() {
        InstallationKey a = new KeyStore(tmp.resolve("a")).init(false);
        InstallationKey b = new KeyStore(tmp.resolve("b")).init(false);
        assertThat(a.id()).isNotEqualTo(b.id());
        InstallationKey loaded = new KeyStore(tmp.resolve("a")).load();
        assertThat(loaded.id()).isEqualTo(a.id());
        assertThat(loaded.hasher().hashRaw(InfoType.UK_NHS_NUMBER, "943 476 5919"))
                .isEqualTo(a.hasher().hashRaw(InfoType.UK_NHS_NUMBER, "9434765919"));
    }

    @Test
    void toStringNeverShowsTheKey() throws IOException {
        KeyStore store = store();
        InstallationKey key = store.init(false);
        String hex = java.util.HexFormat.of().formatHex(Files.readAllBytes(store.keyFile()));
        assertThat(key.toString()).contains(key.id()).doesNotContain(hex);
    }

    @Test
    void initRefusesToOverwriteUnlessForced() {
        KeyStore store = store();
        InstallationKey first = store.init(false);
        assertThatThrownBy(() -> store.init(false))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.EXISTS))
                .hasMessageContaining("refusing to overwrite");
        assertThat(store.load().id()).isEqualTo(first.id());

        InstallationKey forced = store.init(true);
        assertThat(forced.id()).isNotEqualTo(first.id());
        assertThat(store.load().id()).isEqualTo(forced.id());
    }

    @Test
    void loadWithoutAKeySaysToRunInit() {
        assertThatThrownBy(() -> store().load())
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.MISSING))
                .hasMessageContaining("custodian init");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw--w----", "rw----r--", "rw-----w-", "rw------x"})
    void loadRefusesAKeyOthersCouldReadOrChange(String perms) throws IOException {
        KeyStore store = store();
        store.init(false);
        Files.setPosixFilePermissions(store.keyFile(), PosixFilePermissions.fromString(perms));
        assertThatThrownBy(store::load)
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.UNSAFE))
                .hasMessageContaining("chmod 600");
    }

    @Test
    void readOnlyForTheOwnerIsFineToo() throws IOException {
        KeyStore store = store();
        InstallationKey key = store.init(false);
        Files.setPosixFilePermissions(store.keyFile(), PosixFilePermissions.fromString("r--------"));
        assertThat(store.load().id()).isEqualTo(key.id());
    }

    @Test
    void loadRefusesASymbolicLinkAndAWrongLengthFile() throws IOException {
        KeyStore store = store();
        InstallationKey key = store.init(false);
        Path elsewhere = tmp.resolve("elsewhere.key");
        Files.move(store.keyFile(), elsewhere);
        Files.createSymbolicLink(store.keyFile(), elsewhere);
        assertThatThrownBy(store::load).isInstanceOf(KeyException.class).hasMessageContaining("not a regular file");

        Files.delete(store.keyFile());
        Files.write(store.keyFile(), new byte[16]);
        Files.setPosixFilePermissions(store.keyFile(), SecureFiles.OWNER_FILE);
        assertThatThrownBy(store::load)
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.INVALID));
        assertThat(key).isNotNull();
    }

    @Test
    void loadRefusesAKeyOwnedBySomeoneElse() throws IOException {
        assumeTrue(SecureFiles.currentUid() == 0, "only root can give a file away");
        KeyStore store = store();
        store.init(false);
        Files.setAttribute(store.keyFile(), "unix:uid", 65534);
        assertThatThrownBy(store::load)
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.UNSAFE))
                .hasMessageContaining("not by the current user");
    }

    @Test
    void refusesAHomeOthersCanWriteTo() throws IOException {
        KeyStore store = store();
        store.init(false);
        Files.setPosixFilePermissions(store.home(), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(store::load)
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.UNSAFE))
                .hasMessageContaining("chmod 700");
    }

    @Test
    void rotateKeepsTheOldKeySoOldHashesStayCheckable() throws IOException {
        KeyStore store = store();
        InstallationKey old = store.init(false);
        InstallationKey fresh = store.rotate();

        assertThat(fresh.id()).isNotEqualTo(old.id());
        assertThat(store.load().id()).isEqualTo(fresh.id());
        assertThat(store.retiredKeyIds()).containsExactly(old.id());
        assertThat(mode(store.retiredDir().resolve(old.id()))).isEqualTo("rw-------");
        assertThat(mode(store.retiredDir())).isEqualTo("rwx------");
        InstallationKey retired = store.loadRetired(old.id());
        assertThat(retired.hasher().hashRaw(InfoType.UK_NHS_NUMBER, "9434765919"))
                .isEqualTo(old.hasher().hashRaw(InfoType.UK_NHS_NUMBER, "9434765919"));
        assertThatThrownBy(() -> store.loadRetired("0000000000000000")).isInstanceOf(KeyException.class);
        assertThatThrownBy(() -> store.loadRetired("../installation.key")).isInstanceOf(KeyException.class);
    }

    @Test
    void installRefusesADifferentKeyUnlessToldAndThenRetiresTheOldOne() {
        KeyStore here = store();
        InstallationKey mine = here.init(false);
        InstallationKey theirs = new KeyStore(tmp.resolve("other")).init(false);

        assertThat(here.install(mine, false).id()).isEqualTo(mine.id()); // same key: nothing to do
        assertThatThrownBy(() -> here.install(theirs, false))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.EXISTS))
                .hasMessageContaining("--replace");
        assertThat(here.load().id()).isEqualTo(mine.id());

        assertThat(here.install(theirs, true).id()).isEqualTo(theirs.id());
        assertThat(here.load().id()).isEqualTo(theirs.id());
        assertThat(here.retiredKeyIds()).containsExactly(mine.id());
    }

    @Test
    void homeComesFromTheEnvironmentOrDefaultsUnderTheUsersHome() {
        assertThat(KeyStore.homeFrom(java.util.Map.of("CUSTODIAN_HOME", "/srv/custodian"))).isEqualTo(Path.of("/srv/custodian"));
        assertThat(KeyStore.homeFrom(java.util.Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".custodian"));
    }
}
