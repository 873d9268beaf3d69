package org.custodian.store.exposure;

/** Kinds of exposure; later issues add theirs here (public bucket, unauthorised copy ...). */
public enum ExposureKind {
    /** Any local user can read the file (POSIX "other" read bit, on a path they can traverse). */
    WORLD_READABLE,
    /** Any local user can change or replace the file. */
    WORLD_WRITABLE,
    /** Every member of the file's group can change it. */
    GROUP_WRITABLE,
    /** Kept past its retention period. */
    STALE,
    /** The permissions cannot be judged here (SMB/CIFS mounts: NTFS ACLs are not POSIX bits). */
    UNKNOWN
}
