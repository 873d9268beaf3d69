package org.custodian.store.actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.custodian.store.Store;
import org.custodian.store.StoreException;

/**
 * The {@code actor} table: everyone who has acted through Custodian, with the role and channel of
 * their latest action. It is kept by the audit trail (inside each append's transaction), so it
 * lists exactly the names the audit entries carry.
 */
public final class JdbcActors {
    /** An actor as last seen. */
    public record Seen(String name, String role, String channel, Instant firstSeen, Instant lastSeen) {
    }

    private final Store store;

    public JdbcActors(Store store) {
        this.store = store;
    }

    /** Records that {@code actor} acted at {@code at}, inside the caller's transaction. */
    public static void seen(Connection c, Actor actor, Instant at) throws SQLException {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE actor SET role = ?, channel = ?, last_seen = ? WHERE name = ?")) {
            up.setString(1, actor.role());
            up.setString(2, actor.channel());
            up.setObject(3, when);
            up.setString(4, actor.name());
            if (up.executeUpdate() == 1) return;
        }
        // a concurrent first insert of the same name fails the transaction with a unique
        // violation, which the caller's retry turns into the update above
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO actor (name, role, channel, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)")) {
            ins.setString(1, actor.name());
            ins.setString(2, actor.role());
            ins.setString(3, actor.channel());
            ins.setObject(4, when);
            ins.setObject(5, when);
            ins.executeUpdate();
        }
    }

    /** Everyone seen, by name. */
    public List<Seen> list() {
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT name, role, channel, first_seen, last_seen FROM actor ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            List<Seen> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Seen(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read actors", e);
        }
    }
}
