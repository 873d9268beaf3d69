package org.custodian.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation key wrapped with a passphrase, for moving it between scanners, the server and
 * the proxy service (key export / import). JDK crypto only: PBKDF2-HMAC-SHA256 turns the passphrase
 * into an AES-256 key, AES-GCM encrypts the 32 key bytes. Every header field is bound into the GCM
 * tag as associated data, so changing the key id, the salt or the iteration count is detected just
 * like a changed ciphertext.
 *
 * <pre>
 * {"format":"custodian-wrapped-key","version":1,"keyId":"…",
 *  "kdf":"PBKDF2-HMAC-SHA256","iterations":600000,"salt":"&lt;base64, 16 bytes&gt;",
 *  "cipher":"AES-256-GCM","nonce":"&lt;base64, 12 bytes&gt;","ciphertext":"&lt;base64, key + 16-byte tag&gt;"}
 * </pre>
 */
public final class KeyEnvelope {
    public static final String FORMAT = "custodian-wrapped-key";
    public static final int VERSION = 1;
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; older envelopes with fewer are refused. */
    public static final int MIN_ITERATIONS = 600_000;
    /** A crafted file must not make import spin for hours. */
    static final int MAX_ITERATIONS = 10_000_000;
    public static final int MIN_PASSPHRASE_LENGTH = 12;
    private static final String KDF = "PBKDF2-HMAC-SHA256";
    private static final String CIPHER = "AES-256-GCM";
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecureRandom random;
    private final int iterations;

    public KeyEnvelope() {
        this(new SecureRandom(), MIN_ITERATIONS);
    }

    KeyEnvelope(SecureRandom random, int iterations) {
        this.random = random;
        this.iterations = iterations;
    }

    /** The envelope as one line of JSON; holds no key material in clear. */
    public String wrap(InstallationKey key, char[] passphrase) {
        if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new IllegalArgumentException("the passphrase must be at least " + MIN_PASSPHRASE_LENGTH
                    + " characters: it is all that protects the key in the exported file");
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        ObjectNode env = JSON.createObjectNode();
        env.put("format", FORMAT);
        env.put("version", VERSION);
        env.put("keyId", key.id());
        env.put("kdf", KDF);
        env.put("iterations", iterations);
        env.put("salt", b64(salt));
        env.put("cipher", CIPHER);
        env.put("nonce", b64(nonce));
        byte[] plain = key.bytes();
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, iterations, nonce);
            c.updateAAD(associatedData(env));
            env.put("ciphertext", b64(c.doFinal(plain)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 and AES-GCM are part of every Java 17 runtime", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        try {
            return JSON.writeValueAsString(env);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens an envelope. The unwrapped key must have the id the envelope names; a wrong
     * passphrase and a tampered file give the same error, as AES-GCM cannot tell them apart.
     */
    public static InstallationKey unwrap(String envelope, char[] passphrase) {
        JsonNode env;
        try {
            env = JSON.readTree(envelope);
        } catch (JsonProcessingException e) {
            throw failed("the file is not a Custodian key export (not JSON)");
        }
        if (env == null || !env.isObject() || !FORMAT.equals(text(env, "format"))) {
            throw failed("the file is not a Custodian key export (format is not " + FORMAT + ")");
        }
        if (env.path("version").asInt(-1) != VERSION) {
            throw failed("unsupported key export version " + env.path("version") + "; this Custodian reads version " + VERSION);
        }
        if (!KDF.equals(text(env, "kdf")) || !CIPHER.equals(text(env, "cipher"))) {
            throw failed("unsupported key export algorithms " + text(env, "kdf") + " / " + text(env, "cipher"));
        }
        int iterations = env.path("iterations").asInt(0);
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw failed("key export iteration count " + iterations + " is outside [" + MIN_ITERATIONS + ", "
                    + MAX_ITERATIONS + "]");
        }
        String keyId = text(env, "keyId");
        byte[] salt = unb64(env, "salt");
        byte[] nonce = unb64(env, "nonce");
        byte[] sealed = unb64(env, "ciphertext");
        if (keyId == null || salt.length != SALT_BYTES || nonce.length != NONCE_BYTES) {
            throw failed("the key export is incomplete (keyId, salt or nonce missing or malformed)");
        }
        byte[] plain = null;
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, passphrase, salt, iterations, nonce);
            c.updateAAD(associatedData(env));
            plain = c.doFinal(sealed);
            InstallationKey key = new InstallationKey(plain, null);
            if (!key.id().equals(keyId)) {
                throw failed("the unwrapped key has id " + key.id() + " but the file says " + keyId);
            }
            return key;
        } catch (AEADBadTagException e) {
            throw failed("could not unwrap the key: wrong passphrase, or the file was altered");
        } catch (KeyException e) {
            throw e.reason() == KeyException.Reason.UNWRAP_FAILED ? e : failed("the unwrapped data is not a key");
        } catch (GeneralSecurityException e) {
            throw failed("could not unwrap the key: " + e.getMessage());
        } finally {
            if (plain != null) Arrays.fill(plain, (byte) 0);
        }
    }

    /** Every header field, in a fixed order, so none can be changed without breaking the tag. */
    private static byte[] associatedData(JsonNode env) {
        String aad = String.join("|", FORMAT, String.valueOf(env.path("version").asInt()), text(env, "keyId"),
                text(env, "kdf"), String.valueOf(env.path("iterations").asInt()), text(env, "salt"),
                text(env, "cipher"), text(env, "nonce"));
        return aad.getBytes(StandardCharsets.UTF_8);
    }

    private static Cipher cipher(int mode, char[] passphrase, byte[] salt, int iterations, byte[] nonce)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        byte[] derived = null;
        try {
            derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            return c;
        } finally {
            spec.clearPassword();
            if (derived != null) Arrays.fill(derived, (byte) 0);
        }
    }

    private static String text(JsonNode env, String field) {
        JsonNode n = env.get(field);
        return n == null || !n.isTextual() ? null : n.asText();
    }

    private static byte[] unb64(JsonNode env, String field) {
        String s = text(env, field);
        if (s == null) return new byte[0];
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw failed("the key export field " + field + " is not base64");
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static KeyException failed(String message) {
        return new KeyException(KeyException.Reason.UNWRAP_FAILED, message);
    }
}
