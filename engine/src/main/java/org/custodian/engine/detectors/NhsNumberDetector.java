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
 * NHS numbers (England, Wales, Isle of Man) and the Northern Ireland Health and Care number: ten
 * digits, written "943 476 5919", "943-476-5919" or "9434765919", the tenth a modulus-11 check digit
 * over the first nine with weights 10..2 (remainder 11 gives 0; 10 means the number is never
 * issued).
 *
 * <p>One random ten-digit number in eleven passes the check, so the checksum alone is weak
 * evidence: the score rises with the issued ranges (3xx-7xx), the 3-3-4 grouping people write, and
 * context words; it falls near words that name other numbers (order, invoice, tracking).
 */
public final class NhsNumberDetector implements Detector {
    private static final Hotwords CONTEXT = Hotwords.of(
            "nhs", "nhs no", "nhs number", "nhs num", "nhsno", "nhs_number", "nhs id", "nhsnumber",
            "health and care number", "hcn", "patient", "patient number", "patient id");
    private static final Hotwords OTHER_NUMBERS = Hotwords.of(
            "order", "invoice", "inv", "tracking", "ref", "reference", "account", "acct", "phone", "tel",
            "telephone", "mobile", "fax", "serial", "sku", "ticket", "transaction", "txn", "isbn");

    @Override
    public String id() {
        return "uk-nhs-number";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.UK_NHS_NUMBER);
    }

    @Override
    public Triggers triggers() {
        // ten digits, or "943 476 5919" grouped by spaces or hyphens
        return Triggers.create().digits().digitGroup(10, 10).digitGroup(3, 3, " -");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        // ten digits, or 3-3-4: the first group is 10 or 3 long
        if (!IdText.firstGroupMayHaveLength(b, pos, lim, 3) && !IdText.firstGroupMayHaveLength(b, pos, lim, 10)) return;
        DigitRun run = w.digitRun(pos);
        int end;
        boolean grouped;
        if (run.groupLength(0) == 10) {
            end = run.groupEnd(0);
            grouped = false;
        } else if (run.shape(3, 3, 3, 4) && run.sameSeparator(w, 3)
                && (w.charAt(run.groupEnd(0)) == ' ' || w.charAt(run.groupEnd(0)) == '-')) {
            end = run.groupEnd(2);
            grouped = true;
        } else {
            return;
        }
        if (w.continuesNumberBefore(pos) || w.continuesNumberAfter(end)) return;
        if (!checksumValid(run)) return;

        double score = grouped ? 0.5 : 0.35;
        int first = run.digit(0);
        if (first >= 4 && first <= 7 && first != 5 || (first == 3 && run.digit(1) >= 2)) score += 0.1;
        if (first == 9 && run.digit(1) == 9 && run.digit(2) == 9) score -= 0.2; // the 999 test range
        if (w.hasContext(pos, end, CONTEXT)) score += 0.45;
        else if (w.hasContextBefore(pos, 24, OTHER_NUMBERS)) score -= 0.3;
        StringBuilder digits = new StringBuilder(10);
        for (int i = 0; i < 10; i++) digits.append((char) ('0' + run.digit(i)));
        out.add(InfoType.UK_NHS_NUMBER, pos, end, score, digits.toString(), this);
    }

    private static boolean checksumValid(DigitRun run) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += run.digit(i) * (10 - i);
        return Checksums.nhsCheckDigitMatches(sum, run.digit(9));
    }

    /** The NHS modulus-11 rule on a string of exactly ten digits; for callers outside a scan. */
    public static boolean isValid(String tenDigits) {
        return Checksums.nhsMod11(tenDigits);
    }
}
