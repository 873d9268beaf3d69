package org.custodian.engine.detectors;

import static org.custodian.engine.detectors.IdText.digitsFrom;
import static org.custodian.engine.detectors.IdText.isLower;
import static org.custodian.engine.detectors.IdText.isUpper;
import static org.custodian.engine.detectors.IdText.toUpper;

import java.util.Set;
import org.custodian.engine.Canonical;
import org.custodian.engine.Detector;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;

/**
 * UK National Insurance numbers: two prefix letters, six digits and a suffix letter A-D, written
 * "AB123456C", "AB 12 34 56 C", "AB 123456 C", "AB-12-34-56-C" or in lower case.
 *
 * <p>HMRC's allocation rules are the validation: the first letter is never D F I Q U V, the second
 * never D F I Q U V O, and the prefixes BG GB KN NK NT TN ZZ are never allocated. The suffix is
 * often left off on forms; the suffix-less form is accepted with a lower score because "two
 * letters and six digits" is also the shape of many product and reference codes.
 */
public final class NationalInsuranceNumberDetector implements Detector {
    private static final Hotwords CONTEXT = Hotwords.of(
            "ni", "ni number", "ni no", "nino", "nin", "national insurance", "national insurance number",
            "national insurance no", "insurance number", "nat ins", "ni num");

    /** Letters never used as the first (bit set) or second prefix letter, by HMRC rule. */
    private static final int BAD_FIRST = bits("DFIQUV");
    private static final int BAD_SECOND = bits("DFIQUVO");

    @Override
    public String id() {
        return "uk-national-insurance-number";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.UK_NATIONAL_INSURANCE_NUMBER);
    }

    @Override
    public Triggers triggers() {
        // the first letter's rule already excludes six letters from the dispatch table
        // two letters of one case, then a digit or a separator before one
        return Triggers.create().wordStartingWith("ABCEGHJKLMNOPRSTWXYZabceghjklmnoprstwxyz")
                .wordShape("AA9", "AA_", "aa9", "aa_");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (pos + 8 > lim) return;
        // most word starts are prose: the third character is a letter, not a digit or a separator before one
        char c2 = b[pos + 2];
        if (!IdText.isDigit(c2) && !((c2 == ' ' || c2 == '-') && IdText.isDigit(b[pos + 3]))) return;
        char c0 = b[pos];
        char c1 = b[pos + 1];
        boolean upper = isUpper(c0);
        if (upper ? !isUpper(c1) : !isLower(c1)) return;
        if (!validPrefix(toUpper(c0), toUpper(c1))) return;

        int i = pos + 2;
        char prefixSep = b[i];
        if (prefixSep == ' ' || prefixSep == '-') i++;
        else prefixSep = 0;
        int digitsEnd = sixDigits(b, i, lim, prefixSep);
        if (digitsEnd < 0) return;

        int end;
        boolean suffix;
        int s = digitsEnd;
        if (s < lim && (b[s] == ' ' || b[s] == '-') && s + 1 < lim && isSuffix(b[s + 1]) && w.isBoundary(s + 2)) {
            end = s + 2;
            suffix = true;
        } else if (s < lim && isSuffix(b[s]) && w.isBoundary(s + 1)) {
            end = s + 1;
            suffix = true;
        } else {
            if (w.continuesNumberAfter(s)) return;
            // "AB 12 34 56 H": a lone letter where the suffix goes is a wrong suffix, not no suffix
            if (s + 2 <= lim && (b[s] == ' ' || b[s] == '-') && IdText.isLetter(b[s + 1]) && w.isBoundary(s + 2)) return;
            end = s;
            suffix = false;
        }
        if (suffix && isLower(b[end - 1])) upper = false;

        double score;
        if (suffix) score = upper ? 0.65 : 0.5;
        else score = upper ? 0.35 : 0.2;
        if (upper && suffix && b[pos + 2] == ' ' && end - pos == 13) score += 0.05; // "AB 12 34 56 C", the printed form
        score += IdText.contextAdjustment(w, pos, end, CONTEXT, 0.3);
        out.add(InfoType.UK_NATIONAL_INSURANCE_NUMBER, pos, end, score, IdText.upperAlnum(w, pos, end), this);
    }

    /**
     * Reads six digits at i written as one group, or as 2-2-2 (or 3-3 with spaces) separated by
     * the separator that followed the prefix; returns the index after the last digit, or -1. One
     * separator throughout is what keeps "SP 800-131A" (a NIST document) out.
     */
    private static int sixDigits(char[] b, int i, int lim, char sep) {
        int g = digitsFrom(b, i, lim);
        if (g == 6) return i + 6;
        if (sep == 0 || (g != 2 && (g != 3 || sep != ' '))) return -1;
        int j = i + g;
        int total = g;
        while (total < 6) {
            if (j >= lim || b[j] != sep) return -1;
            int n = digitsFrom(b, j + 1, lim);
            if (n != g) return -1;
            j += 1 + n;
            total += n;
        }
        return j;
    }

    private static boolean isSuffix(char c) {
        char u = toUpper(c);
        return u >= 'A' && u <= 'D';
    }

    /** HMRC's prefix rules; both letters upper-case A-Z. */
    static boolean validPrefix(char first, char second) {
        if ((BAD_FIRST & bit(first)) != 0 || (BAD_SECOND & bit(second)) != 0) return false;
        switch (first) {
            case 'B': return second != 'G';
            case 'G': return second != 'B';
            case 'K': return second != 'N';
            case 'N': return second != 'K' && second != 'T';
            case 'T': return second != 'N';
            case 'Z': return second != 'Z';
            default: return true;
        }
    }

    /** True when s (any case, any common spacing) is a NINO by HMRC's rules, suffix required. */
    public static boolean isValid(String s) {
        String c = Canonical.upperAlnum(s);
        if (c.length() != 9) return false;
        for (int i = 2; i < 8; i++) if (!IdText.isDigit(c.charAt(i))) return false;
        return isUpper(c.charAt(0)) && isUpper(c.charAt(1)) && validPrefix(c.charAt(0), c.charAt(1))
                && c.charAt(8) >= 'A' && c.charAt(8) <= 'D';
    }

    private static int bit(char upper) {
        return 1 << (upper - 'A');
    }

    private static int bits(String letters) {
        int m = 0;
        for (int i = 0; i < letters.length(); i++) m |= bit(letters.charAt(i));
        return m;
    }
}
