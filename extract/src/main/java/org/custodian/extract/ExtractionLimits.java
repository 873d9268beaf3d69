package org.custodian.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The bounds hostile input cannot push {@link TikaExtractor} past. Every limit that is reached is
 * reported as a {@link PartProblem}, so an object cut short is never reported as clean.
 *
 * @param maxDepth            deepest member read: 0 is the object, 1 its members, ... a member deeper
 *                            than this is not opened ({@code depth-limit}); default 10
 * @param maxExpandedBytes    bytes decompressed out of archives and embedded documents of one object,
 *                            all members together ({@code expansion-limit}); default 8 GiB
 * @param maxCompressionRatio a member (or a gzip/7z stream) expanding more than this many times its
 *                            compressed size is cut ({@code expansion-limit}); default 100
 * @param ratioFloorBytes     the ratio is only checked once a member has expanded past this many
 *                            bytes, so small, highly compressible files are not flagged; default 1 MiB
 * @param maxMembers          archive members plus embedded documents of one object
 *                            ({@code embedded-limit}); default 100,000
 * @param maxPartChars        characters of one Tika-parsed part (Office, PDF, HTML ...); the rest is
 *                            cut ({@code size-limit}); plain text is streamed whole; default 32M
 * @param maxSpoolBytes       largest object or member written to a temporary file for formats that
 *                            need random access (zip, 7z, Office, PDF ...) ({@code size-limit}); default 4 GiB
 * @param parseTimeout        time one object may spend waiting on Tika parsers, all parts together;
 *                            the time the handler spends reading is not counted ({@code timeout});
 *                            default 120 s
 * @param maxProblems         problems listed for one object; the rest are counted in one final
 *                            {@code more-problems} entry; default 200
 * @param tempDir             where spooled files go; deleted when the object is done; default
 *                            {@code java.io.tmpdir}
 */
public record ExtractionLimits(int maxDepth, long maxExpandedBytes, int maxCompressionRatio,
                               long ratioFloorBytes, int maxMembers, long maxPartChars,
                               long maxSpoolBytes, Duration parseTimeout, int maxProblems,
                               Path tempDir) {

    public ExtractionLimits {
        Objects.requireNonNull(parseTimeout, "parseTimeout");
        Objects.requireNonNull(tempDir, "tempDir");
        if (maxDepth < 0 || maxExpandedBytes < 0 || maxCompressionRatio < 1 || ratioFloorBytes < 0
                || maxMembers < 0 || maxPartChars < 0 || maxSpoolBytes < 0 || maxProblems < 1
                || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("extraction limits must be positive");
        }
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(10, 8L << 30, 100, 1L << 20, 100_000, 32L << 20, 4L << 30,
                Duration.ofSeconds(120), 200, Path.of(System.getProperty("java.io.tmpdir")));
    }

    public ExtractionLimits withMaxDepth(int value) {
        return new ExtractionLimits(value, maxExpandedBytes, maxCompressionRatio, ratioFloorBytes,
                maxMembers, maxPartChars, maxSpoolBytes, parseTimeout, maxProblems, tempDir);
    }

    public ExtractionLimits withMaxExpandedBytes(long value) {
        return new ExtractionLimits(maxDepth, value, maxCompressionRatio, ratioFloorBytes,
                maxMembers, maxPartChars, maxSpoolBytes, parseTimeout, maxProblems, tempDir);
    }

    public ExtractionLimits withMaxCompressionRatio(int value) {
        return new ExtractionLimits(maxDepth, maxExpandedBytes, value, ratioFloorBytes,
                maxMembers, maxPartChars, maxSpoolBytes, parseTimeout, maxProblems, tempDir);
    }

    public ExtractionLimits withMaxMembers(int value) {
        return new ExtractionLimits(maxDepth, maxExpandedBytes, maxCompressionRatio, ratioFloorBytes,
                value, maxPartChars, maxSpoolBytes, parseTimeout, maxProblems, tempDir);
    }

    public ExtractionLimits withMaxPartChars(long value) {
        return new ExtractionLimits(maxDepth, maxExpandedBytes, maxCompressionRatio, ratioFloorBytes,
                maxMembers, value, maxSpoolBytes, parseTimeout, maxProblems, tempDir);
    }

    public ExtractionLimits withMaxSpoolBytes(long value) {
        return new ExtractionLimits(maxDepth, maxExpandedBytes, maxCompressionRatio, ratioFloorBytes,
                maxMembers, maxPartChars, value, parseTimeout, maxProblems, tempDir);
    }

    public ExtractionLimits withParseTimeout(Duration value) {
        return new ExtractionLimits(maxDepth, maxExpandedBytes, maxCompressionRatio, ratioFloorBytes,
                maxMembers, maxPartChars, maxSpoolBytes, value, maxProblems, tempDir);
    }

    public ExtractionLimits withTempDir(Path value) {
        return new ExtractionLimits(maxDepth, maxExpandedBytes, maxCompressionRatio, ratioFloorBytes,
                maxMembers, maxPartChars, maxSpoolBytes, parseTimeout, maxProblems, value);
    }
}
