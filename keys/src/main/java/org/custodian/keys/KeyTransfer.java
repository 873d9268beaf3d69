package org.custodian.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Moves the installation key between machines (key export / import) so that scanners, the server
 * and the proxy sharing one store produce the same hashes.
 */
public final class KeyTransfer {
    /** Largest envelope read; a real one is about 400 bytes. */
    private static final long MAX_ENVELOPE = 64 * 1024;

    private KeyTransfer() {
    }

    /** Writes the wrapped current key to {@code out} (mode 0600, never overwriting); returns its id. */
    public static String export(KeyStore store, Path out, char[] passphrase) {
        InstallationKey key = store.load();
        String envelope = new KeyEnvelope().wrap(key, passphrase);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            SecureFiles.writePrivateFile(out.toAbsolutePath(),
                    (envelope + "\n").getBytes(StandardCharsets.UTF_8), false);
        } catch (FileAlreadyExistsException e) {
            throw new KeyException(KeyException.Reason.EXISTS, out + " already exists; refusing to overwrite it");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + out, e);
        }
        return key.id();
    }

    /** Result of an import: the key now installed and whether anything changed. */
    public record Imported(String keyId, boolean changed, String retiredKeyId) {
    }

    /**
     * Unwraps {@code in} and installs it. A different existing key is refused unless
     * {@code replace}; it is then retired (kept under keys/retired), not destroyed.
     */
    public static Imported importKey(KeyStore store, Path in, char[] passphrase, boolean replace) {
        String envelope;
        try {
            if (Files.size(in) > MAX_ENVELOPE) {
                throw new KeyException(KeyException.Reason.UNWRAP_FAILED, in + " is too large to be a key export");
            }
            envelope = Files.readString(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + in, e);
        }
        InstallationKey incoming = KeyEnvelope.unwrap(envelope, passphrase);
        String before = null;
        if (store.hasKey()) before = store.load().id();
        InstallationKey installed = store.install(incoming, replace);
        boolean changed = !installed.id().equals(before);
        return new Imported(installed.id(), changed, changed ? before : null);
    }
}
