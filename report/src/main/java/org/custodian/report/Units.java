package org.custodian.report;

import java.time.Duration;
import java.util.Locale;

/**
 * Numbers as people read them, the same in every locale so that output is stable and testable:
 * {@code 1,234}, {@code 512 MB}, {@code 48.2 MB/s}, {@code 0:03:12}. Sizes use decimal units
 * (1 MB = 1,000,000 bytes), as disk vendors and network rates do.
 */
public final class Units {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private Units() {
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String bytes(long n) {
        if (n < 1000) return n + " B";
        double v = n;
        int unit = 0;
        while (v >= 999.95 && unit < UNITS.length - 1) {
            v /= 1000;
            unit++;
        }
        return decimal(v) + " " + UNITS[unit];
    }

    public static String rate(double bytesPerSecond) {
        if (!(bytesPerSecond >= 0) || Double.isInfinite(bytesPerSecond)) return "? B/s";
        return bytes(Math.round(bytesPerSecond)) + "/s";
    }

    /** {@code H:MM:SS}; hours grow past 9 rather than wrapping to days. */
    public static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** Cuts the middle out of long text, keeping both ends: a path's root and, with more room, its file name. */
    public static String elideMiddle(String text, int width) {
        if (width < 5) throw new IllegalArgumentException("width must be at least 5: " + width);
        if (text.length() <= width) return text;
        int keep = width - 3;
        int head = keep * 2 / 5; // the file name at the end says more than the root at the start
        return text.substring(0, head) + "..." + text.substring(text.length() - (keep - head));
    }

    private static String decimal(double v) {
        // one decimal while it carries information, none past 100 ("512 MB", "48.2 MB")
        return v < 99.95 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v);
    }

    /**
     * Text safe to show a person: control characters (which could move a terminal's cursor or
     * retitle its window) and bidirectional overrides (which can make {@code exe.txt} read as
     * {@code txt.exe}) become {@code ?}. Machine formats keep names exact; only displays use this.
     */
    public static String displaySafe(String text) {
        if (text == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200e' || c == '\u200f' || c == '\u061c';
            if (unsafe && b == null) b = new StringBuilder(text.substring(0, i));
            if (b != null) b.append(unsafe ? '?' : c);
        }
        return b == null ? text : b.toString();
    }
}
