package org.custodian.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * The database every register shares: an embedded H2 file in the Custodian home by default, or any
 * PostgreSQL given as a JDBC URL. Opening a store brings its schema up to date with the Flyway
 * migrations in {@code db/migration}; the same migrations serve both databases, so they are written
 * in the SQL both accept.
 *
 * <p>The embedded H2 runs in AUTO_SERVER mode: the first process to open the file serves it and
 * later ones (a second scan, the server) connect to it, instead of failing on H2's file lock.
 * AUTO_RECONNECT lets them carry on when the serving process exits and another takes over.
 */
public final class Store implements AutoCloseable {
    /** Where the embedded database lives inside the Custodian home. */
    public static final String EMBEDDED_DIR = "store";

    private final String url;
    private final Properties credentials;
    private final Dialect dialect;

    private Store(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
        this.dialect = Dialect.of(url);
    }

    /** The embedded default for a Custodian home. */
    public static String embeddedUrl(Path home) {
        Path file = home.resolve(EMBEDDED_DIR).resolve("custodian").toAbsolutePath();
        return "jdbc:h2:file:" + file + H2_OPTIONS;
    }

    /** An in-memory H2 (tests): gone when the last connection closes unless {@code DB_CLOSE_DELAY=-1}. */
    public static String memoryUrl(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static final String H2_OPTIONS = ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /**
     * Opens a store and migrates it. User and password may be in the URL
     * ({@code jdbc:postgresql://h/db?user=u&password=p}) or null here.
     */
    public static Store open(String jdbcUrl, String user, String password) {
        Properties p = new Properties();
        if (user != null) p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
        // an in-memory H2 vanishes when its last connection closes, which is after every unit of
        // work here: keep it for the life of the process
        String url = jdbcUrl.startsWith("jdbc:h2:mem:") && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_DELAY")
                ? jdbcUrl + ";DB_CLOSE_DELAY=-1" : jdbcUrl;
        Store store = new Store(url, p);
        store.migrate();
        return store;
    }

    public static Store open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(url, credentials.getProperty("user"), credentials.getProperty("password"))
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL without credentials, fit for logs and reports. */
    public String describe() {
        return describe(url);
    }

    /** A JDBC URL without its parameters (credentials among them), fit for messages. */
    public static String describe(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
        int semi = base.indexOf(';');
        return semi < 0 ? base : base.substring(0, semi);
    }

    /** Any text (a driver's error, a URL) with {@code password=...} values hidden. */
    public static String redactPasswords(String text) {
        return text.replaceAll("password=[^&;\\s]*", "password=***");
    }

    @Override
    public void close() {
        // connections are opened per unit of work; nothing is pooled yet
    }

    /** The few places where H2 and PostgreSQL SQL differ. */
    public enum Dialect {
        H2, POSTGRESQL;

        static Dialect of(String url) {
            if (url.startsWith("jdbc:h2:")) return H2;
            if (url.startsWith("jdbc:postgresql:")) return POSTGRESQL;
            throw new IllegalArgumentException("unsupported database URL (jdbc:h2: or jdbc:postgresql:): "
                    + redactPasswords(url));
        }
    }
}
