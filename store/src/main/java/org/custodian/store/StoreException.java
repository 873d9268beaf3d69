package org.custodian.store;

/** A database failure a caller cannot fix by retrying; carries the JDBC cause. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
