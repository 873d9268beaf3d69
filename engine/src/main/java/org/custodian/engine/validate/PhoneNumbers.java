package org.custodian.engine.validate;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.concurrent.atomic.LongAdder;

/**
 * Phone-number validation and E.164 formatting over libphonenumber, with "GB" as the default
 * region for national numbers (libphonenumber knows the UK as GB, not UK).
 *
 * <p>Parsing costs tens of microseconds, so callers pre-filter by shape and call this only for
 * survivors; {@link #parseCalls()} counts the calls so tests and benchmarks can see how many there
 * are.
 */
public final class PhoneNumbers {
    public static final String DEFAULT_REGION = "GB";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final LongAdder CALLS = new LongAdder();

    /**
     * A small direct-mapped memo of recent answers: the same office or mobile number recurs through
     * a document set, and a hit saves a parse. Entries are immutable, so racing threads at worst
     * overwrite each other's slot.
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
     * E.164 form of a number written as digits with an optional leading '+' (international) or a
     * national number in the default region; null when libphonenumber does not consider it a valid
     * number, except that Ofcom's drama ranges are accepted (see {@link #isOfcomDramaNumber}).
     */
    public static String validE164(String compact) {
        int slot = compact.hashCode() & (RECENT.length - 1);
        Recent r = RECENT[slot];
        if (r != null && r.compact.equals(compact)) return r.e164;
        String e164 = parseValid(compact);
        RECENT[slot] = new Recent(compact, e164);
        return e164;
    }

    private static String parseValid(String compact) {
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
        return e164.length() == 13
                && (e164.startsWith("+447700900") || e164.startsWith("+441632960")
                    || e164.startsWith("+442079460") || e164.startsWith("+441134960")
                    || e164.startsWith("+441614960") || e164.startsWith("+441214960")
                    || e164.startsWith("+441314960") || e164.startsWith("+441414960")
                    || e164.startsWith("+441514960") || e164.startsWith("+441174960")
                    || e164.startsWith("+448081570"));
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
