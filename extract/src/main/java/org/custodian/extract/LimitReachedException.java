package org.custodian.extract;

import java.io.IOException;

/** A limit stopped reading; thrown inside extraction, always turned into a {@link PartProblem}. */
final class LimitReachedException extends IOException {
    private final String code;
    private final String path;

    LimitReachedException(String code, String path, String reason) {
        super(reason);
        this.code = code;
        this.path = path;
    }

    String code() {
        return code;
    }

    String path() {
        return path;
    }
}
