package org.custodian.cli;

/** A failure the user can fix; printed as one line without a stack trace, exit code 2. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
