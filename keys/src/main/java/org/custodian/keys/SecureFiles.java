package org.custodian.keys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Owner-only files and directories on POSIX file systems. Secrets are written to a temporary file
 * that is created 0600 (so no other user can open it, not even for an instant) and then put in
 * place by link or rename, so a reader sees either no file or a complete one.
 */
final class SecureFiles {
    static final Set<PosixFilePermission> OWNER_FILE = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    static final Set<PosixFilePermission> OWNER_DIR = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS_WRITE = EnumSet.of(
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private SecureFiles() {
    }

    /** Creates {@code dir} (and missing parents) as 0700, or checks that an existing one is safe. */
    static void ensurePrivateDirectory(Path dir) throws IOException {
        requirePosix(dir);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(OWNER_DIR);
            try {
                Files.createDirectories(dir, attr);
            } catch (FileAlreadyExistsException raced) {
                // another process created it meanwhile; checked below like any existing directory
            }
        }
        checkDirectory(dir);
    }

    /**
     * A directory that holds keys must be ours and not writable by anyone else, or another user
     * could swap the key file for one they know.
     */
    static void checkDirectory(Path dir) throws IOException {
        PosixFileAttributes a = attributes(dir);
        if (!a.isDirectory()) {
            throw new KeyException(KeyException.Reason.UNSAFE, dir + " is not a directory");
        }
        requireOwnedByCurrentUser(dir);
        if (!disjoint(a.permissions(), GROUP_OR_OTHERS_WRITE)) {
            throw new KeyException(KeyException.Reason.UNSAFE, "the Custodian home " + dir
                    + " is writable by group or others (" + PosixFilePermissions.toString(a.permissions())
                    + "); run: chmod 700 " + dir);
        }
    }

    /** Refuses a key file that is not a regular file owned by us with no group or other access. */
    static void checkPrivateFile(Path file) throws IOException {
        PosixFileAttributes a = attributes(file);
        if (a.isSymbolicLink() || !a.isRegularFile()) {
            throw new KeyException(KeyException.Reason.UNSAFE,
                    file + " is not a regular file (symbolic links are refused)");
        }
        requireOwnedByCurrentUser(file);
        if (!disjoint(a.permissions(), GROUP_OR_OTHERS)) {
            throw new KeyException(KeyException.Reason.UNSAFE, "refusing to use " + file
                    + ": it is accessible by group or others (" + PosixFilePermissions.toString(a.permissions())
                    + "); run: chmod 600 " + file);
        }
    }

    /** Reads a small private file after checking it, without following a symbolic link. */
    static byte[] readPrivateFile(Path file, int maxBytes) throws IOException {
        checkPrivateFile(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (ch.size() > maxBytes) {
                throw new KeyException(KeyException.Reason.INVALID,
                        file + " is " + ch.size() + " bytes, not a Custodian key");
            }
            ByteBuffer buf = ByteBuffer.allocate((int) ch.size());
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // read until full or end of file
            }
            // checked again after opening: a swap between check and open is caught here
            checkPrivateFile(file);
            byte[] out = new byte[buf.position()];
            buf.flip().get(out);
            return out;
        }
    }

    /**
     * Writes {@code content} to {@code target} with mode 0600. Without {@code replace}, fails with
     * {@link FileAlreadyExistsException} if the target exists, with no window for a race.
     */
    static void writePrivateFile(Path target, byte[] content, boolean replace) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        requirePosix(dir);
        Path tmp = Files.createTempFile(dir, ".custodian-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE));
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            if (replace) {
                moveReplacing(tmp, target);
            } else {
                placeIfAbsent(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves a file we checked into place (retiring a key) keeping its mode; refuses to overwrite. */
    static void moveNoReplace(Path from, Path to) throws IOException {
        placeIfAbsent(from, to);
        Files.deleteIfExists(from);
    }

    private static void placeIfAbsent(Path tmp, Path target) throws IOException {
        try {
            // link(2) fails when the target exists: unlike exists()+rename it cannot race
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.move(tmp, target); // file systems without hard links: no atomic no-replace exists
        }
    }

    private static void moveReplacing(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static PosixFileAttributes attributes(Path p) throws IOException {
        requirePosix(p);
        return Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static void requirePosix(Path p) {
        if (!p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            throw new KeyException(KeyException.Reason.UNSAFE,
                    "the Custodian home must be on a POSIX file system so its key can be made owner-only");
        }
    }

    private static void requireOwnedByCurrentUser(Path p) throws IOException {
        Object uid = uidOf(p);
        long me = currentUid();
        if (uid instanceof Integer && me >= 0) {
            if (((Integer) uid).longValue() != me) {
                throw new KeyException(KeyException.Reason.UNSAFE,
                        p + " is owned by uid " + uid + ", not by the current user (uid " + me + ")");
            }
            return;
        }
        String owner = Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName();
        if (!owner.equals(System.getProperty("user.name"))) {
            throw new KeyException(KeyException.Reason.UNSAFE,
                    p + " is owned by " + owner + ", not by the current user");
        }
    }

    private static Object uidOf(Path p) {
        try {
            return Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return null;
        }
    }

    /** The real uid of this process, or -1 where the JDK cannot tell. */
    static long currentUid() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (LinkageError | RuntimeException e) {
            return -1;
        }
    }

    private static boolean disjoint(Set<PosixFilePermission> a, Set<PosixFilePermission> b) {
        for (PosixFilePermission p : b) {
            if (a.contains(p)) return false;
        }
        return true;
    }
}
