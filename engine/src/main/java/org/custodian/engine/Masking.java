package org.custodian.engine;

/**
 * Masked evidence: the shape of a value with at most its last few characters left, per infoType.
 * Separators keep their place ({@code *** *** **19}) so a person can recognise the format; the
 * number of visible characters is small enough that a checksummed number cannot be narrowed down
 * (two digits of an NHS number leave 10^7 candidates). Secrets and names show no characters.
 */
public final class Masking {
    private Masking() {
    }

    /** How many trailing letters or digits stay visible for a type. */
    public static int visibleTail(InfoType type) {
        switch (type.name()) {
            case "PAYMENT_CARD_NUMBER":
            case "IBAN":
                return 4; // the last four is what a card receipt or bank letter already shows
            case "UK_NHS_NUMBER":
            case "UK_BANK_ACCOUNT":
            case "UK_PASSPORT_NUMBER":
            case "UK_DRIVING_LICENCE_NUMBER":
            case "PHONE_NUMBER":
            case "DATE_OF_BIRTH":
            case "UK_POSTCODE":
                return 2;
            case "UK_NATIONAL_INSURANCE_NUMBER":
                return 1; // the suffix letter A-D
            default:
                return 0; // names, addresses, credentials, IPs and custom types show nothing
        }
    }

    public static String mask(InfoType type, CharSequence raw) {
        if (type.equals(InfoType.EMAIL_ADDRESS)) {
            return maskEmail(raw);
        }
        return maskTail(raw, visibleTail(type));
    }

    /** Replaces letters and digits with '*', except the last {@code visible} of them. */
    public static String maskTail(CharSequence raw, int visible) {
        int alnum = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLetterOrDigit(raw.charAt(i))) alnum++;
        }
        // never reveal more than a third of the value, however short it is
        int keep = Math.min(visible, alnum / 3);
        StringBuilder b = new StringBuilder(raw.length());
        int seen = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                seen++;
                b.append(seen > alnum - keep ? c : '*');
            } else {
                b.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Keeps only the top-level domain: {@code ****.*****@*******.com}. */
    private static String maskEmail(CharSequence raw) {
        String s = raw.toString();
        int dot = s.lastIndexOf('.');
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i > dot && dot > s.indexOf('@')) b.append(c);
            else if (c == '@' || c == '.') b.append(c);
            else b.append('*');
        }
        return b.toString();
    }
}
