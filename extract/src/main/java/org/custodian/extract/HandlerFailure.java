package org.custodian.extract;

/**
 * Carries an exception thrown by the caller's {@link PartHandler} through the extractor untouched,
 * so that it is never mistaken for a corrupt member and swallowed.
 */
final class HandlerFailure extends RuntimeException {
    HandlerFailure(Exception cause) {
        super(cause);
    }
}
