package org.custodian.engine.detectors;

import java.util.Set;
import org.custodian.engine.Canonical;
import org.custodian.engine.Detector;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;

/**
 * UK postcodes in every format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA, and the
 * Girobank's GIR 0AA), upper-case, with or without the space. The area letters must be one of the
 * 121 real postcode areas (plus the Crown Dependencies' GY, JE and IM, which use the same format);
 * the inward code's letters never include C, I, K, M, O or V; a district letter (A9A, AA9A) only
 * follows the letters Royal Mail uses there.
 *
 * <p>Without the space a postcode is a bare alphanumeric token and product or reference codes
 * collide more often, so it scores lower.
 */
public final class UkPostcodeDetector implements Detector {
    /** Postcode areas: index = (first letter) * 27 + (second letter + 1, or 0 for one-letter areas). */
    private static final boolean[] AREA = new boolean[26 * 27];

    static {
        String areas = "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY "
                + "E EC EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU "
                + "M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR "
                + "SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE GY JE IM";
        for (String a : areas.split(" ")) AREA[areaIndex(a.charAt(0), a.length() == 2 ? a.charAt(1) : 0)] = true;
    }

    private static final Hotwords CONTEXT = Hotwords.of(
            "postcode", "post code", "postal code", "postcodes", "address", "addr", "zip", "zip code",
            "delivery", "billing", "shipping", "home address", "residence");
    private static final Hotwords OTHER_CODES = Hotwords.of(
            "ref", "reference", "order", "sku", "part", "model", "serial", "product", "item",
            "licence", "registration", "reg", "flight", "room");

    @Override
    public String id() {
        return "uk-postcode";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.UK_POSTCODE);
    }

    @Override
    public Triggers triggers() {
        // an area of one or two letters, then a district digit; or GIR 0AA
        return Triggers.create().wordStartingWith("ABCDEFGHIJKLMNOPRSTUWYZ").wordShape("A9", "AA9", "AAA");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] c = w.chars();
        int limit = w.limit();
        int end = match(c, pos, limit);
        if (end < 0) return;
        boolean spaced = end - pos >= 6 && c[end - 4] == ' ';
        if (!standsAlone(w, c, pos, end)) return;

        double score = spaced ? 0.65 : 0.45;
        if (w.hasContext(pos, end, CONTEXT)) score += 0.25;
        else if (w.hasContextBefore(pos, 24, OTHER_CODES)) score -= 0.3;
        out.add(InfoType.UK_POSTCODE, pos, end, score, Canonical.postcode(w.substring(pos, end)), this);
    }

    /** End index of a postcode starting at pos (outward, optional single space, inward), or -1. */
    static int match(char[] c, int pos, int limit) {
        if (pos + 5 > limit) return -1;
        char a = c[pos];
        char b = c[pos + 1];
        int i;
        if (a == 'G' && b == 'I' && pos + 2 < limit && c[pos + 2] == 'R') {
            i = pos + 3; // GIR 0AA, the one non-geographic legacy code
            int in = inward(c, skipSpace(c, i, limit), limit);
            if (in < 0 || c[in - 3] != '0' || c[in - 2] != 'A' || c[in - 1] != 'A') return -1;
            return in;
        }
        if (!isUpper(a)) return -1;
        boolean twoLetters = isUpper(b);
        if (!AREA[areaIndex(a, twoLetters ? b : 0)]) return -1;
        i = pos + (twoLetters ? 2 : 1);
        if (i >= limit || !isDigit(c[i])) return -1;
        i++;
        // district: one digit, two digits, or a digit and a letter (A9A / AA9A); without the space
        // "B11AA" is B1 1AA, so the longer district is tried first and given up when no inward follows
        if (i < limit && (isDigit(c[i]) || isUpper(c[i]) && districtLetterAllowed(twoLetters, c[i]))) {
            int longer = inward(c, skipSpace(c, i + 1, limit), limit);
            if (longer > 0) return longer;
        }
        return inward(c, skipSpace(c, i, limit), limit);
    }

    /** A3 of A9A is one of ABCDEFGHJKPSTUW; A4 of AA9A one of ABEHMNPRVWXY (Royal Mail's rules). */
    private static boolean districtLetterAllowed(boolean twoLetterArea, char ch) {
        String allowed = twoLetterArea ? "ABEHMNPRVWXY" : "ABCDEFGHJKPSTUW";
        return allowed.indexOf(ch) >= 0;
    }

    private static int skipSpace(char[] c, int i, int limit) {
        return i < limit && c[i] == ' ' ? i + 1 : i;
    }

    /** The inward code 9AA at i; letters exclude C I K M O V. */
    private static int inward(char[] c, int i, int limit) {
        if (i + 3 > limit) return -1;
        if (!isDigit(c[i]) || !inwardLetter(c[i + 1]) || !inwardLetter(c[i + 2])) return -1;
        return i + 3;
    }

    private static boolean inwardLetter(char ch) {
        return isUpper(ch) && ch != 'C' && ch != 'I' && ch != 'K' && ch != 'M' && ch != 'O' && ch != 'V';
    }

    /** Rejects postcode look-alikes inside longer tokens ("ID-SW1A1AA", "SW1A 1AA_2", "SW1A1AAX"). */
    private static boolean standsAlone(ScanWindow w, char[] c, int pos, int end) {
        int lo = w.textStart();
        if (pos > lo) {
            char p = c[pos - 1];
            if (p == '_' || ((p == '-' || p == '/' || p == '.' || p == '#') && pos - 2 >= lo
                    && ScanWindow.isWordChar(c[pos - 2]))) return false;
        }
        if (end < w.limit()) {
            char n = c[end];
            if (ScanWindow.isWordChar(n) || n == '_') return false;
            if ((n == '-' || n == '/' || n == '.') && end + 1 < w.limit() && ScanWindow.isWordChar(c[end + 1])) {
                return false;
            }
        }
        return true;
    }

    private static int areaIndex(char first, char second) {
        return (first - 'A') * 27 + (second == 0 ? 0 : second - 'A' + 1);
    }

    private static boolean isUpper(char ch) {
        return ch >= 'A' && ch <= 'Z';
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
