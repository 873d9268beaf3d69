package org.custodian.extract;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code skip} done by reading through the stream's own {@code read}: skipping still decompresses
 * and still counts, so byte budgets and expansion checks stay honest.
 */
final class SkipByReading {
    private SkipByReading() {
    }

    static long skip(InputStream self, long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long skipped = 0;
        while (skipped < n) {
            int r = self.read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) break;
            skipped += r;
        }
        return skipped;
    }
}
