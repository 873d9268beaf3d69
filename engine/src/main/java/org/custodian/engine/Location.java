package org.custodian.engine;

/**
 * Where a finding sits in the text the engine was given.
 *
 * @param offset     character (UTF-16 code unit) offset from the start of the text
 * @param length     length in characters
 * @param line       1-based line number
 * @param column     1-based column, in characters, within that line
 * @param byteOffset offset in the original bytes when the caller knows the encoding (UTF-8 streams),
 *                   otherwise -1
 */
public record Location(long offset, int length, long line, int column, long byteOffset) {
    public static final long UNKNOWN = -1;
}
