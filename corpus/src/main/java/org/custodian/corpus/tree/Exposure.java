package org.custodian.corpus.tree;

import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The POSIX permissions a sample file gets. Ordinary files are {@code rw-r-----} (owner and
 * department group), so that the few made world-readable or writable on purpose stand out, as
 * they would on a well-kept share.
 */
public enum Exposure {
    NONE("rw-r-----"),
    WORLD_READABLE("rw-r--r--"),
    GROUP_WRITABLE("rw-rw----"),
    WORLD_WRITABLE("rw-rw-rw-");

    private final String mode;

    Exposure(String mode) {
        this.mode = mode;
    }

    /** As {@code ls -l} shows it, e.g. {@code rw-r-----}. */
    public String mode() {
        return mode;
    }

    Set<PosixFilePermission> permissions() {
        return PosixFilePermissions.fromString(mode);
    }
}
