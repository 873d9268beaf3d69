package org.custodian.engine.detectors;

import java.util.Set;
import org.custodian.engine.Detector;
import org.custodian.engine.DigitRun;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;
import org.custodian.engine.validate.Dates;

/**
 * Dates of birth: a real calendar date between 1900-01-01 and today, in the formats
 * {@link Dates} reads (day-first by default, as UK text is), reported LIKELY or above only with
 * birth context nearby ("DOB", "date of birth", "born", a CSV column named like that). Documents
 * are full of dates that are not birth dates, so a bare date is UNLIKELY at most, and a date next
 * to words naming another kind of date (invoice, appointment, issued, expiry, timestamps in logs)
 * lower still.
 */
public final class DateOfBirthDetector implements Detector {
    private static final Hotwords BIRTH = Hotwords.of(
            "dob", "d o b", "date of birth", "dateofbirth", "birth date", "birthdate", "birthday", "born",
            "birth", "bday", "date born");
    private static final Hotwords OTHER_DATES = Hotwords.of(
            "invoice", "invoice date", "invoiced", "appointment", "appt", "due", "issued", "issue date",
            "date of issue", "expiry", "expires", "expiry date", "exp", "valid until", "valid from",
            "date of service", "created", "updated", "modified", "timestamp", "order", "ordered",
            "delivered", "dispatched", "shipped", "paid", "payment", "start date", "end date", "released",
            "release", "version", "build", "visit", "admitted", "admission", "discharged", "deadline",
            "meeting", "booked", "logged", "last login", "died", "death", "posted", "sent", "received",
            "effective", "renewal", "signed");

    /** Today as yyyyMMdd when the class loaded; a long-running process accepts no future dates either way. */
    private static final int TODAY = Dates.todayYmd();
    private static final int PIVOT = TODAY / 10000 % 100;
    private static final int EARLIEST = 19000101;

    @Override
    public String id() {
        return "date-of-birth";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.DATE_OF_BIRTH);
    }

    @Override
    public Triggers triggers() {
        // "12/03/1980", "12 March", "12th", "1980-03-12", "19800312"; or a month name
        return Triggers.create().digits().wordStartingWith("JFMASONDjfmasond")
                .digitGroup(1, 2, "/-. a").digitGroup(4, 4, "/-.").digitGroup(8, 8)
                .wordShape("?A", "?a");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] c = w.chars();
        int limit = w.limit();
        boolean compact = false;
        if (c[pos] >= '0' && c[pos] <= '9') {
            if (!mayStartNumericDate(c, pos, limit)) return;
            DigitRun run = w.digitRun(pos);
            int shape = numericShape(w, run);
            if (shape == NOT_A_DATE) return;
            compact = shape == COMPACT;
            if (w.continuesNumberBefore(pos)) return;
        } else if (!monthNameThenDigit(c, pos, limit)) {
            return;
        }
        long parsed = compact ? compactDate(w.digitRun(pos)) : Dates.parse(c, pos, limit, PIVOT);
        if (parsed == Dates.NONE) return;
        int end = Dates.end(parsed);
        int ymd = Dates.ymd(parsed);
        if (ymd < EARLIEST || ymd > TODAY) return;
        if (end < limit && (ScanWindow.isWordChar(c[end]) && !isTimeSeparator(c, end, limit) || c[end] == '_')) return;
        if (w.continuesNumberAfter(end) && !isTimeSeparator(c, end, limit)) return;

        boolean timestamp = isTimeSeparator(c, end, limit);
        double score;
        if (isBirthDate(w, pos, end)) {
            score = 0.85;
            if (timestamp) score -= 0.15; // "dob": "1985-03-12T00:00:00Z" happens in exports
            if (compact) score -= 0.1;
        } else {
            if (compact) return; // eight bare digits are a date only when something says so
            boolean other = timestamp || w.hasContextBefore(pos, 32, OTHER_DATES) || w.inColumnHeader(pos, OTHER_DATES);
            score = other ? 0.1 : 0.25;
        }
        if (!out.accepts(score)) return; // a log timestamp, at the default threshold
        out.add(InfoType.DATE_OF_BIRTH, pos, end, score, Dates.iso(parsed), this);
    }

    /** Context reaches tried from the nearest out; a word within a nearer reach decides. */
    private static final int NEAR = 12;
    /** {@link ScanWindow#hasContextBefore} reads at most this far back. */
    private static final int FARTHEST_BEFORE = ScanWindow.CONTEXT_BEFORE + ScanWindow.CONTEXT_AFTER;

    /**
     * Whether the surroundings name this date a birth date. A column header that names a kind of
     * date decides (in a CSV row the neighbouring cells and the header line above say nothing about
     * this cell); otherwise the nearer word of the two lists wins, so in "DOB 01/02/1970, appointment
     * 03/04/2020" each date gets its own. Nearness is counted in doubling reaches (12, 24, 48 ...
     * characters back); words of both lists within the same reach leave it to the words after the
     * date. Each list is scanned once, backwards from the date, stopping at its nearest word.
     */
    private static boolean isBirthDate(ScanWindow w, int pos, int end) {
        if (w.inColumnHeader(pos, BIRTH)) return true;
        char[] c = w.chars();
        // most dates have no birth word near them at all (log timestamps, letters' dates)
        int nearBirth = BIRTH.lastStart(c, Math.max(w.textStart(), pos - ScanWindow.CONTEXT_BEFORE), pos);
        if (nearBirth < 0 && !w.hasContextAfter(end, ScanWindow.CONTEXT_AFTER, BIRTH)) return false;
        if (w.inColumnHeader(pos, OTHER_DATES)) return false;
        int maxBefore = ScanWindow.CONTEXT_BEFORE;
        if (w.columnHeader(pos) != null && w.lineStart(pos) < pos) {
            // in a table whose header names neither: only this line counts
            maxBefore = Math.min(pos - w.lineStart(pos), FARTHEST_BEFORE);
        }
        int from = Math.max(w.textStart(), pos - maxBefore);
        int birth = maxBefore == ScanWindow.CONTEXT_BEFORE ? nearBirth : BIRTH.lastStart(c, from, pos);
        if (birth < 0) {
            // only a birth word after the date can make it one, and only if no other-date word is
            // before it or after it
            return w.hasContextAfter(end, ScanWindow.CONTEXT_AFTER, BIRTH)
                    && OTHER_DATES.lastStart(c, from, pos) < 0
                    && !w.hasContextAfter(end, ScanWindow.CONTEXT_AFTER, OTHER_DATES);
        }
        // "Date of birth 1981-05-18. Pick-up on 25th July 2025": the birth word belongs to the
        // date right after it; a year between the word and this date means this one is another date
        if (yearBetween(c, birth, pos)) return false;
        int birthReach = reach(pos - birth);
        int other = OTHER_DATES.lastStart(c, Math.max(from, pos - reachLimit(birthReach)), pos);
        if (other >= 0) {
            // the search stopped at birth's reach, so this word is as near or nearer
            if (reach(pos - other) < birthReach) return false;
            // both within the same reach: the words after the date decide
            if (w.hasContextAfter(end, ScanWindow.CONTEXT_AFTER, OTHER_DATES)) return false;
            if (!w.hasContextAfter(end, ScanWindow.CONTEXT_AFTER, BIRTH)) return false;
            return true;
        }
        // a birth word only a long table line away must also be seen by the plain context check
        return pos - birth <= ScanWindow.CONTEXT_BEFORE || w.hasContextAfter(end, ScanWindow.CONTEXT_AFTER, BIRTH);
    }

    /** True when a four-digit year (19xx or 20xx) stands as a word of its own in c[from, to). */
    private static boolean yearBetween(char[] c, int from, int to) {
        for (int i = from; i + 4 <= to; i++) {
            char a = c[i];
            if ((a != '1' && a != '2') || (i > from && Character.isLetterOrDigit(c[i - 1]))) continue;
            char b = c[i + 1];
            if (!((a == '1' && b == '9') || (a == '2' && b == '0'))) continue;
            if (!isDigit(c[i + 2]) || !isDigit(c[i + 3])) continue;
            if (i + 4 < to && Character.isLetterOrDigit(c[i + 4])) continue;
            return true;
        }
        return false;
    }

    /** Index of the first doubling reach (12, 24, 48, 96) that covers a word this far back. */
    private static int reach(int distance) {
        int r = 0;
        for (int d = NEAR; d < distance; d *= 2) r++;
        return r;
    }

    private static int reachLimit(int reach) {
        return NEAR << reach;
    }

    private static final int NOT_A_DATE = 0;
    private static final int NUMERIC_OR_TEXT = 1;
    private static final int COMPACT = 2;

    /**
     * Pre-filter on the shared digit run: d/m/y with the same separator, y-m-d, a 1-2 digit day
     * followed by a month name, or eight bare digits (yyyyMMdd, only trusted with context).
     */
    private static int numericShape(ScanWindow w, DigitRun run) {
        int g0 = run.groupLength(0);
        if (run.groups() >= 3) {
            char s = run.separatorAfter(w, 0);
            if ((s == '/' || s == '-' || s == '.') && run.separatorAfter(w, 1) == s) {
                int g1 = run.groupLength(1);
                int g2 = run.groupLength(2);
                if (g0 <= 2 && g1 <= 2 && (g2 == 2 || g2 == 4)) return NUMERIC_OR_TEXT;
                if (g0 == 4 && g1 <= 2 && g2 <= 2) return NUMERIC_OR_TEXT;
            }
            return NOT_A_DATE;
        }
        if (g0 == 8 && run.groups() == 1) return COMPACT;
        if (g0 > 2) return NOT_A_DATE;
        int after = run.groupEnd(0);
        if (after + 1 >= w.limit()) return NOT_A_DATE;
        char ch = w.charAt(after);
        char next = w.charAt(after + 1);
        // "12 March", "12-Mar", "12th March": a month name must follow ("5 items", "10ms" are not dates)
        char[] c = w.chars();
        int limit = w.limit();
        if ((ch == ' ' || ch == '-') && monthPrefixAt(c, after + 1, limit)) return NUMERIC_OR_TEXT;
        if (isLetter(ch) && isLetter(next) && after + 2 < limit && c[after + 2] == ' '
                && monthPrefixAt(c, after + 3, limit)) return NUMERIC_OR_TEXT;
        return NOT_A_DATE;
    }

    /**
     * A few char checks that must hold for {@link #numericShape} to accept: 1-2 digits then a date
     * separator, ' ' or a letter; 4 digits then a date separator; or 8 digits. Rejects times,
     * counts and ids at every digit word start before the digit run is built.
     */
    private static boolean mayStartNumericDate(char[] c, int pos, int limit) {
        int i = pos + 1;
        while (i < limit && i - pos < 9 && isDigit(c[i])) i++;
        int n = i - pos;
        if (n == 8) return true;
        if (i >= limit) return false;
        char next = c[i];
        boolean dateSeparator = next == '/' || next == '-' || next == '.';
        if (n <= 2) return dateSeparator || next == ' ' || isLetter(next);
        return n == 4 && dateSeparator;
    }

    private static long compactDate(DigitRun run) {
        int y = (int) run.value(0, 4);
        int m = (int) run.value(4, 6);
        int d = (int) run.value(6, 8);
        if (!Dates.isCalendarDate(y, m, d)) return Dates.NONE;
        return ((long) run.groupEnd(0) << 32) | (y * 10000L + m * 100L + d);
    }

    /**
     * Cheap check before parsing "March 12, 1985": the first three letters of a month name (every
     * spelling {@link Dates} reads starts with them), a word of at most 9 letters, then '.'/' ' and
     * a digit. Most words starting with these letters fail at the second or third char.
     */
    private static boolean monthNameThenDigit(char[] c, int pos, int limit) {
        if (pos + 5 >= limit || !monthPrefixAt(c, pos, limit)) return false;
        int i = pos + 3;
        while (i < limit && i - pos < 10 && isLetter(c[i])) i++;
        if (i < limit && c[i] == '.') i++;
        return i + 1 < limit && c[i] == ' ' && c[i + 1] >= '0' && c[i + 1] <= '9';
    }

    /** The first three letters of a month name at i: every spelling {@link Dates} reads starts so. */
    private static boolean monthPrefixAt(char[] c, int i, int limit) {
        if (i + 2 >= limit) return false;
        char a = (char) (c[i] | 0x20);
        char b = (char) (c[i + 1] | 0x20);
        char d = (char) (c[i + 2] | 0x20);
        return switch (a) {
            case 'j' -> (b == 'a' && d == 'n') || (b == 'u' && (d == 'n' || d == 'l'));
            case 'f' -> b == 'e' && d == 'b';
            case 'm' -> b == 'a' && (d == 'r' || d == 'y');
            case 'a' -> (b == 'p' && d == 'r') || (b == 'u' && d == 'g');
            case 's' -> b == 'e' && d == 'p';
            case 'o' -> b == 'c' && d == 't';
            case 'n' -> b == 'o' && d == 'v';
            case 'd' -> b == 'e' && d == 'c';
            default -> false;
        };
    }

    /** "1985-03-12T10:15" or "12/03/1985 10:15": a date that is part of a timestamp. */
    private static boolean isTimeSeparator(char[] c, int end, int limit) {
        if (end + 3 >= limit) return false;
        char s = c[end];
        if (s != 'T' && s != ' ') return false;
        return isDigit(c[end + 1]) && isDigit(c[end + 2]) && c[end + 3] == ':';
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isLetter(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }
}
