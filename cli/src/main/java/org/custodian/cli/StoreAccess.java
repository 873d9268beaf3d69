package org.custodian.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.custodian.config.ConfigException;
import org.custodian.config.CustodianConfig;
import org.custodian.config.RolesConfig;
import org.custodian.keys.InstallationKey;
import org.custodian.keys.KeyStore;
import org.custodian.store.Store;
import org.custodian.store.actor.Actor;
import org.custodian.store.actor.Actors;
import org.custodian.store.actor.RoleMapping;
import org.custodian.store.audit.AuditVerifier;
import org.custodian.store.audit.JdbcAuditTrail;
import picocli.CommandLine.Option;

/**
 * The one place commands reach the store, the audit trail and the acting user: the database is
 * {@code --db URL} or else the embedded H2 file in the Custodian home; the audit trail is keyed
 * with the installation key's derived audit key; the actor is the OS user with the role the
 * configuration gives them. Commands take it as a picocli mixin, so {@code --db} reads the same
 * everywhere.
 */
final class StoreAccess {
    /** Configuration read for roles when no {@code --config} is given, if present. */
    static final String HOME_CONFIG = "custodian.yaml";

    @Option(names = "--db", paramLabel = "URL",
            description = {"Database: a JDBC URL (jdbc:postgresql://host/db?user=u&password=p or jdbc:h2:...);",
                "default the embedded H2 file in $CUSTODIAN_HOME/store."})
    String db;

    /** The JDBC URL commands use: {@code --db}, else the embedded store of this Custodian home. */
    String url(CustodianCommand root) {
        return db != null ? db : Store.embeddedUrl(KeyStore.homeFrom(root.env().env()));
    }

    /** Opens (and migrates) the store; a database that cannot be reached is the user's to fix. */
    Store open(CustodianCommand root) {
        String url = url(root);
        if (db == null) prepareEmbedded(KeyStore.homeFrom(root.env().env()));
        for (int attempt = 1; ; attempt++) {
            try {
                return Store.open(url);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            } catch (RuntimeException e) {
                // the embedded H2 is served by whichever process opened it first; when that process
                // ends just as this one connects, the connection is refused once and the next try
                // serves the file from here
                if (attempt < OPEN_ATTEMPTS && connectionRefused(e)) {
                    pause(attempt);
                    continue;
                }
                // Flyway wraps the driver's reason; the URL is shown without credentials
                throw new UserError("cannot open the store at " + Store.describe(url) + ": " + rootCause(e));
            }
        }
    }

    private static final int OPEN_ATTEMPTS = 4;

    private static boolean connectionRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException s && "90067".equals(s.getSQLState())) return true;
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while opening the store");
        }
    }

    /**
     * The embedded store lives in a home {@code custodian init} made (owner-only); the store
     * directory is made owner-only too before H2 would create it with the umask's permissions,
     * since it holds paths, masked evidence and the audit trail.
     */
    private static void prepareEmbedded(Path home) {
        if (!Files.isDirectory(home)) {
            throw new UserError("no Custodian home at " + home + " (run: custodian init), or give --db URL");
        }
        Path dir = home.resolve(Store.EMBEDDED_DIR);
        if (Files.isDirectory(dir)) return;
        try {
            if (home.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store directory " + dir, e);
        }
    }

    /** The audit trail, keyed with this installation's audit key (exit 4 when there is no usable key). */
    static JdbcAuditTrail auditTrail(CustodianCommand root, Store store) {
        InstallationKey key = root.keyStore().load();
        byte[] auditKey = key.auditKey();
        try {
            return new JdbcAuditTrail(store, auditKey, key.id());
        } finally {
            Arrays.fill(auditKey, (byte) 0);
        }
    }

    /** A verifier that knows the current key's audit key and every retired key's, so old entries verify. */
    static AuditVerifier verifier(CustodianCommand root, Store store) {
        KeyStore keys = root.keyStore();
        Map<String, byte[]> byId = new HashMap<>();
        InstallationKey current = keys.load();
        byId.put(current.id(), current.auditKey());
        for (String id : keys.retiredKeyIds()) byId.put(id, keys.loadRetired(id).auditKey());
        try {
            return new AuditVerifier(store, byId);
        } finally {
            byId.values().forEach(k -> Arrays.fill(k, (byte) 0));
        }
    }

    /** The OS user running the command, with the role from {@code config} or the home's custodian.yaml. */
    static Actor actor(CustodianCommand root, Path config) {
        return actor(settings(root, config));
    }

    /** The OS user with the role a configuration already read gives them. */
    static Actor actor(CustodianConfig settings) {
        return Actors.fromOs(roles(settings));
    }

    private static RoleMapping roles(CustodianConfig settings) {
        RolesConfig roles = settings.roles();
        return new RoleMapping(roles.users(), roles.defaultRole());
    }

    /**
     * The configuration for roles and retention: {@code config}, else the home's custodian.yaml
     * when there is one, else the defaults.
     */
    static CustodianConfig settings(CustodianCommand root, Path config) {
        Path file = config != null ? config : KeyStore.homeFrom(root.env().env()).resolve(HOME_CONFIG);
        if (config == null && !Files.isRegularFile(file)) return CustodianConfig.defaults();
        try {
            return CustodianConfig.load(file);
        } catch (ConfigException e) {
            throw new UserError(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("cannot read configuration " + file + ": " + e.getMessage());
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return Store.redactPasswords(message);
    }
}
