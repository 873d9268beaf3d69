package org.custodian.store.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The byte form that audit MACs are computed over: every field as a netstring
 * ({@code <byte length>:<UTF-8 bytes>,}), so no choice of separator characters inside a field can
 * make two different entries encode alike. Described for other implementations in docs/audit.md.
 */
final class AuditCanonical {
    static final String ENTRY_LABEL = "custodian-audit-v1";
    static final String CHECKPOINT_LABEL = "custodian-audit-checkpoint-v1";
    static final String ZERO_HASH = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();
    private static final DateTimeFormatter MILLIS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

    private AuditCanonical(String label) {
        field(label);
    }

    private AuditCanonical field(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        byte[] len = (b.length + ":").getBytes(StandardCharsets.US_ASCII);
        bytes.writeBytes(len);
        bytes.writeBytes(b);
        bytes.write(',');
        return this;
    }

    /** Instants are chained at millisecond precision, which both databases keep exactly. */
    static String time(Instant at) {
        return MILLIS_UTC.format(at);
    }

    static String entryMac(byte[] auditKey, long seq, Instant at, String keyId, String actorName, String actorRole,
                           String actorChannel, String action, String subject, Map<String, String> details,
                           String prevHash) {
        AuditCanonical c = new AuditCanonical(ENTRY_LABEL)
                .field(Long.toString(seq)).field(time(at)).field(keyId)
                .field(actorName).field(actorRole).field(actorChannel)
                .field(action).field(subject)
                .field(Integer.toString(details.size()));
        for (Map.Entry<String, String> d : new TreeMap<>(details).entrySet()) {
            c.field(d.getKey()).field(d.getValue());
        }
        return c.field(prevHash).mac(auditKey);
    }

    static String checkpointMac(byte[] auditKey, long seq, String hash, Instant at, String keyId) {
        return new AuditCanonical(CHECKPOINT_LABEL)
                .field(Long.toString(seq)).field(hash).field(time(at)).field(keyId)
                .mac(auditKey);
    }

    private String mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** Constant-time comparison of two hex MACs (a verifier must not leak how much of a forgery matched). */
    static boolean sameMac(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
