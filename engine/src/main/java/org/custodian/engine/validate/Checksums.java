package org.custodian.engine.validate;

/**
 * Check-digit algorithms shared by the built-in detectors and by configuration-defined detectors
 * (which name them as validators: {@code luhn}, {@code mod97}, {@code nhs-mod11}). Pure functions
 * over ASCII strings; separators must already be removed.
 */
public final class Checksums {
    private Checksums() {
    }

    /** Luhn (ISO/IEC 7812) over a string of digits. */
    public static boolean luhn(CharSequence digits) {
        int n = digits.length();
        if (n < 2) return false;
        int sum = 0;
        boolean dbl = false;
        for (int i = n - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') return false;
            int d = c - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /**
     * ISO 13616 / ISO 7064 mod 97-10 as used by IBAN: move the first four characters to the end,
     * letters become 10..35, the number modulo 97 must be 1. Input: upper-case letters and digits.
     */
    public static boolean mod97(CharSequence iban) {
        int n = iban.length();
        if (n < 5) return false;
        int rem = 0;
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            if (c >= '0' && c <= '9') {
                rem = (rem * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                rem = (rem * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return rem == 1;
    }

    /** NHS modulus 11: weights 10..2 over nine digits; 11 gives 0, 10 is never issued. */
    public static boolean nhsMod11(CharSequence tenDigits) {
        if (tenDigits.length() != 10) return false;
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = tenDigits.charAt(i);
            if (c < '0' || c > '9') return false;
            sum += (c - '0') * (10 - i);
        }
        char last = tenDigits.charAt(9);
        return last >= '0' && last <= '9' && nhsCheckDigitMatches(sum, last - '0');
    }

    /**
     * The NHS rule once the weighted sum of the first nine digits (weights 10..2) is known: the
     * check digit is 11 minus the sum modulo 11, 11 counts as 0, and 10 is never issued. Shared with
     * the detector, which sums digits straight from the scan window.
     */
    public static boolean nhsCheckDigitMatches(int weightedSum, int checkDigit) {
        int check = 11 - weightedSum % 11;
        if (check == 11) check = 0;
        return check != 10 && check == checkDigit;
    }
}
