package org.custodian.engine;

import java.util.Locale;

/**
 * The canonical form of a value per infoType, used as hash input. Scans and dataset registration
 * (exact data match) both go through here, so "AB 12 34 56 C" in a letter and "ab123456c" in a CSV
 * give the same hash. The forms are part of the hash contract ({@code v1}); changing one means a
 * new hash version.
 *
 * <ul>
 *   <li>digits only: NHS number, payment card, passport (9-digit form), bank account
 *       ({@code sortcode + account}, 14 digits, sort code first whatever the written order)</li>
 *   <li>upper-case letters and digits, no separators: NINO, IBAN, driving licence, passport with
 *       letters, postcode (then one space before the 3-character inward code)</li>
 *   <li>lower-case: e-mail</li>
 *   <li>E.164 for phone numbers ({@code +447700900123}); detectors pass it already parsed</li>
 *   <li>ISO-8601 dates ({@code 1985-03-12}) for dates of birth; detectors pass them already parsed</li>
 *   <li>IP addresses: dotted quad, or RFC 5952 text for IPv6 ({@code 2001:db8::1})</li>
 *   <li>lower-case words separated by one space: names, addresses</li>
 *   <li>everything else: the value as found, trimmed</li>
 * </ul>
 */
public final class Canonical {
    private Canonical() {
    }

    public static String of(InfoType type, String raw) {
        switch (type.name()) {
            case "UK_NHS_NUMBER":
            case "PAYMENT_CARD_NUMBER":
                return digitsOnly(raw);
            case "UK_BANK_ACCOUNT":
                return bankAccount(raw);
            case "UK_NATIONAL_INSURANCE_NUMBER":
            case "IBAN":
            case "UK_DRIVING_LICENCE_NUMBER":
            case "UK_PASSPORT_NUMBER":
                return upperAlnum(raw);
            case "UK_POSTCODE":
                return postcode(raw);
            case "EMAIL_ADDRESS":
                return raw.trim().toLowerCase(Locale.ROOT);
            case "PHONE_NUMBER":
                return org.custodian.engine.validate.PhoneNumbers.canonical(raw);
            case "DATE_OF_BIRTH": {
                String iso = org.custodian.engine.validate.Dates.toIso(raw);
                return iso == null ? raw.trim() : iso;
            }
            case "IP_ADDRESS":
                return org.custodian.engine.validate.IpAddresses.normalise(raw);
            case "PERSON_NAME":
            case "STREET_ADDRESS":
                return words(raw);
            default:
                return raw.trim();
        }
    }

    public static String digitsOnly(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') b.append(c);
        }
        return b.toString();
    }

    /**
     * Sort code then account number as 14 digits, whichever order they were written in: text that
     * starts with an 8-digit run ("12345678, sort code 20-00-00") is the account first. An account
     * number found without a sort code stays its 8 digits.
     */
    public static String bankAccount(CharSequence s) {
        String d = digitsOnly(s);
        if (d.length() != 14) return d;
        int i = 0;
        while (i < s.length() && (s.charAt(i) < '0' || s.charAt(i) > '9')) i++;
        int firstRun = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            firstRun++;
            i++;
        }
        return firstRun == 8 ? d.substring(8) + d.substring(0, 8) : d;
    }

    public static String upperAlnum(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') b.append((char) (c - 32));
            else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) b.append(c);
        }
        return b.toString();
    }

    public static String postcode(CharSequence s) {
        String compact = upperAlnum(s);
        if (compact.length() < 5) return compact;
        int split = compact.length() - 3;
        return compact.substring(0, split) + " " + compact.substring(split);
    }

    /** Lower-case letters and digits of each word, words joined by one space; punctuation dropped. */
    public static String words(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && b.length() > 0) b.append(' ');
                pendingSpace = false;
                b.append(Character.toLowerCase(c));
            } else if (c != '\'' && c != '\u2019') {
                pendingSpace = true;
            }
        }
        return b.toString();
    }
}
