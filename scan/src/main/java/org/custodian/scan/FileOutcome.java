package org.custodian.scan;

/**
 * How one file went.
 *
 * @param path     the file's path
 * @param bytes    its size
 * @param status   {@code scanned}, {@code partial}, {@code skipped} or {@code unchanged}
 * @param findings findings stored for it at or above the threshold
 */
public record FileOutcome(String path, long bytes, String status, int findings) {
}
