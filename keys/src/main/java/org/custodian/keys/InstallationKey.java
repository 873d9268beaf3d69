package org.custodian.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.custodian.engine.ValueHasher;

/**
 * A loaded installation secret. It hands its bytes only to a {@link ValueHasher} or the
 * export envelope; {@link #toString()} shows the key id and file, never the key.
 */
public final class InstallationKey {
    /** Length of every key {@code custodian init} makes: 256 bits for HMAC-SHA256. */
    public static final int LENGTH = 32;

    private static final byte[] AUDIT_KEY_LABEL = "custodian-audit-v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] key;
    private final String id;
    private final Path file;

    InstallationKey(byte[] key, Path file) {
        if (key.length != LENGTH) {
            throw new KeyException(KeyException.Reason.INVALID,
                    "an installation key is " + LENGTH + " bytes, got " + key.length
                            + (file == null ? "" : " in " + file));
        }
        this.key = key.clone();
        this.id = ValueHasher.keyIdOf(this.key);
        this.file = file;
    }

    /** The public key id that every hash made with this key carries. */
    public String id() {
        return id;
    }

    /** Where the key lives, or null for a key only held in memory (just unwrapped). */
    public Path file() {
        return file;
    }

    public ValueHasher hasher() {
        return new ValueHasher(key);
    }

    /**
     * The key that MACs the audit trail: HMAC-SHA256(key, "custodian-audit-v1"). A separate derived
     * key keeps the audit chain's MACs from ever being computed with the key that hashes personal
     * values, so one can never stand in for the other. A fresh copy; callers should wipe it.
     */
    public byte[] auditKey() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(AUDIT_KEY_LABEL);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** A copy of the key bytes, for wrapping and installing only; callers should wipe it. */
    byte[] bytes() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "InstallationKey[id=" + id + (file == null ? "" : ", file=" + file) + "]";
    }
}
