package org.custodian.corpus;

/**
 * A span deliberately written to look like sensitive data that is not (a checksum-failing NHS
 * number, an invoice number, a version string ...). It carries no label: any finding on it is a
 * false positive. The category only explains, in reports, which trap a detector fell into.
 */
public record HardNegative(String category, int start, int end) {
    public boolean overlaps(long otherStart, long otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
