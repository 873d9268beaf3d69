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
            try (Connection c = store.connect()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (!isRetryable(e)) throw new StoreException(what + " failed", e);
                last = e;
                backOff(attempt);
            }
        }
        throw new StoreException(what + " kept losing to concurrent writers", last);
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
