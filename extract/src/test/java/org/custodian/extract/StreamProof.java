package org.custodian.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Streams a generated object of any size through {@link TikaExtractor} and prints what came out;
 * run under a small heap it shows that memory does not grow with the input (docs/extraction.md):
 * {@code java -Xmx64m -cp ... org.custodian.extract.StreamProof 4096 lines}.
 *
 * <p>Modes: {@code lines} (a log file), {@code single} (one line with no line break at all),
 * {@code xml} (parsed by Tika, text streamed back through the parse pipe).
 */
public final class StreamProof {
    private StreamProof() {
    }

    public static void main(String[] args) throws IOException {
        long megabytes = Long.parseLong(args[0]);
        String mode = args[1];
        long bytes = megabytes << 20;
        String path = mode.equals("xml") ? "huge.xml" : "huge.log";
        long[] total = new long[1];
        long start = System.nanoTime();
        ExtractionResult result = new TikaExtractor().extract(path, generated(bytes, mode), (part, text) -> {
            char[] buffer = new char[8192];
            int n;
            while ((n = text.read(buffer)) > 0) {
                total[0] += n;
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("status=%s parts=%d chars=%d read=%d seconds=%.1f MB/s=%.0f maxHeapMB=%d%n", result.status(),
                result.parts(), result.chars(), total[0], seconds, megabytes / seconds, runtime.maxMemory() >> 20);
        if (!result.problems().isEmpty()) {
            System.out.println("problems=" + result.problems());
        }
    }

    /** Bytes made on the fly: the input never exists in memory or on disk as a whole. */
    static InputStream generated(long bytes, String mode) {
        byte[] unit = switch (mode) {
            case "single" -> "patient 943 476 5919 paid £42; ".getBytes(StandardCharsets.UTF_8);
            case "xml" -> "<p>patient 943 476 5919 paid £42</p>\n".getBytes(StandardCharsets.UTF_8);
            default -> "2024-01-01 12:00:00 INFO login patient 943 476 5919 paid £42\n".getBytes(StandardCharsets.UTF_8);
        };
        byte[] head = mode.equals("xml") ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><doc>".getBytes(StandardCharsets.UTF_8) : new byte[0];
        byte[] tail = mode.equals("xml") ? "</doc>".getBytes(StandardCharsets.UTF_8) : new byte[0];
        // whole units only, so that a multi-byte character is never split; spaces fill the rest
        long body = bytes - head.length - tail.length;
        long wholeUnits = body - body % unit.length;
        byte[] block = new byte[unit.length * Math.max(1, (64 * 1024) / unit.length)];
        for (int i = 0; i < block.length; i++) {
            block[i] = unit[i % unit.length];
        }
        return new InputStream() {
            long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long end = head.length + body + tail.length;
                if (position >= end) {
                    return -1;
                }
                if (position < head.length) {
                    int n = (int) Math.min(len, head.length - position);
                    System.arraycopy(head, (int) position, b, off, n);
                    position += n;
                    return n;
                }
                long p = position - head.length;
                if (p < wholeUnits) {
                    int from = (int) (p % block.length);
                    int n = (int) Math.min(Math.min(len, block.length - from), wholeUnits - p);
                    System.arraycopy(block, from, b, off, n);
                    position += n;
                    return n;
                }
                if (p < body) {
                    int n = (int) Math.min(len, body - p);
                    java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                    position += n;
                    return n;
                }
                int n = (int) Math.min(len, end - position);
                System.arraycopy(tail, (int) (position - head.length - body), b, off, n);
                position += n;
                return n;
            }
        };
    }
}
