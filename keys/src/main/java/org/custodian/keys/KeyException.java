package org.custodian.keys;

/**
 * The installation secret cannot be used as asked. Messages name files and key ids, never key
 * material, so they are safe to print.
 */
public final class KeyException extends RuntimeException {
    /** Why; surfaces map these to exit codes and advice. */
    public enum Reason {
        /** No key file yet: run {@code custodian init}. */
        MISSING,
        /** The key file or Custodian home can be read or changed by someone else, or is not ours. */
        UNSAFE,
        /** The key file is there but is not a key (wrong length, unreadable). */
        INVALID,
        /** A key exists and the operation would replace it without being told to. */
        EXISTS,
        /** A wrapped key could not be opened: wrong passphrase, altered or unknown envelope. */
        UNWRAP_FAILED
    }

    private final Reason reason;

    public KeyException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public KeyException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
