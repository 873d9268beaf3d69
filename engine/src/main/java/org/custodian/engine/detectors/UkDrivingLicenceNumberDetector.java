package org.custodian.engine.detectors;

import static org.custodian.engine.detectors.IdText.digitsFrom;
import static org.custodian.engine.detectors.IdText.isDigit;
import static org.custodian.engine.detectors.IdText.isLetter;
import static org.custodian.engine.detectors.IdText.isUpper;
import static org.custodian.engine.detectors.IdText.toUpper;

import java.util.Set;
import org.custodian.engine.Detector;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;

/**
 * DVLA driving licence numbers (Great Britain): 16 characters, "MORGA711165SM9IJ" or printed
 * "MORGA 711165 SM9IJ":
 * <ol>
 *   <li>1-5: the first five letters of the surname, padded with 9;</li>
 *   <li>6: the decade digit of the year of birth;</li>
 *   <li>7-8: the month of birth, plus 50 for women (01-12, 51-62);</li>
 *   <li>9-10: the day of birth, valid for that month;</li>
 *   <li>11: the last digit of the year of birth;</li>
 *   <li>12-13: the first two initials, padded with 9;</li>
 *   <li>14: a digit (usually 9); 15-16: two check characters.</li>
 * </ol>
 * The number encodes its holder, so the text around it can confirm it: a capitalised word within
 * {@link #NEIGHBOURHOOD} characters that starts with the surname part, or a date there that is
 * the encoded date of birth, each raise the score the way a context word does.
 */
public final class UkDrivingLicenceNumberDetector implements Detector {
    private static final Hotwords CONTEXT = Hotwords.of(
            "driving licence", "driving license", "driver licence", "driver license", "drivers licence",
            "driver s licence", "driver s license", "licence", "license", "licence no", "licence number",
            "dvla", "driver number", "driving licence number", "dl no", "photocard");

    /** How far either side a surname or date of birth is looked for. */
    static final int NEIGHBOURHOOD = 150;

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

    @Override
    public String id() {
        return "uk-driving-licence-number";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.UK_DRIVING_LICENCE_NUMBER);
    }

    @Override
    public Triggers triggers() {
        // the surname part: upper-case letters padded with 9s
        return Triggers.create().upperCase().wordShape("AA", "A9");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (pos + 16 > lim) return;
        // the birth-date part starts right after five characters, or after one space in the printed form
        boolean printed = b[pos + 5] == ' ';
        int d = pos + (printed ? 6 : 5);
        if (d + 11 + (printed ? 1 : 0) > lim || digitsFrom(b, d, d + 6) != 6) return;
        int surnameLetters = surnameLetters(b, pos);
        if (surnameLetters < 0) return;
        int month = (b[d + 1] - '0') * 10 + (b[d + 2] - '0');
        int day = (b[d + 3] - '0') * 10 + (b[d + 4] - '0');
        int realMonth = month > 50 ? month - 50 : month;
        if (realMonth < 1 || realMonth > 12 || day < 1 || day > DAYS_IN_MONTH[realMonth - 1]) return;
        int r = d + 6;
        if (printed) {
            if (b[r] != ' ') return;
            r++;
        }
        if (r + 5 > lim || !initials(b[r], b[r + 1]) || !isDigit(b[r + 2])
                || !checkChar(b[r + 3]) || !checkChar(b[r + 4])) {
            return;
        }
        int end = r + 5;
        if (w.continuesNumberAfter(end)) return;

        int decade = b[d] - '0';
        int year = b[d + 5] - '0';
        double score = 0.5 + IdText.contextAdjustment(w, pos, end, CONTEXT, 0.35);
        if (surnameNearby(w, pos, end, surnameLetters)) score += 0.2;
        if (birthDateNearby(w, pos, end, decade, realMonth, day, year)) score += 0.2;
        out.add(InfoType.UK_DRIVING_LICENCE_NUMBER, pos, end, score, IdText.upperAlnum(w, pos, end), this);
    }

    /** Letters in the surname part (1-5), or -1 unless it is upper-case letters then only 9s. */
    private static int surnameLetters(char[] b, int pos) {
        int n = 0;
        while (n < 5 && isUpper(b[pos + n])) n++;
        if (n == 0) return -1;
        for (int i = n; i < 5; i++) if (b[pos + i] != '9') return -1;
        return n;
    }

    private static boolean initials(char first, char second) {
        return isUpper(first) ? isUpper(second) || second == '9' : first == '9' && second == '9';
    }

    private static boolean checkChar(char c) {
        return isUpper(c) || isDigit(c);
    }

    /**
     * True when a capitalised word near the licence starts with its surname part: the same five
     * letters, or exactly the same letters when the part is padded (the surname is shorter).
     */
    private static boolean surnameNearby(ScanWindow w, int start, int end, int letters) {
        char[] b = w.chars();
        int from = Math.max(w.textStart(), start - NEIGHBOURHOOD);
        int to = Math.min(w.limit(), end + NEIGHBOURHOOD);
        boolean padded = letters < 5;
        for (int i = from; i < to; i++) {
            if (i >= start && i < end) {
                i = end;
                continue;
            }
            if (!isUpper(b[i]) || !w.isBoundary(i - 1)) continue;
            int wordEnd = w.wordEnd(i);
            if (startsWithSurnamePart(b, i, wordEnd, start, letters, padded)) return true;
            // the DVLA codes "Mac" as "Mc": MacDonald is MCDON
            if (wordEnd - i > 3 && toUpper(b[i + 1]) == 'A' && b[i] == 'M' && toUpper(b[i + 2]) == 'C'
                    && b[start] == 'M' && b[start + 1] == 'C' && letters >= 2
                    && startsWithSurnamePart(b, i + 3, wordEnd, start + 2, letters - 2, padded)) {
                return true;
            }
            i = wordEnd;
        }
        return false;
    }

    /**
     * True when the word [from, to) is the surname the surname part's letters {@code [p, p + letters)} encode:
     * the word is exactly those letters when the part was padded, or starts with them when not.
     */
    private static boolean startsWithSurnamePart(char[] b, int from, int to, int p, int letters, boolean padded) {
        int len = to - from;
        if (padded ? len != letters : len < letters) return false;
        for (int k = 0; k < letters; k++) {
            if (toUpper(b[from + k]) != b[p + k]) return false;
        }
        return true;
    }

    /**
     * True when a date near the licence is the encoded date of birth: day, month and the last two
     * digits of the year agree. Reads dd/mm/yyyy (also - . or space, two-digit years),
     * yyyy-mm-dd and "16 November 1975".
     */
    private static boolean birthDateNearby(ScanWindow w, int start, int end, int decade, int month, int day, int year) {
        char[] b = w.chars();
        int from = Math.max(w.textStart(), start - NEIGHBOURHOOD);
        int to = Math.min(w.limit(), end + NEIGHBOURHOOD);
        int yy = decade * 10 + year;
        for (int i = from; i < to; i++) {
            if (i >= start && i < end) {
                i = end;
                continue;
            }
            if (!isDigit(b[i]) || !w.isBoundary(i - 1)) continue;
            int n1 = digitsFrom(b, i, w.limit());
            int date = n1 == 4 ? isoDate(b, i, w.limit()) : n1 <= 2 ? dayFirstDate(b, i, n1, w.limit()) : -1;
            if (date >= 0 && date % 100 == yy && date / 10000 == day && date / 100 % 100 == month) return true;
            i += n1;
        }
        return false;
    }

    /** "1975-11-16" as day*10000 + month*100 + yy, or -1. */
    private static int isoDate(char[] b, int i, int lim) {
        if (i + 10 > lim) return -1;
        char s = b[i + 4];
        if ((s != '-' && s != '/' && s != '.') || b[i + 7] != s) return -1;
        if (digitsFrom(b, i + 5, lim) != 2 || digitsFrom(b, i + 8, lim) != 2) return -1;
        return number(b, i + 8, 2) * 10000 + number(b, i + 5, 2) * 100 + number(b, i + 2, 2);
    }

    /** "16/11/1975", "16-11-75", "16 Nov 1975", "16th November 1975" as day*10000 + month*100 + yy, or -1. */
    private static int dayFirstDate(char[] b, int i, int n1, int lim) {
        int day = number(b, i, n1);
        int j = i + n1;
        if (j + 1 >= lim) return -1;
        int month;
        char s = b[j];
        if ((s == '/' || s == '-' || s == '.' || s == ' ') && isDigit(b[j + 1])) {
            int n2 = digitsFrom(b, j + 1, lim);
            if (n2 > 2) return -1;
            month = number(b, j + 1, n2);
            j += 1 + n2;
            if (j + 1 >= lim || b[j] != s) return -1;
        } else {
            if (j + 2 < lim && isLetter(b[j]) && isLetter(b[j + 1]) && !ScanWindow.isWordChar(b[j + 2])) {
                j += 2; // 16th
            }
            if (j + 4 >= lim || b[j] != ' ' || !isLetter(b[j + 1])) return -1;
            month = monthName(b, j + 1, lim);
            if (month < 0) return -1;
            j++;
            while (j < lim && isLetter(b[j])) j++;
            if (j + 1 >= lim || b[j] != ' ') return -1;
        }
        int n3 = digitsFrom(b, j + 1, lim);
        if (n3 != 2 && n3 != 4) return -1;
        return day * 10000 + month * 100 + number(b, j + 1 + n3 - 2, 2);
    }

    /** 1-12 for a word starting with a month's first three letters, else -1. */
    private static int monthName(char[] b, int i, int lim) {
        if (i + 3 > lim) return -1;
        for (int m = 0; m < 12; m++) {
            if (toUpper(b[i]) == MONTHS.charAt(3 * m) && toUpper(b[i + 1]) == MONTHS.charAt(3 * m + 1)
                    && toUpper(b[i + 2]) == MONTHS.charAt(3 * m + 2)) {
                return m + 1;
            }
        }
        return -1;
    }

    private static int number(char[] b, int i, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) v = v * 10 + (b[i + k] - '0');
        return v;
    }
}
