package org.custodian.engine.detectors;

import java.util.Set;
import org.custodian.engine.Detector;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;
import org.custodian.engine.validate.PhoneNumbers;

/**
 * Phone numbers: UK national forms ("020 7946 0000", "(020) 7946 0000", "07700 900123") and
 * international ones ("+44 20 7946 0000", "+44 (0)20 7946 0000", "0044 20 7946 0000", any +CC).
 * Validity is libphonenumber's, with GB as the default region: for +44 and national numbers it is
 * computed in plain code from libphonenumber's range tables ({@link PhoneNumbers}), and only other
 * countries' numbers are parsed by libphonenumber itself.
 *
 * <p>A plain-code shape filter runs first: a national number starts with 0 and a UK prefix digit
 * and has 10-11 digits in plausible groups; an international one starts with '+' or 00 and has
 * 8-15 digits. National numbers are not looked for without a leading 0 (a bare "415 555 2671" is
 * too often something else), so other countries' numbers are found only in international form.
 */
public final class PhoneNumberDetector implements Detector {
    private static final Hotwords CONTEXT = Hotwords.of(
            "tel", "tel no", "telephone", "phone", "phone number", "mobile", "mob", "cell", "contact",
            "call", "ring", "fax", "landline", "whatsapp", "sms", "text", "phoneno", "phonenumber",
            "mobileno", "tel no", "home", "work");
    private static final Hotwords OTHER_NUMBERS = Hotwords.of(
            "order", "order no", "invoice", "inv", "ref", "reference", "account", "acct", "nhs",
            "tracking", "serial", "sku", "ticket", "transaction", "txn", "isbn", "id", "number plate",
            "policy", "claim", "sort code");

    private static final int NATIONAL_MIN = 10;
    private static final int NATIONAL_MAX = 11;
    private static final int INTERNATIONAL_MIN = 8;
    private static final int INTERNATIONAL_MAX = 15;

    private static final long INTERNATIONAL = 1L << 40;
    private static final long GROUPED = 1L << 41;

    @Override
    public String id() {
        return "phone-number";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.PHONE_NUMBER);
    }

    @Override
    public Triggers triggers() {
        // national numbers start with the trunk prefix 0 (detect() rejects any other digit at once)
        return Triggers.create().wordStartingWith("0").symbols("+(");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] c = w.chars();
        int limit = w.limit();
        char first = c[pos];
        if (pos + 1 >= limit) return;
        char next = c[pos + 1];
        if (first == '+') {
            if (next < '1' || next > '9' || (pos > w.textStart() && ScanWindow.isWordChar(c[pos - 1]))) return;
        } else if (first == '(') {
            if (next != '0') return;
        } else {
            if (first != '0') return;
            if (pos > w.textStart() && c[pos - 1] == '+') return; // the '+' trigger's job
            if (pos > w.textStart() && c[pos - 1] == '(' && closesAreaCode(c, pos, limit)) return; // "(020) ..." likewise
            if (w.continuesNumberBefore(pos)) return;
        }
        long shape = scan(c, pos, limit);
        if (shape < 0) return;
        int end = (int) (shape & 0xFFFFFFFFL);
        if (end < limit && (ScanWindow.isWordChar(c[end]) || c[end] == '_')) return;
        if (w.continuesNumberAfter(end)) return;

        boolean international = (shape & INTERNATIONAL) != 0;
        // +44 and national numbers are checked in plain code, before the costlier context checks;
        // other countries' need libphonenumber, so they are scored first and a candidate that could
        // only ever be VERY_UNLIKELY is not parsed
        Valid valid = null;
        if (PhoneNumbers.isCheapToValidate(c, pos, end, international) && (valid = validate(c, pos, end, shape)) == null) {
            return;
        }
        double score;
        if (international) score = 0.7;
        else if ((shape & GROUPED) != 0) score = 0.65;
        else score = 0.45; // ten or eleven bare digits: as often an account or order number
        if (w.hasContext(pos, end, CONTEXT)) score += 0.25;
        else if (w.hasContextBefore(pos, 24, OTHER_NUMBERS)) score -= 0.3;
        if (score < 0.2) return;
        if (valid == null && (valid = validate(c, pos, end, shape)) == null) return;
        out.add(InfoType.PHONE_NUMBER, pos, valid.end, score, valid.e164, this);
    }

    private record Valid(String e164, int end) {
    }

    /** The E.164 form and end of the valid number at c[pos, end), or null. */
    private static Valid validate(char[] c, int pos, int end, long shape) {
        boolean international = (shape & INTERNATIONAL) != 0;
        String e164 = PhoneNumbers.validE164(c, pos, end, international);
        if (e164 != null) return new Valid(e164, end);
        if (international && (shape & GROUPED) != 0) {
            // "+44 20 7946 0000 12 items": the last group may belong to the next thing
            int shorter = previousGroupEnd(c, pos, end);
            if (shorter > 0 && (e164 = PhoneNumbers.validE164(c, pos, shorter, true)) != null) return new Valid(e164, shorter);
        }
        return null;
    }

    /**
     * Reads the number's shape without allocating. Returns the end index in the low 32 bits plus
     * {@link #INTERNATIONAL} and {@link #GROUPED} flags, or -1 when the shape is implausible.
     * Groups are added while the digit count stays within the maximum, so a number followed by an
     * unrelated one ("020 7946 0000 2 items") ends where it should.
     */
    static long scan(char[] c, int pos, int limit) {
        int i = pos;
        boolean international = false;
        int max;
        if (c[i] == '+') {
            international = true;
            i++;
            max = INTERNATIONAL_MAX;
        } else if (c[i] == '0' && i + 1 < limit && c[i + 1] == '0') {
            international = true;
            i += 2;
            max = INTERNATIONAL_MAX;
        } else {
            max = NATIONAL_MAX;
        }
        int digits = 0;
        int groups = 0;
        int firstGroup = 0;
        int end = -1;
        boolean paren = false;
        boolean lastWasTrunk = false;
        while (i < limit) {
            // one group, possibly in parentheses: "(020)" or the trunk "(0)" after a country code
            int gs = i;
            boolean open = c[i] == '(';
            if (open) {
                if (paren) break;
                i++;
            }
            int ds = i;
            while (i < limit && c[i] >= '0' && c[i] <= '9' && i - ds <= max) i++;
            int len = i - ds;
            if (len == 0) {
                i = gs;
                break;
            }
            if (open) {
                if (i >= limit || c[i] != ')') return -1;
                i++;
                paren = true;
            }
            boolean trunk = open && international && groups == 1 && len == 1 && c[ds] == '0';
            int counted = trunk ? 0 : len;
            if (digits + counted > max) {
                if (groups == 0) return -1;
                i = gs;
                break;
            }
            digits += counted;
            if (groups == 0) firstGroup = len + (international && c[pos] == '0' ? 2 : 0);
            groups++;
            lastWasTrunk = trunk;
            end = i;
            if (groups > 6) return -1;
            // separator: one space, hyphen or dot, or none after ')'; then the next group
            if (i < limit && (c[i] == ' ' || c[i] == '-' || c[i] == '.')) {
                if (i + 1 < limit && (isDigit(c[i + 1]) || c[i + 1] == '(')) {
                    i++;
                    continue;
                }
                break;
            }
            if (open && i < limit && isDigit(c[i])) continue;
            if (trunk && i < limit && isDigit(c[i])) continue;
            break;
        }
        if (end < 0 || lastWasTrunk) return -1;
        long flags = groups > 1 ? GROUPED : 0;
        if (international) {
            if (digits < INTERNATIONAL_MIN) return -1;
            return end | INTERNATIONAL | flags;
        }
        if (digits < NATIONAL_MIN) return -1;
        // UK numbers start 01, 02, 03, 05, 07, 08 or 09; the area code is 3-6 digits with its 0
        int prefix = firstDigitAfterZero(c, pos, end);
        if (prefix == 0 || prefix == 4 || prefix == 6 || prefix < 0) return -1;
        if (groups > 1 && (firstGroup < 3 || firstGroup > 6) || groups > 4) return -1;
        return end | flags;
    }

    /** True when the digits at pos end in ')': an area code in brackets, read from the '(' trigger. */
    private static boolean closesAreaCode(char[] c, int pos, int limit) {
        int i = pos;
        while (i < limit && isDigit(c[i])) i++;
        return i < limit && c[i] == ')';
    }

    /** End of the group before the last one, or -1 when that would leave too few digits. */
    private static int previousGroupEnd(char[] c, int from, int end) {
        int i = end;
        while (i > from && isDigit(c[i - 1])) i--;
        if (i - 1 <= from || !isDigit(c[i - 2])) return -1;
        int digits = 0;
        for (int k = from; k < i - 1; k++) if (isDigit(c[k])) digits++;
        return digits >= INTERNATIONAL_MIN ? i - 1 : -1;
    }

    private static int firstDigitAfterZero(char[] c, int from, int end) {
        boolean seenZero = false;
        for (int i = from; i < end; i++) {
            if (!isDigit(c[i])) continue;
            if (seenZero) return c[i] - '0';
            seenZero = true;
        }
        return -1;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
