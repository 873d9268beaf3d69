package org.custodian.engine.detectors;

import java.nio.CharBuffer;
import org.custodian.engine.Canonical;
import org.custodian.engine.Hotwords;
import org.custodian.engine.ScanWindow;

/**
 * Small pieces shared by the identity and financial number detectors: ASCII character classes
 * (cheaper than {@link Character} in the hot path), canonical values read straight from the window
 * through {@link Canonical} so a scan and a registered dataset always agree, and the common context
 * adjustment.
 */
final class IdText {
    /** Words that name some other kind of number; near a value they make it less likely ours. */
    static final Hotwords OTHER_NUMBERS = Hotwords.of(
            "order", "order no", "order number", "invoice", "inv", "tracking", "ref", "reference",
            "serial", "sku", "ticket", "transaction id", "txn", "isbn", "version", "build", "part no",
            "part number", "model", "batch", "lot", "receipt", "booking", "confirmation", "parcel",
            "shipment", "phone", "tel", "mobile", "fax");

    /** How far before a value an other-number word counts: it has to be close to claim the value. */
    private static final int OTHER_NUMBER_REACH = 24;

    private IdText() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isLetter(char c) {
        return isUpper(c) || isLower(c);
    }

    static char toUpper(char c) {
        return isLower(c) ? (char) (c - 32) : c;
    }

    /** Number of consecutive ASCII digits in {@code b} from i (bounded by lim). */
    static int digitsFrom(char[] b, int i, int lim) {
        int j = i;
        while (j < lim && isDigit(b[j])) j++;
        return j - i;
    }

    /**
     * Two char checks that a number starting at pos (a digit) could have a first group of exactly
     * len digits: its last digit is there and the digit after it is not. Lets a detector called at
     * every digit word start give up before the shared {@link org.custodian.engine.DigitRun} is built.
     */
    static boolean firstGroupMayHaveLength(char[] b, int pos, int lim, int len) {
        int end = pos + len;
        return end <= lim && isDigit(b[end - 1]) && (end == lim || !isDigit(b[end]));
    }

    /** The value [start, end) in the canonical upper-case alphanumeric form. */
    static String upperAlnum(ScanWindow w, int start, int end) {
        return Canonical.upperAlnum(CharBuffer.wrap(w.chars(), start, end - start));
    }

    /** The digits of [start, end). */
    static String digits(ScanWindow w, int start, int end) {
        return Canonical.digitsOnly(CharBuffer.wrap(w.chars(), start, end - start));
    }

    /**
     * The usual context step: {@code bonus} when one of our context words is near, a penalty when
     * a word naming another kind of number sits just before the value, else nothing.
     */
    static double contextAdjustment(ScanWindow w, int start, int end, Hotwords context, double bonus) {
        if (w.hasContext(start, end, context)) return bonus;
        if (w.hasContextBefore(start, OTHER_NUMBER_REACH, OTHER_NUMBERS)) return -0.3;
        return 0;
    }

    /**
     * True when a word naming another kind of number sits just before the value and our context
     * words appear only after it: "Parcel ref 624240902 collected.  Passport number ..." is the
     * parcel's number, and the passport wording belongs to the next sentence.
     */
    static boolean otherNumberNamedBefore(ScanWindow w, int start, Hotwords context) {
        return w.hasContextBefore(start, OTHER_NUMBER_REACH, OTHER_NUMBERS)
                && !w.hasContextBefore(start, ScanWindow.CONTEXT_BEFORE, context)
                && !w.inColumnHeader(start, context);
    }
}
