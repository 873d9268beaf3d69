package org.custodian.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts what a decompressor produces against the object's expanded-bytes budget and the
 * compression ratio of this stream, and stops it with a {@link LimitReachedException} the moment
 * either is passed: a zip bomb is cut after a few megabytes, wherever it is nested.
 */
final class ExpansionGuard extends FilterInputStream {
    private final Extraction extraction;
    private final String path;
    private final LongSupplier compressedBytes;
    private long expanded;

    /**
     * @param compressedBytes the compressed bytes behind what was read so far (the entry's size for
     *                        a zip member, a running count for a gzip stream)
     */
    ExpansionGuard(InputStream in, Extraction extraction, String path, LongSupplier compressedBytes) {
        super(in);
        this.extraction = extraction;
        this.path = path;
        this.compressedBytes = compressedBytes;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return SkipByReading.skip(this, n);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) throws LimitReachedException {
        expanded += n;
        extraction.expand(path, n);
        ExtractionLimits limits = extraction.limits();
        if (expanded > limits.ratioFloorBytes()) {
            long compressed = Math.max(1, compressedBytes.getAsLong());
            if (expanded / compressed >= limits.maxCompressionRatio()) {
                throw new LimitReachedException(ProblemCodes.EXPANSION_LIMIT, path,
                        "expands more than " + limits.maxCompressionRatio() + " times its compressed size"
                                + " (" + expanded + " bytes from " + compressed + "); cut there");
            }
        }
    }
}
