package org.custodian.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoreTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.custodian.store.testing.TestDatabases#both")
    void opensAndRecordsItsMigrations(TestDatabases.Db db) throws SQLException {
        Store store = db.fresh();
        try (Connection c = store.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void twoProcessesCanOpenTheEmbeddedFileAtOnce(@TempDir Path home) throws SQLException {
        // AUTO_SERVER: the second opener connects through the first instead of failing on the lock
        String url = Store.embeddedUrl(home);
        Store first = Store.open(url);
        try (Connection a = first.connect(); Connection b = Store.open(url).connect()) {
            a.createStatement().execute("CREATE TABLE probe (n INT)");
            a.createStatement().execute("INSERT INTO probe VALUES (7)");
            ResultSet rs = b.createStatement().executeQuery("SELECT n FROM probe");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }
    }

    @Test
    void describeNeverShowsCredentials() {
        assertThat(Store.Dialect.POSTGRESQL).isNotNull();
        assertThatThrownBy(() -> Store.open("jdbc:mysql://h/db?password=hunter2"))
                .hasMessageContaining("password=***")
                .hasMessageNotContaining("hunter2");
    }
}
