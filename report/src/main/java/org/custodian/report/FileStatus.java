package org.custodian.report;

import java.util.Locale;

/**
 * How much of a file a scan read. Only {@link #SCANNED} and {@link #UNCHANGED} files can be called
 * clean; a partly read or skipped file is never reported as clean, whatever was found in it.
 */
public enum FileStatus {
    SCANNED("scanned", "Scanned in full"),
    PARTIAL("partial", "Only partly scanned: NOT known to be clean"),
    SKIPPED("skipped", "Not scanned: NOT known to be clean"),
    UNCHANGED("unchanged", "Unchanged since the last scan (earlier results kept)");

    private final String code;
    private final String plainWords;

    FileStatus(String code, String plainWords) {
        this.code = code;
        this.plainWords = plainWords;
    }

    /** The word reports and the store use: {@code scanned}, {@code partial}, {@code skipped}, {@code unchanged}. */
    public String code() {
        return code;
    }

    /** A sentence a reader who does not know the codes understands. */
    public String plainWords() {
        return plainWords;
    }

    /** Whether every byte of the file was looked at, in this scan or an earlier one. */
    public boolean readWhole() {
        return this == SCANNED || this == UNCHANGED;
    }

    /** Accepts the code in any case ({@code partial}, {@code PARTIAL}). */
    public static FileStatus of(String code) {
        if (code != null) {
            for (FileStatus s : values()) {
                if (s.code.equals(code.toLowerCase(Locale.ROOT))) return s;
            }
        }
        throw new IllegalArgumentException("file status must be scanned, partial, skipped or unchanged: " + code);
    }
}
