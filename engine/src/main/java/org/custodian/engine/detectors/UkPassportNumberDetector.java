package org.custodian.engine.detectors;

import static org.custodian.engine.detectors.IdText.digitsFrom;
import static org.custodian.engine.detectors.IdText.isDigit;
import static org.custodian.engine.detectors.IdText.isUpper;

import java.util.Set;
import org.custodian.engine.Detector;
import org.custodian.engine.DigitRun;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;

/**
 * UK passport numbers: nine digits, or two letters and seven digits in the newer series. Neither
 * form has a check digit of its own, and nine-digit numbers are everywhere, so context decides:
 * nine digits are reported only near passport wording; two letters and seven digits without it
 * stay below POSSIBLE.
 *
 * <p>The one strong validation is the passport's machine-readable zone (ICAO 9303, TD3): a line 2
 * that starts with the document number followed by its 7-3-1 check digit, nationality GBR and a
 * checked date of birth, under a line 1 starting "P" and issuing state GBR. The document number is
 * then reported as VERY_LIKELY with no wording needed.
 */
public final class UkPassportNumberDetector implements Detector {
    private static final Hotwords CONTEXT = Hotwords.of(
            "passport", "passport no", "passport number", "passport num", "passport #", "passportno",
            "travel document", "travel doc", "document number", "hmpo", "hm passport office", "mrz");

    /** TD3 machine-readable zone: two lines of 44 characters. */
    private static final int MRZ_LINE = 44;

    @Override
    public String id() {
        return "uk-passport-number";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.UK_PASSPORT_NUMBER);
    }

    @Override
    public Triggers triggers() {
        // nine digits; two letters and seven digits; or an MRZ document number (alphanumeric or '<',
        // then its check digit and "GBR") at a line start
        return Triggers.create().digits().upperCase()
                .digitGroup(9, 9).digitGroup(1, 10, "a<")
                .wordShape("AA", "A9", "A_");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        char c0 = b[pos];
        if (pos + 9 > lim) return;
        if ((pos == w.textStart() || b[pos - 1] == '\n') && mrzDocumentNumber(w, pos, out)) return;
        int end;
        double score;
        if (isDigit(c0)) {
            if (!IdText.firstGroupMayHaveLength(b, pos, lim, 9)) return;
            DigitRun run = w.digitRun(pos);
            if (run.groupLength(0) != 9) return;
            end = pos + 9;
            if (w.continuesNumberBefore(pos) || w.continuesNumberAfter(end)) return;
            if (!w.hasContext(pos, end, CONTEXT)) return; // any nine-digit number otherwise
            if (IdText.otherNumberNamedBefore(w, pos, CONTEXT)) return;
            score = 0.85;
        } else {
            if (!isUpper(b[pos + 1]) || digitsFrom(b, pos + 2, lim) != 7) return;
            end = pos + 9;
            if (w.continuesNumberAfter(end)) return;
            score = 0.35 + (IdText.otherNumberNamedBefore(w, pos, CONTEXT) ? -0.3 : IdText.contextAdjustment(w, pos, end, CONTEXT, 0.55));
        }
        out.add(InfoType.UK_PASSPORT_NUMBER, pos, end, score, IdText.upperAlnum(w, pos, end), this);
    }

    /**
     * Reports the document number when the line starting at pos is line 2 of a GBR passport's
     * machine-readable zone whose check digits hold.
     */
    private boolean mrzDocumentNumber(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int end = pos + MRZ_LINE;
        if (end > w.limit() || b[pos + 10] != 'G' || b[pos + 11] != 'B' || b[pos + 12] != 'R') return false;
        if (end < w.limit() && b[end] != '\n' && b[end] != '\r') return false;
        for (int i = pos; i < end; i++) {
            if (mrzValue(b[i]) < 0) return false;
        }
        if (checkDigit(b, pos, pos + 9) != b[pos + 9] - '0') return false;
        if (checkDigit(b, pos + 13, pos + 19) != b[pos + 19] - '0') return false;
        // line 1: "P" + type or '<', then the issuing state
        int line1 = pos - 1 - MRZ_LINE - (pos - 2 >= w.textStart() && b[pos - 2] == '\r' ? 1 : 0);
        if (line1 < w.textStart() || (line1 > w.textStart() && b[line1 - 1] != '\n') || b[line1] != 'P' || b[line1 + 2] != 'G' || b[line1 + 3] != 'B'
                || b[line1 + 4] != 'R') {
            return false;
        }
        int numberEnd = pos + 9;
        while (numberEnd > pos && b[numberEnd - 1] == '<') numberEnd--;
        out.add(InfoType.UK_PASSPORT_NUMBER, pos, numberEnd, 0.95, IdText.upperAlnum(w, pos, numberEnd), this);
        return true;
    }

    /** ICAO 9303 check digit over [from, to): weights 7, 3, 1 repeating; '<' is 0, A-Z are 10-35. */
    static int checkDigit(char[] s, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            int k = (i - from) % 3;
            sum += mrzValue(s[i]) * (k == 0 ? 7 : k == 1 ? 3 : 1);
        }
        return sum % 10;
    }

    /** ICAO 9303 check digit of an MRZ field, for callers outside a scan. */
    public static int checkDigit(String field) {
        return checkDigit(field.toCharArray(), 0, field.length());
    }

    private static int mrzValue(char c) {
        if (isDigit(c)) return c - '0';
        if (isUpper(c)) return c - 'A' + 10;
        return c == '<' ? 0 : -1;
    }
}
