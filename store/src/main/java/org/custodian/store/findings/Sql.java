package org.custodian.store.findings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.custodian.store.StoreException;

/** The small conversions every repository here needs, in the SQL both databases accept. */
final class Sql {
    private Sql() {
    }

    static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setObject(i, null);
        } else {
            ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }


    static StoreException fail(String what, SQLException e) {
        return new StoreException(what + ": " + e.getMessage(), e);
    }
}
