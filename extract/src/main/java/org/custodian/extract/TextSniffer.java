package org.custodian.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Picks the charset of plain text from its first bytes: a byte-order mark, else the zero-byte
 * pattern of UTF-16 without a mark, else UTF-8 when the sample is valid UTF-8, else windows-1252
 * (a superset of Latin-1's printable characters, and what "Latin-1" files on Windows servers are).
 * Deterministic on purpose: statistical detectors guess oddly on short samples.
 */
final class TextSniffer {
    /** How many leading bytes are looked at. */
    static final int SAMPLE = 64 * 1024;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** @param bomLength bytes of byte-order mark to skip before decoding */
    record Sniffed(Charset charset, int bomLength) {
    }

    private TextSniffer() {
    }

    static Sniffed sniff(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Sniffed(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Sniffed(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Sniffed(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutMark(b, Math.min(n, 4096) & ~1);
        if (utf16 != null) {
            return new Sniffed(utf16, 0);
        }
        return new Sniffed(validUtf8(b, n) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** Mostly-Latin UTF-16 has a zero in every other byte; text in an 8-bit charset has none. */
    static Charset utf16WithoutMark(byte[] b, int n) {
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Valid UTF-8, allowing a sequence cut off by the end of the sample. */
    static boolean validUtf8(byte[] b, int n) {
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            int continuation;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                continuation = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                continuation = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                continuation = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= continuation; k++) {
                if (i + k >= n) {
                    return true;
                }
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += continuation + 1;
        }
        return true;
    }
}
