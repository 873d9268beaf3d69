package org.custodian.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The caller's stream, marking its own read failures so that they end the extraction (the contract
 * throws them) instead of being mistaken for corrupt content, and counting the bytes read.
 */
final class SourceStream extends FilterInputStream {
    /** A failure to read the caller's stream itself: a disk or network error, not bad content. */
    static final class SourceReadException extends IOException {
        SourceReadException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    // read by parse threads for the expansion ratio; written only by the calling thread
    private volatile long bytes;

    SourceStream(InputStream in) {
        super(in);
    }

    long bytes() {
        return bytes;
    }

    @Override
    public int read() throws IOException {
        try {
            int b = in.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        } catch (IOException e) {
            throw new SourceReadException(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = in.read(b, off, len);
            if (n > 0) {
                bytes += n;
            }
            return n;
        } catch (IOException e) {
            throw new SourceReadException(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        return SkipByReading.skip(this, n);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
