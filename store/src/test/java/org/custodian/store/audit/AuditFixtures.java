package org.custodian.store.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.custodian.store.Store;
import org.custodian.store.actor.Actor;

/** A synthetic audit key, actors and a ticking clock for audit tests. */
final class AuditFixtures {
    static final String KEY_ID = "0123456789abcdef";
    static final Actor ALICE = new Actor("alice", "dpo", "cli");
    static final Actor BOB = new Actor("bob", "operator", "cli");

    private AuditFixtures() {
    }

    static byte[] key(char fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    static byte[] key() {
        return key('k');
    }

    /** Advances one second per reading, so every entry has its own time. */
    static Clock ticking() {
        AtomicLong t = new AtomicLong(Instant.parse("2026-11-24T09:00:00.123Z").toEpochMilli());
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(t.getAndAdd(1000));
            }
        };
    }

    static JdbcAuditTrail trail(Store store) {
        return new JdbcAuditTrail(store, key(), KEY_ID, ticking());
    }

    /** Five entries of mixed actors and details. */
    static JdbcAuditTrail withFiveEntries(Store store) {
        JdbcAuditTrail t = trail(store);
        t.append(ALICE, "finding.triage", "finding:1", Map.of("to", "FALSE_POSITIVE", "reason", "test data"));
        t.append(BOB, "scan.start", "scan:1", Map.of("roots", "/srv/share"));
        t.append(ALICE, "exposure.status", "exposure:3", Map.of("from", "OPEN", "to", "ACCEPTED", "reason", "needed"));
        t.append(Actor.system("job"), "scan.purge", "scan:1", Map.of("older", "P6Y"));
        t.append(BOB, "config.change", "config", Map.of());
        return t;
    }

    /** Tampers as an attacker with database access (but not the key) would: raw SQL. */
    static void sql(Store store, String... statements) {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
