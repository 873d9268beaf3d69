package org.custodian.engine.detectors;

import java.util.Set;
import org.custodian.engine.Detector;
import org.custodian.engine.DigitRun;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;
import org.custodian.engine.validate.Checksums;

/**
 * Payment card numbers (PANs): 13-19 digits whose leading digits fall in a known issuer range (IIN)
 * with a length that brand issues, and whose last digit is the Luhn check digit. Written
 * contiguously, in groups of four ("4111 1111 1111 1111", "4111-1111-1111-1111", 19 digits as
 * 4-4-4-4-3) or in the Amex/Diners 4-6-5 / 4-6-4 grouping.
 *
 * <p>Luhn alone passes one random number in ten; the IIN table removes most of the rest (numbers
 * starting 0, 1, 7, 8, 9 and the unused parts of 2, 3, 5, 6), which is what keeps Unix
 * millisecond timestamps and most database ids out.
 */
public final class PaymentCardDetector implements Detector {
    private static final Hotwords CONTEXT = Hotwords.of(
            "card", "card number", "card no", "cardnumber", "credit", "credit card", "debit", "debit card",
            "visa", "mastercard", "master card", "amex", "american express", "discover", "jcb", "diners",
            "maestro", "unionpay", "union pay", "pan", "cc", "ccn", "cc number", "expiry", "exp", "expires",
            "cvv", "cvc", "cv2", "cvv2", "payment card");

    /** Card brands by issuer identification number; {@link #of} also checks the brand's lengths. */
    public enum Brand {
        VISA(16), MASTERCARD(16), AMEX(15), DISCOVER(16), JCB(16), DINERS(14), MAESTRO(16), UNIONPAY(16), DANKORT(16);

        /** The length most of the brand's cards have. */
        final int usualLength;

        Brand(int usualLength) {
            this.usualLength = usualLength;
        }

        /**
         * The brand whose IIN range holds the first six digits {@code iin6} and that issues cards
         * of {@code length} digits, or null.
         */
        public static Brand of(int iin6, int length) {
            if (length < 13 || length > 19) return null;
            int p2 = iin6 / 10000;
            int p3 = iin6 / 1000;
            int p4 = iin6 / 100;
            switch (p2 / 10) {
                case 4:
                    return length == 13 || length == 16 || length == 19 ? VISA : null;
                case 2:
                    return p4 >= 2221 && p4 <= 2720 && length == 16 ? MASTERCARD : null;
                case 5:
                    if (p2 >= 51 && p2 <= 55) return length == 16 ? MASTERCARD : null;
                    if (p4 == 5019) return length == 16 ? DANKORT : null;
                    return p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893 ? MAESTRO : null;
                case 3:
                    if (p2 == 34 || p2 == 37) return length == 15 ? AMEX : null;
                    if (p4 >= 3528 && p4 <= 3589) return length >= 16 ? JCB : null;
                    if ((p3 >= 300 && p3 <= 305) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39) {
                        return length >= 14 ? DINERS : null;
                    }
                    return null;
                case 6:
                    if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65
                            || (iin6 >= 622126 && iin6 <= 622925)) {
                        return length >= 16 ? DISCOVER : null;
                    }
                    if (p2 == 62) return length >= 16 ? UNIONPAY : null;
                    if (p4 == 6304 || p4 == 6759 || p4 == 6761 || p4 == 6762 || p4 == 6763) return MAESTRO;
                    return null;
                default:
                    return null;
            }
        }
    }

    @Override
    public String id() {
        return "payment-card-number";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.PAYMENT_CARD_NUMBER);
    }

    @Override
    public Triggers triggers() {
        // 13-19 contiguous digits, or groups of four (and 4-6-5 / 4-6-4) split by spaces or hyphens
        return Triggers.create().wordStartingWith("23456").digitGroup(13, 19).digitGroup(4, 4, " -");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        DigitRun run = w.digitRun(pos);
        int first = run.groupLength(0);
        if (first != 4 && (first < 13 || first > 19)) return;
        if (w.continuesNumberBefore(pos)) return;
        if (first >= 13) {
            int end = run.groupEnd(0);
            if (w.continuesNumberAfter(end)) return;
            Brand brand = validBrand(w, run, pos, end, first);
            if (brand == null) return;
            // a brand's usual length (16, Amex 15, Diners 14) is what PANs are; other contiguous
            // lengths, Visa's 13 and 19 say, are more often other ids
            report(w, pos, end, first == brand.usualLength ? 0.6 : 0.5, out);
            return;
        }
        if (run.groups() < 3) return;
        char sep = run.separatorAfter(w, 0);
        if (sep != ' ' && sep != '-') return;
        // "1234 4111 1111 1111 1111": a later group of a longer grouped number
        if (pos - 2 >= w.textStart() && w.charAt(pos - 1) == sep && IdText.isDigit(w.charAt(pos - 2))) return;

        if (run.groupLength(1) == 6 && (run.groupLength(2) == 5 || run.groupLength(2) == 4)
                && run.sameSeparator(w, 3) && endsCleanly(w, run, 3, sep)) {
            int end = run.groupEnd(2);
            if (valid(w, run, pos, end, run.digitsBefore(3))) report(w, pos, end, 0.7, out);
            return;
        }
        int fours = 1;
        while (fours < run.groups() && run.groupLength(fours) == 4 && run.separatorAfter(w, fours - 1) == sep) fours++;
        // "4111 1111 1111 1111 123": a short last group completes 13-15 or 17-19 digits
        if (fours < run.groups() && run.groupLength(fours) < 4 && run.separatorAfter(w, fours - 1) == sep
                && (fours == 3 || fours == 4) && endsCleanly(w, run, fours + 1, sep)) {
            int end = run.groupEnd(fours);
            if (valid(w, run, pos, end, fours * 4 + run.groupLength(fours))) {
                report(w, pos, end, 0.7, out);
                return;
            }
        }
        if (fours == 4 && endsCleanly(w, run, 4, sep)) {
            int end = run.groupEnd(3);
            if (valid(w, run, pos, end, 16)) report(w, pos, end, 0.7, out);
        }
    }

    /**
     * True when the value made of the first {@code groups} groups is not just the start of a longer
     * grouped number: a further group of four or more on the same separator, or a separator that
     * continues a number ("...1111.5"), rules it out; a short group after a space is allowed
     * ("... 1111 12/27" is an expiry date).
     */
    private static boolean endsCleanly(ScanWindow w, DigitRun run, int groups, char sep) {
        if (run.groups() == groups) return !w.continuesNumberAfter(run.groupEnd(groups - 1));
        char next = run.separatorAfter(w, groups - 1);
        if (next == sep) return run.groupLength(groups) < 4;
        return next == ' ';
    }

    private static boolean valid(ScanWindow w, DigitRun run, int start, int end, int length) {
        return validBrand(w, run, start, end, length) != null;
    }

    /** The brand of the digits [start, end) when IIN, length and Luhn all agree, else null. */
    private static Brand validBrand(ScanWindow w, DigitRun run, int start, int end, int length) {
        Brand brand = Brand.of((int) run.value(0, 6), length);
        return brand != null && Checksums.luhn(IdText.digits(w, start, end)) ? brand : null;
    }

    private void report(ScanWindow w, int start, int end, double base, Matches out) {
        double score = base + IdText.contextAdjustment(w, start, end, CONTEXT, 0.3);
        out.add(InfoType.PAYMENT_CARD_NUMBER, start, end, score, IdText.digits(w, start, end), this);
    }
}
