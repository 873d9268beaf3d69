package org.custodian.scan;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.custodian.store.exposure.ExposureKind;
import org.custodian.store.findings.FileExposure;
import org.custodian.store.findings.FileFacts;

/**
 * The exposures a file's own facts show. Only files that hold findings are exposures (personal data
 * reachable); the caller decides that. Pure, so tests and reports agree with scans.
 *
 * <p>Limits, said plainly: only the file's own mode bits are judged, not whether every directory
 * above it can be traversed, and not ACLs; on SMB/CIFS mounts mode bits come from mount options and
 * mean nothing about who can read the share, so the answer there is UNKNOWN.
 */
final class Exposures {
    private Exposures() {
    }

    static List<FileExposure> of(FileFacts f, Period retention, Instant now) {
        List<FileExposure> out = new ArrayList<>();
        String p = f.permissions();
        if (p == null) {
            out.add(new FileExposure(ExposureKind.UNKNOWN,
                    f.permissionsNote() != null ? f.permissionsNote() : "permissions unknown"));
        } else {
            String mode = "mode " + octal(p);
            if (p.charAt(6) == 'r') {
                out.add(new FileExposure(ExposureKind.WORLD_READABLE, mode + ": any local user can read it"));
            }
            if (p.charAt(7) == 'w') {
                out.add(new FileExposure(ExposureKind.WORLD_WRITABLE, mode + ": any local user can change or replace it"));
            }
            if (p.charAt(4) == 'w') {
                out.add(new FileExposure(ExposureKind.GROUP_WRITABLE, mode + ": every member of its group can change it"));
            }
        }
        if (retention != null && f.modified() != null
                && f.modified().isBefore(now.atOffset(ZoneOffset.UTC).minus(retention).toInstant())) {
            out.add(new FileExposure(ExposureKind.STALE, "not modified since " + f.modified().atOffset(ZoneOffset.UTC)
                    .toLocalDate() + ", older than the retention period " + retention));
        }
        return out;
    }

    /** {@code rw-r--r--} as {@code 0644}. */
    static String octal(String rwx) {
        int mode = 0;
        for (int i = 0; i < 9; i++) {
            if (rwx.charAt(i) != '-') mode |= 1 << (8 - i);
        }
        return String.format("0%03o", mode);
    }
}
