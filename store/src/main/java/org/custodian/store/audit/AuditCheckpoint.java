package org.custodian.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The chain head at one moment, to keep away from the database (another host, a ticket, a
 * printout): with it, verification also detects entries cut off the end of the chain, which the
 * chain alone cannot show. The file is MAC'd with the audit key, so an edited checkpoint is refused.
 *
 * @param seq   the head's sequence number (0: the trail was empty)
 * @param hash  the head entry's chain hash
 * @param at    when the checkpoint was taken
 * @param keyId the installation key id whose audit key made {@code mac}
 * @param mac   HMAC over the four fields above (docs/audit.md)
 */
public record AuditCheckpoint(long seq, String hash, Instant at, String keyId, String mac) {
    /** The {@code format} member of checkpoint files. */
    public static final String FORMAT = "custodian-audit-checkpoint-v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    static AuditCheckpoint sign(long seq, String hash, Instant at, String keyId, byte[] auditKey) {
        Instant millis = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return new AuditCheckpoint(seq, hash, millis, keyId,
                AuditCanonical.checkpointMac(auditKey, seq, hash, millis, keyId));
    }

    /** Whether {@code mac} was made with this audit key over these fields. */
    public boolean macMatches(byte[] auditKey) {
        return AuditCanonical.sameMac(mac, AuditCanonical.checkpointMac(auditKey, seq, hash, at, keyId));
    }

    public void write(Path file) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", FORMAT);
        o.put("seq", seq);
        o.put("hash", hash);
        o.put("at", AuditCanonical.time(at));
        o.put("keyId", keyId);
        o.put("mac", mac);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n",
                StandardCharsets.UTF_8);
    }

    /** Reads a checkpoint file; a file that is not one is an {@link IllegalArgumentException} naming why. */
    public static AuditCheckpoint read(Path file) throws IOException {
        JsonNode o;
        try {
            o = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not a checkpoint (not JSON)");
        }
        if (o == null || !o.isObject() || !FORMAT.equals(o.path("format").asText())) {
            throw new IllegalArgumentException(file + " is not a checkpoint (format is not " + FORMAT + ")");
        }
        for (String field : new String[] {"seq", "hash", "at", "keyId", "mac"}) {
            if (!o.hasNonNull(field)) throw new IllegalArgumentException(file + " is not a checkpoint (no " + field + ")");
        }
        if (!o.get("seq").canConvertToLong()) throw new IllegalArgumentException(file + ": seq is not a number");
        try {
            return new AuditCheckpoint(o.get("seq").asLong(), o.get("hash").asText(), Instant.parse(o.get("at").asText()),
                    o.get("keyId").asText(), o.get("mac").asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": at is not a UTC time");
        }
    }
}
