package org.custodian.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Short write transactions that several writers (threads, or processes sharing the database) may
 * run at once. A failure that only means "another writer got there first" — a lock wait timeout, a
 * serialisation failure, a deadlock, or a unique key a concurrent writer inserted first — rolls
 * back and runs the whole unit again; any other failure is thrown.
 */
public final class Transactions {
    private static final int ATTEMPTS = 50;
    private static final Set<String> RETRYABLE_STATES = Set.of(
            "40001", // serialisation failure (PostgreSQL; H2 deadlock)
            "40P01", // PostgreSQL deadlock detected
            "23505", // unique violation: a concurrent first insert of the same key
            "HYT00"  // H2 lock wait timeout
    );
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_CONCURRENT_UPDATE = 90131;
    private static final int H2_CONNECTION_BROKEN = 90067;

    /** One unit of work inside a transaction; it must be safe to run again after a rollback. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    /** Runs {@code work} in a transaction, committing on success and retrying lost races. */
    public static <T> T run(Store store, String what, Work<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            boolean committing = false;
            try (Connection c = store.connect()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    committing = true;
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    if (!committing) rollbackQuietly(c);
                    throw e;
                }
            } catch (SQLException e) {
                // a connection lost before the commit was sent rolled the work back: run it again
                // (with H2's AUTO_SERVER that is the serving process exiting; the next connect
                // serves the file itself). Lost during the commit, nobody knows whether it landed.
                boolean retry = isRetryable(e) || (!committing && isConnectionLost(e));
                if (!retry) throw new StoreException(what + " failed", e);
                last = e;
                backOff(attempt);
            }
        }
        throw new StoreException(what + " kept losing to concurrent writers", last);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone, and with it the transaction
        }
    }

    /** The connection broke or could not be made (SQLState class 08, H2 90067 "connection is broken"). */
    static boolean isConnectionLost(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("90067"))) return true;
            if (x.getErrorCode() == H2_CONNECTION_BROKEN) return true;
        }
        return false;
    }

    static boolean isRetryable(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && RETRYABLE_STATES.contains(x.getSQLState())) return true;
            if (x.getErrorCode() == H2_LOCK_TIMEOUT || x.getErrorCode() == H2_CONCURRENT_UPDATE) return true;
        }
        return false;
    }

    /** A short random pause growing with the attempt, so retrying writers do not collide in step. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 20) + 2));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying a write", null);
        }
    }
}
