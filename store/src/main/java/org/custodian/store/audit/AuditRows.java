package org.custodian.store.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/** How audit rows are written and read: one place for the column list and the details' JSON. */
final class AuditRows {
    static final String COLUMNS =
            "seq, at, actor_name, actor_role, actor_channel, action, subject, details, key_id, prev_hash, hash";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private AuditRows() {
    }

    /** A stored row as read, before anyone has checked it; {@code details} is null when not valid JSON. */
    record Row(long seq, Instant at, String actorName, String actorRole, String actorChannel, String action,
               String subject, Map<String, String> details, String keyId, String prevHash, String hash) {
        AuditEntry entry() {
            return new AuditEntry(seq, at, actorName, actorRole, actorChannel, action, subject,
                    details == null ? Map.of() : details, prevHash, hash);
        }
    }

    static Row read(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("actor_channel"),
                rs.getString("action"), rs.getString("subject"), parseDetails(rs.getString("details")),
                rs.getString("key_id"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static String detailsJson(Map<String, String> details) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string map always serialises", e);
        }
    }

    private static Map<String, String> parseDetails(String json) {
        try {
            TreeMap<String, String> details = JSON.readValue(json, DETAILS);
            return details != null && !details.containsValue(null) ? details : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
