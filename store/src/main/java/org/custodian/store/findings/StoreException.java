package org.custodian.store.findings;

import java.sql.SQLException;

/** A database failure while reading or writing scan data; the message names the operation, never data. */
public final class StoreException extends RuntimeException {
    public StoreException(String operation, SQLException cause) {
        super(operation + ": " + cause.getMessage(), cause);
    }
}
