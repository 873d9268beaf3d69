package org.custodian.engine.validate;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.concurrent.atomic.LongAdder;

/**
 * Phone-number validation and E.164 formatting, with "GB" as the default region for national
 * numbers (libphonenumber knows the UK as GB, not UK).
 *
 * <p>+44 numbers (national "0..." ones included) are validated in plain code against
 * {@link UkNumberRanges}, which agrees with libphonenumber's {@code isValidNumber} for them, and
 * their E.164 form is built directly ("+44" and the national number without its trunk 0). Only
 * other countries' numbers are parsed by libphonenumber, which costs ~10 µs a call; callers
 * pre-filter by shape, and {@link #parseCalls()} counts the parses so tests and benchmarks can see
 * how many there are.
 */
public final class PhoneNumbers {
    public static final String DEFAULT_REGION = "GB";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final LongAdder CALLS = new LongAdder();

    /** Most digits an E.164 number has, country code included; they fit in a long. */
    private static final int MAX_DIGITS = 15;

    /**
     * A small direct-mapped memo of recent answers for other countries' numbers: the same number
     * recurs through a document set, and a hit saves a parse. Entries are immutable, so racing
     * threads at worst overwrite each other's slot.
     */
    private record Recent(String compact, String e164) {
    }

    private static final Recent[] RECENT = new Recent[1024];

    private PhoneNumbers() {
    }

    /** How many times libphonenumber has been asked to parse a number in this JVM (memo hits excluded). */
    public static long parseCalls() {
        return CALLS.sum();
    }

    /**
     * E.164 form of the number written in {@code c[from, end)} — digits with single separators, an
     * area code in brackets, and for international forms a leading '+' or "00" and an optional
     * "(0)" trunk — or null when it is not a valid number (Ofcom's drama ranges count as valid; see
     * {@link #isOfcomDramaNumber}). Same answer as {@link #validE164(String)} on the compacted
     * digits, without building that string for +44 numbers.
     */
    public static String validE164(char[] c, int from, int end, boolean international) {
        int i = from;
        if (international) i += c[i] == '+' ? 1 : 2;
        long value = 0;
        int len = 0;
        for (; i < end; i++) {
            char ch = c[i];
            if (international && ch == '(' && i + 2 < end && c[i + 1] == '0' && c[i + 2] == ')') {
                i += 2;
                continue;
            }
            if (ch < '0' || ch > '9') continue;
            if (++len > MAX_DIGITS) return null;
            value = value * 10 + (ch - '0');
        }
        if (isPlus44(value, len, international)) return ukE164(value % pow10(len - 2), len - 2, true);
        if (!international && isTrunkZero(value, len)) return ukE164(value, len - 1, false);
        return validE164(compact(c, from, end, international));
    }

    /**
     * True when {@link #validE164(char[], int, int, boolean)} answers for the number at
     * {@code c[from]} in plain code, without libphonenumber: national numbers ("0" then a non-zero
     * digit) and +44 / 0044 ones. Lets callers spend other checks before an expensive parse only.
     */
    public static boolean isCheapToValidate(char[] c, int from, int end, boolean international) {
        if (!international) return end - from >= 2 && c[from] == '0' && c[from + 1] >= '1' && c[from + 1] <= '9';
        int cc = from + (c[from] == '+' ? 1 : 2);
        return cc + 2 <= end && c[cc] == '4' && c[cc + 1] == '4';
    }

    /**
     * E.164 form of a number written as digits with an optional leading '+' (international) or a
     * national number in the default region; null when it is not a valid number, except that Ofcom's
     * drama ranges are accepted (see {@link #isOfcomDramaNumber}).
     */
    public static String validE164(String compact) {
        boolean international = compact.startsWith("+");
        int len = compact.length() - (international ? 1 : 0);
        if (len >= 1 && len <= MAX_DIGITS && allDigits(compact, international ? 1 : 0)) {
            long value = Long.parseLong(compact.substring(international ? 1 : 0));
            if (isPlus44(value, len, international)) return ukE164(value % pow10(len - 2), len - 2, true);
            if (!international && isTrunkZero(value, len)) return ukE164(value, len - 1, false);
        }
        int slot = compact.hashCode() & (RECENT.length - 1);
        Recent r = RECENT[slot];
        if (r != null && r.compact.equals(compact)) return r.e164;
        String e164 = libphonenumberE164(compact);
        RECENT[slot] = new Recent(compact, e164);
        return e164;
    }

    private static boolean isPlus44(long value, int len, boolean international) {
        return international && len > 2 && value / pow10(len - 2) == 44;
    }

    /** National "0" then a non-zero digit ("00" is an international prefix, left to libphonenumber). */
    private static boolean isTrunkZero(long value, int len) {
        return len >= 2 && value < pow10(len - 1) && value >= pow10(len - 2);
    }

    /**
     * The +44 number whose digits after the country code (or after the trunk 0 of a national form)
     * are {@code rest}: strips the national prefix the way libphonenumber's parse does for GB
     * ("0", or "180020" before a number that is not viable without it), then checks the ranges.
     */
    private static String ukE164(long rest, int len, boolean afterCountryCode) {
        long nsn = rest;
        int nsnLen = len;
        if (afterCountryCode && len >= 1 && rest < pow10(len - 1)) {
            nsnLen = len - 1; // "+44 (0)20 ..." written without brackets, or "0044 020 ..."
        } else if (afterCountryCode && len > 6 && rest / pow10(len - 6) == 180020
                && !UkNumberRanges.isViable(rest, len)) {
            nsnLen = len - 6;
            nsn = rest % pow10(nsnLen);
        }
        nsn %= pow10(nsnLen);
        if (nsn < pow10(nsnLen - 1)) return null; // still a leading 0: no +44 number starts so
        if (!UkNumberRanges.isValid(nsn, nsnLen) && !isOfcomDrama(nsn, nsnLen)) return null;
        return "+44" + nsn;
    }

    /**
     * Ofcom's drama blocks of 1,000 numbers, as the first seven digits of the ten-digit national
     * significant number: 0113/0114/0115/0116/0117/0118/0121/0131/0141/0151/0161 496 0xxx,
     * 020 7946 0xxx, 0191 498 0xxx, 028 9649 6xxx, 029 2018 0xxx, 01632 960xxx, 07700 900xxx,
     * 08081 570xxx, 0909 879 0xxx and 03069 990xxx.
     */
    private static final long[] OFCOM_DRAMA_BLOCKS = {
        1134960, 1144960, 1154960, 1164960, 1174960, 1184960, 1214960, 1314960, 1414960, 1514960,
        1614960, 1632960, 1914980, 2079460, 2896496, 2920180, 3069990, 7700900, 8081570, 9098790};

    private static boolean isOfcomDrama(long nsn, int len) {
        return len == 10 && java.util.Arrays.binarySearch(OFCOM_DRAMA_BLOCKS, nsn / 1000) >= 0;
    }

    /** Digits only, with '+' for international forms ("00" becomes '+', a "(0)" trunk is dropped). */
    private static String compact(char[] c, int from, int end, boolean international) {
        StringBuilder b = new StringBuilder(17);
        int i = from;
        if (international) {
            b.append('+');
            i += c[i] == '+' ? 1 : 2;
        }
        for (; i < end; i++) {
            char ch = c[i];
            if (international && ch == '(' && i + 2 < end && c[i + 1] == '0' && c[i + 2] == ')') {
                i += 2;
                continue;
            }
            if (ch >= '0' && ch <= '9') b.append(ch);
        }
        return b.toString();
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') return false;
        }
        return true;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) p *= 10;
        return p;
    }

    /** libphonenumber's answer (parse, isValidNumber, E.164 format); also the reference for tests. */
    static String libphonenumberE164(String compact) {
        CALLS.increment();
        PhoneNumber n;
        try {
            n = UTIL.parse(compact, DEFAULT_REGION);
        } catch (NumberParseException e) {
            return null;
        }
        String e164 = UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
        if (UTIL.isValidNumber(n) || isOfcomDramaNumber(e164)) return e164;
        return null;
    }
    /**
     * Ofcom reserves some ranges for TV and radio drama; they are never issued, so libphonenumber
     * calls some of them invalid, but they are exactly what synthetic test data uses and they look
     * identical to real numbers in a document, so the detector must treat them as numbers.
     */
    public static boolean isOfcomDramaNumber(String e164) {
        if (e164.length() != 13 || !e164.startsWith("+44")) return false;
        for (int i = 3; i < 13; i++) {
            char c = e164.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return isOfcomDrama(Long.parseLong(e164.substring(3)), 10);
    }

    /** Canonical (E.164) form of any spelling of a number; the trimmed input when it does not parse. */
    public static String canonical(CharSequence raw) {
        String s = raw.toString().trim();
        try {
            PhoneNumber n = UTIL.parse(s, DEFAULT_REGION);
            return UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return s;
        }
    }
}
