package org.custodian.store.findings;

import java.time.Instant;

/**
 * What the file system says about a file, before its content is read.
 *
 * @param source          where it lives: {@code file} for a local or mounted file system
 * @param path            absolute path
 * @param root            the scan root it was reached from
 * @param size            bytes, at the time it was looked at
 * @param modified        last modification time
 * @param owner           owning user, or null when unknown
 * @param permissions     POSIX permissions ({@code rw-r-----}), or null when they cannot be judged
 * @param permissionsNote why {@code permissions} is null (SMB/CIFS mount ...), else null
 * @param fsType          the file store's type ({@code ext4}, {@code cifs} ...)
 */
public record FileFacts(String source, String path, String root, long size, Instant modified, String owner,
                        String permissions, String permissionsNote, String fsType) {
    public static final String FILE_SOURCE = "file";
}
