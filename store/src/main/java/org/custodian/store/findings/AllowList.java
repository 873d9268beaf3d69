package org.custodian.store.findings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.custodian.engine.InfoType;
import org.custodian.engine.KeyedHash;
import org.custodian.store.Store;

/** Values declared not personal data, by keyed hash: scans count them as suppressed instead of storing them. */
public final class AllowList {
    private final Store store;

    public AllowList(Store store) {
        this.store = store;
    }

    /** Adds a value; false when it was on the list already. */
    public boolean add(KeyedHash hash, InfoType type, String reason, String addedBy, Instant at) {
        if (contains(hash, type)) return false;
        String sql = "INSERT INTO allow_list (hash_hex, key_id, info_type, reason, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, hash.hex());
            ps.setString(2, hash.keyId());
            ps.setString(3, type.name());
            ps.setString(4, reason);
            ps.setString(5, addedBy);
            Sql.setInstant(ps, 6, at);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw Sql.fail("add to allow-list", e);
        }
    }

    public boolean contains(KeyedHash hash, InfoType type) {
        try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM allow_list WHERE key_id = ? AND hash_hex = ? AND info_type = ?")) {
            ps.setString(1, hash.keyId());
            ps.setString(2, hash.hex());
            ps.setString(3, type.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw Sql.fail("read allow-list", e);
        }
    }

    /** Every entry as {@link #key}, loaded once per scan. */
    public Set<String> keys() {
        Set<String> out = new HashSet<>();
        try (Connection c = store.connect();
             PreparedStatement ps = c.prepareStatement("SELECT key_id, hash_hex, info_type FROM allow_list");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1) + ":" + rs.getString(3) + ":" + rs.getString(2));
        } catch (SQLException e) {
            throw Sql.fail("read allow-list", e);
        }
        return out;
    }

    public static String key(KeyedHash hash, InfoType type) {
        return hash.keyId() + ":" + type.name() + ":" + hash.hex();
    }
}
