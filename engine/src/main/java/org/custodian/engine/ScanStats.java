package org.custodian.engine;

/** What one scan covered: characters, UTF-8 bytes where known (else -1), findings and lines. */
public record ScanStats(long chars, long bytes, long findings, long lines) {
}
