package org.custodian.engine;

/**
 * A run of digit groups starting at a word start, computed once per position and shared by every
 * numeric detector there (NHS, card, sort code, phone, date, IP ...): "943 476 5919" is three groups
 * of 3, 3 and 4 digits separated by spaces. Groups are joined by exactly one separator from
 * {@code ' ' '-' '.' '/' ':'}; the run stops at anything else, after {@link #MAX_GROUPS} groups or
 * {@link #MAX_DIGITS} digits. Detectors check the shape they need and give up at once otherwise.
 *
 * <p>Numeric detectors are also called at every later group start of a run, so "Age 45 9434765919"
 * still finds the 10-digit group even though the run from "45" has the wrong shape.
 */
public final class DigitRun {
    public static final int MAX_GROUPS = 8;
    public static final int MAX_DIGITS = 32;

    final int[] groupStart = new int[MAX_GROUPS];
    final int[] groupLength = new int[MAX_GROUPS];
    final byte[] digits = new byte[MAX_DIGITS];
    /** Index of this run's first group and first digit in the arrays: a later group's run is a suffix. */
    private int firstGroup;
    private int firstDigit;
    int groups;
    int digitCount;
    int start = -1;
    int end;
    /**
     * True when the run ended by itself (at a char that does not continue it, or the window's end)
     * rather than at {@link #MAX_GROUPS} or {@link #MAX_DIGITS}: then the run starting at any of its
     * later groups is exactly its suffix.
     */
    private boolean endedByItself;

    /** Window index of the first digit. */
    public int start() {
        return start;
    }

    /** Window index after the last digit of the last group. */
    public int end() {
        return end;
    }

    public int groups() {
        return groups;
    }

    public int digitCount() {
        return digitCount;
    }

    /** The i-th digit of the run (0-9), counting across groups. */
    public int digit(int i) {
        return digits[firstDigit + i];
    }

    public int groupLength(int g) {
        return groupLength[firstGroup + g];
    }

    public int groupStart(int g) {
        return groupStart[firstGroup + g];
    }

    /** Window index after the last digit of group g. */
    public int groupEnd(int g) {
        return groupStart(g) + groupLength(g);
    }

    /** The separator between group g and g+1. */
    public char separatorAfter(ScanWindow w, int g) {
        return w.buf[groupEnd(g)];
    }

    /** Digits [from, to) of the run as a number; caller keeps it within 18 digits. */
    public long value(int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) v = v * 10 + digits[firstDigit + i];
        return v;
    }

    /** Number of digits in groups [0, g). */
    public int digitsBefore(int g) {
        int n = 0;
        for (int i = 0; i < g; i++) n += groupLength(i);
        return n;
    }

    /** True when groups [0, n) are all separated by the same character (or n is 1). */
    public boolean sameSeparator(ScanWindow w, int n) {
        if (n < 2) return true;
        char s = separatorAfter(w, 0);
        for (int g = 1; g < n - 1; g++) {
            if (separatorAfter(w, g) != s) return false;
        }
        return true;
    }

    /** True when the first n groups have exactly these lengths. */
    public boolean shape(int n, int... lengths) {
        if (groups < n || lengths.length != n) return false;
        for (int g = 0; g < n; g++) {
            if (groupLength(g) != lengths[g]) return false;
        }
        return true;
    }

    /**
     * Moves this run to start at pos when pos is one of its later groups and the run ended by
     * itself, so the engine's calls at each group of a timestamp or a spaced number do not read the
     * rest of it again; false (unchanged) otherwise.
     */
    boolean startAtLaterGroup(int pos) {
        if (start < 0 || pos <= start || pos >= end || !endedByItself) return false;
        int digitsSkipped = 0;
        for (int g = 1; g < groups; g++) {
            digitsSkipped += groupLength(g - 1);
            int gs = groupStart(g);
            if (gs > pos) return false;
            if (gs == pos) {
                firstGroup += g;
                firstDigit += digitsSkipped;
                groups -= g;
                digitCount -= digitsSkipped;
                start = pos;
                return true;
            }
        }
        return false;
    }

    void compute(char[] buf, int pos, int limit) {
        start = pos;
        firstGroup = 0;
        firstDigit = 0;
        groups = 0;
        digitCount = 0;
        endedByItself = false;
        int i = pos;
        while (groups < MAX_GROUPS) {
            int gs = i;
            while (i < limit && digitCount < MAX_DIGITS) {
                char c = buf[i];
                if (c < '0' || c > '9') break;
                digits[digitCount++] = (byte) (c - '0');
                i++;
            }
            groupStart[groups] = gs;
            groupLength[groups] = i - gs;
            groups++;
            end = i;
            if (digitCount >= MAX_DIGITS) break;
            if (i + 1 >= limit) {
                endedByItself = true;
                break;
            }
            char sep = buf[i];
            char next = buf[i + 1];
            if ((sep != ' ' && sep != '-' && sep != '.' && sep != '/' && sep != ':') || next < '0' || next > '9') {
                endedByItself = true;
                break;
            }
            i++;
        }
    }
}
