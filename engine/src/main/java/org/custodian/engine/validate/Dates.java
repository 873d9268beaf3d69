package org.custodian.engine.validate;

import java.time.LocalDate;

/**
 * Reads one calendar date written the ways people write dates in UK text: {@code 12/03/1985},
 * {@code 12-03-1985}, {@code 12.03.1985}, {@code 12/03/85}, {@code 1985-03-12}, {@code 12 March 1985},
 * {@code 12th Mar. 1985}, {@code 12-Mar-1985}, {@code March 12, 1985}. Numbers are read day-first,
 * as UK text writes them, unless only the US order gives a calendar date (03/25/1985 can only be
 * 25 March).
 *
 * <p>Works on a char array so a detector can parse straight from the scan window without copying;
 * the result is packed in a long to avoid allocating: see {@link #end}, {@link #year}, {@link #month},
 * {@link #day}. Shared by the date-of-birth detector and {@code Canonical} so both agree.
 */
public final class Dates {
    /** Returned when no date starts at the position. */
    public static final long NONE = -1L;

    private static final String[] MONTHS = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"
    };

    private Dates() {
    }

    public static int end(long parsed) {
        return (int) (parsed >>> 32);
    }

    public static int year(long parsed) {
        return (int) (parsed & 0xFFFFFFFFL) / 10000;
    }

    public static int month(long parsed) {
        return (int) (parsed & 0xFFFFFFFFL) / 100 % 100;
    }

    public static int day(long parsed) {
        return (int) (parsed & 0xFFFFFFFFL) % 100;
    }

    /** yyyyMMdd as an int, convenient for range comparisons. */
    public static int ymd(long parsed) {
        return (int) (parsed & 0xFFFFFFFFL);
    }

    /** The ISO-8601 form yyyy-MM-dd of a parsed date. */
    public static String iso(long parsed) {
        int y = year(parsed);
        int m = month(parsed);
        int d = day(parsed);
        char[] c = {
            (char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10), (char) ('0' + y % 10), '-',
            (char) ('0' + m / 10), (char) ('0' + m % 10), '-', (char) ('0' + d / 10), (char) ('0' + d % 10)
        };
        return new String(c);
    }

    /** Today as yyyyMMdd, for callers that reject dates in the future. */
    public static int todayYmd() {
        LocalDate t = LocalDate.now();
        return t.getYear() * 10000 + t.getMonthValue() * 100 + t.getDayOfMonth();
    }

    /** Parses a whole string as one date (surrounding whitespace allowed); ISO form or null. */
    public static String toIso(CharSequence text) {
        String s = text.toString().trim();
        char[] c = s.toCharArray();
        long p = parse(c, 0, c.length, todayYmd() / 10000 % 100);
        return p != NONE && end(p) == c.length ? iso(p) : null;
    }

    /**
     * Parses a date starting exactly at {@code pos}, reading no further than {@code limit}.
     *
     * @param pivotYear two-digit years up to this value are 20yy, later ones 19yy (birth dates are
     *                  in the past, so the current year's last two digits are the natural pivot)
     * @return the packed date, or {@link #NONE}
     */
    public static long parse(char[] c, int pos, int limit, int pivotYear) {
        if (pos >= limit) return NONE;
        char first = c[pos];
        if (isDigit(first)) return parseFromNumber(c, pos, limit, pivotYear);
        if (isLetter(first)) return parseMonthFirst(c, pos, limit);
        return NONE;
    }

    private static long parseFromNumber(char[] c, int pos, int limit, int pivotYear) {
        int i = pos;
        int a = 0;
        while (i < limit && isDigit(c[i]) && i - pos < 5) a = a * 10 + (c[i++] - '0');
        int aLen = i - pos;
        if (i >= limit || aLen == 0 || aLen == 3 || aLen > 4) return NONE;
        char sep = c[i];
        if (aLen == 4) {
            // year first: only the ISO-like numeric form yyyy-mm-dd (also with / or .)
            if (sep != '-' && sep != '/' && sep != '.') return NONE;
            int j = i + 1;
            int m = 0;
            int mStart = j;
            while (j < limit && isDigit(c[j]) && j - mStart < 3) m = m * 10 + (c[j++] - '0');
            if (j - mStart < 1 || j - mStart > 2 || j >= limit || c[j] != sep) return NONE;
            int k = j + 1;
            int d = 0;
            int dStart = k;
            while (k < limit && isDigit(c[k]) && k - dStart < 3) d = d * 10 + (c[k++] - '0');
            if (k - dStart < 1 || k - dStart > 2) return NONE;
            return pack(k, a, m, d);
        }
        // a is a day (or, US order, a month)
        int j = i;
        if (sep == '/' || sep == '-' || sep == '.') {
            j++;
            if (j < limit && isDigit(c[j])) {
                int b = 0;
                int bStart = j;
                while (j < limit && isDigit(c[j]) && j - bStart < 3) b = b * 10 + (c[j++] - '0');
                if (j - bStart > 2 || j >= limit || c[j] != sep) return NONE;
                int k = j + 1;
                int y = 0;
                int yStart = k;
                while (k < limit && isDigit(c[k]) && k - yStart < 5) y = y * 10 + (c[k++] - '0');
                int yLen = k - yStart;
                if (yLen == 2) y = y <= pivotYear ? 2000 + y : 1900 + y;
                else if (yLen != 4) return NONE;
                int day = a;
                int month = b;
                if (b > 12 && a <= 12) {
                    day = b;
                    month = a;
                }
                return pack(k, y, month, day);
            }
            if (sep == '.') return NONE;
            return dayMonthNameYear(c, pos, j, limit, a, sep);
        }
        // "12th March 1985", "12 March 1985"
        if (isLetter(sep) && i + 1 < limit) {
            String suffix = ordinalSuffix(a);
            if (lower(c[i]) != suffix.charAt(0) || lower(c[i + 1]) != suffix.charAt(1)) return NONE;
            j = i + 2;
            if (j >= limit) return NONE;
            sep = c[j];
        }
        if (sep != ' ') return NONE;
        return dayMonthNameYear(c, pos, j + 1, limit, a, ' ');
    }

    /** After "12 " or "12-": month name, then the same separator (or ", " / " ") and a 4-digit year. */
    private static long dayMonthNameYear(char[] c, int pos, int i, int limit, int day, char sep) {
        long mw = monthWord(c, i, limit);
        if (mw < 0) return NONE;
        int month = (int) (mw & 0xFF);
        int j = (int) (mw >>> 8);
        if (j < limit && c[j] == '.' && sep != '.') j++;
        if (sep == '-') {
            if (j >= limit || c[j] != '-') return NONE;
            j++;
        } else {
            if (j < limit && c[j] == ',') j++;
            if (j >= limit || c[j] != ' ') return NONE;
            j++;
        }
        return yearAt(c, j, limit, month, day);
    }

    /** "March 12, 1985", "Mar 12th 1985". */
    private static long parseMonthFirst(char[] c, int pos, int limit) {
        long mw = monthWord(c, pos, limit);
        if (mw < 0) return NONE;
        int month = (int) (mw & 0xFF);
        int j = (int) (mw >>> 8);
        if (j < limit && c[j] == '.') j++;
        if (j >= limit || c[j] != ' ') return NONE;
        j++;
        int d = 0;
        int dStart = j;
        while (j < limit && isDigit(c[j]) && j - dStart < 3) d = d * 10 + (c[j++] - '0');
        if (j - dStart < 1 || j - dStart > 2) return NONE;
        if (j + 1 < limit && isLetter(c[j])) {
            String suffix = ordinalSuffix(d);
            if (lower(c[j]) != suffix.charAt(0) || lower(c[j + 1]) != suffix.charAt(1)) return NONE;
            j += 2;
        }
        if (j < limit && c[j] == ',') j++;
        if (j >= limit || c[j] != ' ') return NONE;
        return yearAt(c, j + 1, limit, month, d);
    }

    private static long yearAt(char[] c, int j, int limit, int month, int day) {
        int y = 0;
        int yStart = j;
        while (j < limit && isDigit(c[j]) && j - yStart < 5) y = y * 10 + (c[j++] - '0');
        if (j - yStart != 4) return NONE;
        return pack(j, y, month, day);
    }

    /**
     * A month name or its three-letter abbreviation ("Sept" too) at i, ending at a non-letter.
     * Returns (end << 8 | month) or -1.
     */
    static long monthWord(char[] c, int i, int limit) {
        int j = i;
        while (j < limit && isLetter(c[j]) && j - i <= 9) j++;
        int len = j - i;
        if (len < 3 || len > 9) return -1;
        for (int m = 0; m < 12; m++) {
            String name = MONTHS[m];
            if (len > name.length()) continue;
            boolean ok = true;
            for (int k = 0; k < len && ok; k++) ok = lower(c[i + k]) == name.charAt(k);
            if (!ok) continue;
            // the full name, the 3-letter abbreviation, or "Sept"
            if (len == name.length() || len == 3 || (m == 8 && len == 4)) return ((long) j << 8) | (m + 1);
        }
        return -1;
    }

    private static String ordinalSuffix(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) return "th";
        switch (day % 10) {
            case 1: return "st";
            case 2: return "nd";
            case 3: return "rd";
            default: return "th";
        }
    }

    private static long pack(int end, int y, int m, int d) {
        if (!isCalendarDate(y, m, d)) return NONE;
        return ((long) end << 32) | (y * 10000L + m * 100L + d);
    }

    public static boolean isCalendarDate(int y, int m, int d) {
        if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
        return d <= daysInMonth(y, m);
    }

    private static int daysInMonth(int y, int m) {
        switch (m) {
            case 2: return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isLetter(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    private static char lower(char ch) {
        return ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
    }
}
