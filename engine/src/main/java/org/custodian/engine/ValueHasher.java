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
 * not thread-safe (they cache per-type prefixes); {@link #copy()} gives each thread its own.
 */
public final class ValueHasher {
    private static final byte[] KEY_ID_LABEL = "custodian-key-id".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private static final int BLOCK = 64;

    private final byte[] key;
    private final String keyId;
    private final MessageDigest innerAfterKey;
    private final MessageDigest outerAfterKey;
    private final java.util.Map<String, byte[]> prefixes = new java.util.HashMap<>();

    public ValueHasher(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the installation secret must be at least 32 bytes");
        }
        this.key = key.clone();
        this.innerAfterKey = afterKeyBlock(this.key, 0x36);
        this.outerAfterKey = afterKeyBlock(this.key, 0x5c);
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
        // HMAC(K, m) = H(K^opad || H(K^ipad || m)): the digests after the two key blocks are computed
        // once and cloned, so a hash costs two SHA-256 blocks instead of four (it runs per finding)
        MessageDigest inner = copyOf(innerAfterKey);
        inner.update(prefix(type));
        inner.update(canonical.getBytes(StandardCharsets.UTF_8));
        MessageDigest outer = copyOf(outerAfterKey);
        outer.update(inner.digest());
        return new KeyedHash(keyId, hex(outer.digest()));
    }

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** Lower-case hex, as {@link HexFormat#formatHex(byte[])}, without its per-byte overhead (a call per finding). */
    private static String hex(byte[] bytes) {
        byte[] out = new byte[2 * bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX_DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX_DIGITS[bytes[i] & 0xF];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** {@code "v1|" + infoType + "|"} as bytes, kept per type (a scan sees a handful of types). */
    private byte[] prefix(InfoType type) {
        byte[] p = prefixes.get(type.name());
        if (p == null) {
            p = ("v1|" + type.name() + "|").getBytes(StandardCharsets.US_ASCII);
            prefixes.put(type.name(), p);
        }
        return p;
    }

    private static MessageDigest copyOf(MessageDigest d) {
        try {
            return (MessageDigest) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 digest is cloneable", e);
        }
    }

    /** SHA-256 after absorbing the HMAC key block XOR {@code pad} (RFC 2104). */
    private static MessageDigest afterKeyBlock(byte[] key, int pad) {
        MessageDigest d = sha256();
        byte[] k = key.length > BLOCK ? sha256().digest(key) : key;
        byte[] block = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) block[i] = (byte) ((i < k.length ? k[i] : 0) ^ pad);
        d.update(block);
        return d;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
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
