package org.custodian.engine;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashing of canonical values with the installation secret. The input is fixed and
 * domain-separated ({@code "v1|" + infoType + "|" + canonical}) so that a value found by a scan and
 * the same value in a registered dataset give the same hash, and the same digits under two
 * infoTypes do not.
 *
 * <p>The engine never reads key files; the caller (keys module) hands over the bytes. Instances are
 * not thread-safe (a {@link Mac} is stateful); {@link #copy()} gives each thread its own.
 */
public final class ValueHasher {
    private static final byte[] KEY_ID_LABEL = "custodian-key-id".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] key;
    private final String keyId;
    private final Mac mac;

    public ValueHasher(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the installation secret must be at least 32 bytes");
        }
        this.key = key.clone();
        this.mac = newMac(this.key);
        this.keyId = keyIdOf(this.key);
    }

    /**
     * The public identifier of a key: the first 8 bytes of HMAC(key, "custodian-key-id") in hex.
     * It names the key without revealing it, and two installations share an id only if they share
     * the key.
     */
    public static String keyIdOf(byte[] key) {
        Mac m = newMac(key);
        byte[] id = m.doFinal(KEY_ID_LABEL);
        return HEX.formatHex(id, 0, 8);
    }

    public String keyId() {
        return keyId;
    }

    public KeyedHash hash(InfoType type, String canonical) {
        mac.update((byte) 'v');
        mac.update((byte) '1');
        mac.update((byte) '|');
        mac.update(type.name().getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) '|');
        byte[] out = mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        return new KeyedHash(keyId, HEX.formatHex(out));
    }

    /** Hashes a raw value after putting it into the canonical form for its type. */
    public KeyedHash hashRaw(InfoType type, String raw) {
        return hash(type, Canonical.of(type, raw));
    }

    public ValueHasher copy() {
        return new ValueHasher(key);
    }

    /** Constant-time comparison of two hashes' digests. */
    public static boolean sameDigest(KeyedHash a, KeyedHash b) {
        return a.keyId().equals(b.keyId())
                && MessageDigest.isEqual(HEX.parseHex(a.hex()), HEX.parseHex(b.hex()));
    }

    private static Mac newMac(byte[] key) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
