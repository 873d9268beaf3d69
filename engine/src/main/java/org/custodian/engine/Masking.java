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

    /** As {@link #mask(InfoType, CharSequence)} for {@code buf[start, end)}, without wrapping it. */
    public static String mask(InfoType type, char[] buf, int start, int end) {
        if (type.equals(InfoType.EMAIL_ADDRESS)) {
            return maskEmail(java.nio.CharBuffer.wrap(buf, start, end - start));
        }
        return maskTail(buf, start, end, visibleTail(type));
    }

    /** Replaces letters and digits with '*', except the last {@code visible} of them. */
    public static String maskTail(CharSequence raw, int visible) {
        char[] chars = raw.toString().toCharArray();
        return maskTail(chars, 0, chars.length, visible);
    }

    private static String maskTail(char[] raw, int start, int end, int visible) {
        int alnum = 0;
        for (int i = start; i < end; i++) {
            if (ScanWindow.isWordChar(raw[i])) alnum++;
        }
        // never reveal more than a third of the value, however short it is
        int keep = Math.min(visible, alnum / 3);
        char[] out = new char[end - start];
        int seen = 0;
        for (int i = start; i < end; i++) {
            char c = raw[i];
            if (ScanWindow.isWordChar(c)) {
                seen++;
                out[i - start] = seen > alnum - keep ? c : '*';
            } else {
                out[i - start] = isWhitespace(c) ? ' ' : c;
            }
        }
        return new String(out);
    }

    /** {@link Character#isWhitespace} without its table lookup for ASCII, the usual case. */
    private static boolean isWhitespace(char c) {
        if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        return Character.isWhitespace(c);
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
