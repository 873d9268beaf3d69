package org.custodian.extract;

import java.util.Locale;

/** Names what went wrong in a part as a stable code and a one-line reason without file content. */
final class Failures {
    private static final int MAX_REASON = 200;

    private Failures() {
    }

    static String code(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LimitReachedException limit) {
                return limit.code();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (type.endsWith("EncryptedDocumentException") || type.endsWith("PasswordRequiredException")
                    || type.endsWith("InvalidPasswordException") || type.endsWith("AccessPermissionException")
                    || type.endsWith("UnsupportedZipFeatureException") && String.valueOf(t.getMessage()).contains("encrypt")) {
                return ProblemCodes.ENCRYPTED;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("entity expansion") || message.contains("jaxp00010001")
                    || message.contains("entityexpansion") || message.contains("entity reference")
                    && message.contains("limit")) {
                return ProblemCodes.XML_ENTITY_LIMIT;
            }
            if (type.endsWith("MemoryLimitException") || type.endsWith("ZipBombException")
                    || message.contains("zip bomb")) {
                return ProblemCodes.EXPANSION_LIMIT;
            }
            if (t instanceof StackOverflowError || t instanceof OutOfMemoryError) {
                return ProblemCodes.CORRUPT;
            }
        }
        return ProblemCodes.CORRUPT;
    }

    /** The exception's class and message, first line only and shortened: parsers describe structure, not content. */
    static String reason(Throwable failure) {
        if (failure instanceof LimitReachedException) {
            return oneLine(failure.getMessage());
        }
        Throwable root = failure;
        // a wrapper's message usually repeats its cause; the innermost one names the real problem
        while (root.getCause() != null && root.getCause() != root && root instanceof org.apache.tika.exception.TikaException) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null && root instanceof java.io.EOFException) {
            message = "the data ends early (truncated)";
        }
        return oneLine(root.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }

    static String oneLine(String text) {
        String line = text.strip();
        int newline = line.indexOf('\n');
        if (newline >= 0) {
            line = line.substring(0, newline).strip();
        }
        line = line.replaceAll("\\p{Cntrl}", " ");
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 1) + "…";
    }
}
