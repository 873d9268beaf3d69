package org.custodian.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.custodian.store.findings.FileFacts;

/** Reads a file's facts from the file system without following links and without opening it. */
final class FileSystemFacts {
    /** File store types of SMB/CIFS mounts, where POSIX mode bits come from mount options. */
    static final Set<String> SMB_TYPES = Set.of("cifs", "smb", "smb2", "smb3", "smbfs");

    private FileSystemFacts() {
    }

    static FileFacts read(Path file, String root, String fsType) throws IOException {
        BasicFileAttributes basic;
        String owner = null;
        String permissions = null;
        String note = null;
        try {
            PosixFileAttributes posix = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            basic = posix;
            owner = posix.owner() == null ? null : posix.owner().getName();
            permissions = PosixFilePermissions.toString(posix.permissions());
        } catch (UnsupportedOperationException e) {
            basic = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            note = "not a POSIX file system: permissions not judged";
        }
        if (fsType != null && SMB_TYPES.contains(fsType.toLowerCase(Locale.ROOT))) {
            permissions = null;
            note = "SMB/CIFS mount (" + fsType + "): POSIX mode bits come from mount options, not the share's ACLs";
        }
        return of(file, root, basic, owner, permissions, note, fsType);
    }

    /** Facts from the walk's own attributes, when the file cannot be looked at again (vanished). */
    static FileFacts fromWalk(Path file, String root, BasicFileAttributes a, String fsType) {
        if (a == null) return new FileFacts(FileFacts.FILE_SOURCE, file.toString(), root, 0, null, null, null, "not read", fsType);
        return of(file, root, a, null, null, "not read", fsType);
    }

    private static FileFacts of(Path file, String root, BasicFileAttributes a, String owner, String permissions,
                                String note, String fsType) {
        // the store keeps microseconds (PostgreSQL's precision): compare like with like next time
        return new FileFacts(FileFacts.FILE_SOURCE, file.toString(), root, a.size(),
                a.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS), owner, permissions, note, fsType);
    }
}
