package org.custodian.scan;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import org.custodian.engine.Likelihood;

/**
 * What to scan and how.
 *
 * @param roots         files and directories to scan
 * @param minLikelihood findings below this are not stored as findings
 * @param retention     files not modified for longer than this are STALE exposures; null for no rule
 * @param resume        continue the newest unfinished scan of the same roots instead of starting anew
 * @param threads       worker threads (the CLI's default is the number of cores)
 */
public record ScanRequest(List<Path> roots, Likelihood minLikelihood, Period retention, boolean resume, int threads) {
    public ScanRequest {
        roots = List.copyOf(roots);
        if (roots.isEmpty()) throw new IllegalArgumentException("nothing to scan");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }
}
