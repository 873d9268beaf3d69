package org.custodian.cli;

/** Process exit codes; part of the documented contract (docs/cli.md). */
public final class ExitCodes {
    /** Success; for detect and scans: nothing at or above the threshold. */
    public static final int OK = 0;
    /** detect and scans: at least one finding at or above the threshold. */
    public static final int FINDINGS = 1;
    /** Usage error, unreadable input, or any other failure. */
    public static final int ERROR = 2;
    /** Reserved for scans that could not read everything (used by later scan commands). */
    public static final int INCOMPLETE = 3;
    /**
     * The installation key is missing where one is required, unsafe (others can read or change
     * it), already present where a command would replace it, or could not be unwrapped.
     */
    public static final int KEY = 4;

    private ExitCodes() {
    }
}
