package org.custodian.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The installation secret on disk, in the Custodian home ({@code $CUSTODIAN_HOME}, default
 * {@code ~/.custodian}). The one way every command gets the key: {@link #load()} refuses a key file
 * that others could read or change, so no surface can use (and so silently bless) an exposed key.
 *
 * <pre>
 * $CUSTODIAN_HOME/              0700
 *   installation.key            0600, 32 random bytes
 *   keys/retired/&lt;keyId&gt;        0600, former keys kept by rotate / import --replace
 * </pre>
 */
public final class KeyStore {
    public static final String HOME_ENV = "CUSTODIAN_HOME";
    public static final String KEY_FILE = "installation.key";
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

    private final Path home;
    private final SecureRandom random;

    public KeyStore(Path home) {
        this(home, new SecureRandom());
    }

    KeyStore(Path home, SecureRandom random) {
        this.home = home.toAbsolutePath().normalize();
        this.random = random;
    }

    /** {@code $CUSTODIAN_HOME} from the given environment, else {@code ~/.custodian}. */
    public static Path homeFrom(Map<String, String> env) {
        String configured = env.get(HOME_ENV);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        return Path.of(System.getProperty("user.home"), ".custodian");
    }

    public Path home() {
        return home;
    }

    public Path keyFile() {
        return home.resolve(KEY_FILE);
    }

    public Path retiredDir() {
        return home.resolve("keys").resolve("retired");
    }

    /** Whether a key file is present (safe or not: {@link #load()} decides that). */
    public boolean hasKey() {
        return Files.exists(keyFile(), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Creates a new random key. Refuses when one exists unless {@code overwrite}, which destroys
     * the old key: hashes made with it can then never be matched again.
     */
    public InstallationKey init(boolean overwrite) {
        byte[] key = new byte[InstallationKey.LENGTH];
        random.nextBytes(key);
        try {
            return write(key, overwrite);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The current key, after checking the file is ours alone. */
    public InstallationKey load() {
        if (!hasKey()) {
            throw new KeyException(KeyException.Reason.MISSING,
                    "no installation key in " + home + "; run: custodian init");
        }
        return read(keyFile());
    }

    /**
     * Installs a key brought from elsewhere (key import). The same key already installed is a
     * no-op; a different one is refused unless {@code replace}, and then the old key is retired,
     * not destroyed, so its hashes stay checkable.
     */
    public InstallationKey install(InstallationKey incoming, boolean replace) {
        if (hasKey()) {
            InstallationKey current = load();
            if (current.id().equals(incoming.id())) return current;
            if (!replace) {
                throw new KeyException(KeyException.Reason.EXISTS, "this installation already has key "
                        + current.id() + "; the file holds key " + incoming.id()
                        + ". Use --replace to install it (the current key is kept in " + retiredDir() + ")");
            }
            retire(current);
        }
        byte[] key = incoming.bytes();
        try {
            // the old key is out of the way now; a key that appears meanwhile is not overwritten
            return write(key, false);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A new key replaces the current one, which is kept under keys/retired/&lt;id&gt;. */
    public InstallationKey rotate() {
        InstallationKey current = load();
        retire(current);
        return init(false);
    }

    public List<String> retiredKeyIds() {
        Path dir = retiredDir();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return List.of();
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (KEY_ID.matcher(name).matches()) ids.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ids.sort(null);
        return ids;
    }

    /** A retired key, to check hashes made before a rotation until data is re-fingerprinted. */
    public InstallationKey loadRetired(String keyId) {
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new KeyException(KeyException.Reason.INVALID, "not a key id: " + keyId);
        }
        Path file = retiredDir().resolve(keyId);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new KeyException(KeyException.Reason.MISSING, "no retired key " + keyId + " in " + retiredDir());
        }
        try {
            SecureFiles.checkDirectory(retiredDir()); // a writable retired dir would let others plant keys
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InstallationKey key = read(file);
        if (!key.id().equals(keyId)) {
            throw new KeyException(KeyException.Reason.INVALID, file + " holds key " + key.id() + ", not " + keyId);
        }
        return key;
    }

    private void retire(InstallationKey current) {
        try {
            SecureFiles.ensurePrivateDirectory(retiredDir());
            Path target = retiredDir().resolve(current.id());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(keyFile()); // already retired once (rotated back and forth): same bytes
            } else {
                SecureFiles.moveNoReplace(keyFile(), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not retire key " + current.id(), e);
        }
    }

    private InstallationKey write(byte[] key, boolean overwrite) {
        try {
            SecureFiles.ensurePrivateDirectory(home);
            // overwriting renames a new file over the old entry: never writes through a link, and
            // lets `init --force` replace a key that was exposed
            SecureFiles.writePrivateFile(keyFile(), key, overwrite);
            return new InstallationKey(key, keyFile());
        } catch (FileAlreadyExistsException e) {
            throw new KeyException(KeyException.Reason.EXISTS, "an installation key already exists at "
                    + keyFile() + "; refusing to overwrite it (see docs/keys.md: key rotate, or init --force"
                    + " which destroys the ability to match hashes made with the old key)");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the installation key in " + home, e);
        }
    }

    private InstallationKey read(Path file) {
        try {
            SecureFiles.checkDirectory(home);
            byte[] key = SecureFiles.readPrivateFile(file, 4096);
            try {
                return new InstallationKey(key, file);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } catch (IOException e) {
            throw new KeyException(KeyException.Reason.INVALID, "could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
