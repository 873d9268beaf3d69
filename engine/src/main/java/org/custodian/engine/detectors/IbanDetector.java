package org.custodian.engine.detectors;

import static org.custodian.engine.detectors.IdText.isDigit;
import static org.custodian.engine.detectors.IdText.isLower;
import static org.custodian.engine.detectors.IdText.isUpper;
import static org.custodian.engine.detectors.IdText.toUpper;

import java.util.Set;
import org.custodian.engine.Detector;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;
import org.custodian.engine.validate.Checksums;

/**
 * International Bank Account Numbers (ISO 13616): country code, two check digits and a BBAN whose
 * length and character classes are fixed per country by the SWIFT IBAN registry. Printed in groups
 * of four ("GB82 WEST 1234 5698 7654 32") or contiguous; lower case is accepted with a lower score.
 *
 * <p>The order of checks is what keeps this cheap on prose: a word start is dropped unless it is
 * letter, letter, digit, digit; then the country must be in the registry, then every character
 * must fit the country's BBAN structure, and only then is the candidate copied and the mod 97
 * check computed.
 */
public final class IbanDetector implements Detector {
    private static final Hotwords CONTEXT = Hotwords.of(
            "iban", "bank", "bank account", "account", "bic", "swift", "payee", "beneficiary", "transfer",
            "sepa", "bank details", "wire", "remittance");

    /**
     * SWIFT IBAN registry: country code and BBAN structure in the registry's notation
     * ({@code n} digits, {@code a} upper-case letters, {@code c} letters or digits).
     */
    private static final String[] REGISTRY = {
        "AD", "4!n4!n12!c", "AE", "3!n16!n", "AL", "8!n16!c", "AT", "5!n11!n", "AZ", "4!a20!c",
        "BA", "3!n3!n8!n2!n", "BE", "3!n7!n2!n", "BG", "4!a4!n2!n8!c", "BH", "4!a14!c",
        "BI", "5!n5!n11!n2!n", "BR", "8!n5!n10!n1!a1!c", "BY", "4!c4!n16!c", "CH", "5!n12!c",
        "CR", "4!n14!n", "CY", "3!n5!n16!c", "CZ", "4!n6!n10!n", "DE", "8!n10!n", "DJ", "5!n5!n11!n2!n",
        "DK", "4!n9!n1!n", "DO", "4!c20!n", "EE", "2!n14!n", "EG", "4!n4!n17!n", "ES", "4!n4!n1!n1!n10!n",
        "FI", "3!n11!n", "FK", "2!a12!n", "FO", "4!n9!n1!n", "FR", "5!n5!n11!c2!n", "GB", "4!a6!n8!n",
        "GE", "2!a16!n", "GI", "4!a15!c", "GL", "4!n9!n1!n", "GR", "3!n4!n16!c", "GT", "4!c20!c",
        "HN", "4!a20!n", "HR", "7!n10!n", "HU", "3!n4!n1!n15!n1!n", "IE", "4!a6!n8!n", "IL", "3!n3!n13!n",
        "IQ", "4!a3!n12!n", "IS", "4!n2!n6!n10!n", "IT", "1!a5!n5!n12!c", "JO", "4!a4!n18!c",
        "KW", "4!a22!c", "KZ", "3!n13!c", "LB", "4!n20!c", "LC", "4!a24!c", "LI", "5!n12!c",
        "LT", "5!n11!n", "LU", "3!n13!c", "LV", "4!a13!c", "LY", "3!n3!n15!n", "MC", "5!n5!n11!c2!n",
        "MD", "2!c18!c", "ME", "3!n13!n2!n", "MK", "3!n10!c2!n", "MN", "4!n12!n", "MR", "5!n5!n11!n2!n",
        "MT", "4!a5!n18!c", "MU", "4!a2!n2!n12!n3!n3!a", "NI", "4!a20!n", "NL", "4!a10!n", "NO", "4!n6!n1!n",
        "OM", "3!n16!c", "PK", "4!a16!c", "PL", "8!n16!n", "PS", "4!a21!c", "PT", "4!n4!n11!n2!n",
        "QA", "4!a21!c", "RO", "4!a16!c", "RS", "3!n13!n2!n", "RU", "9!n5!n15!c", "SA", "2!n18!c",
        "SC", "4!a2!n2!n16!n3!a", "SD", "2!n12!n", "SE", "3!n16!n1!n", "SI", "5!n8!n2!n",
        "SK", "4!n6!n10!n", "SM", "1!a5!n5!n12!c", "SO", "4!n3!n12!n", "ST", "8!n11!n2!n",
        "SV", "4!a20!n", "TL", "3!n14!n2!n", "TN", "2!n3!n13!n2!n", "TR", "5!n1!n16!c", "UA", "6!n19!c",
        "VA", "3!n15!n", "VG", "4!a16!n", "XK", "4!n10!n2!n", "YE", "4!a4!n18!c",
    };

    /** Per country (index (first-'A')*26 + second-'A'): the class of each BBAN character, or null. */
    private static final char[][] BBAN = new char[26 * 26][];

    static {
        for (int i = 0; i < REGISTRY.length; i += 2) {
            String cc = REGISTRY[i];
            BBAN[(cc.charAt(0) - 'A') * 26 + cc.charAt(1) - 'A'] = expand(REGISTRY[i + 1]);
        }
    }

    @Override
    public String id() {
        return "iban";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.IBAN);
    }

    @Override
    public Triggers triggers() {
        // a two-letter country code, then two check digits
        return Triggers.create().wordStartingWith("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
                .wordShape("AA9", "aa9");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (pos + 15 > lim || !isDigit(b[pos + 2]) || !isDigit(b[pos + 3])) return;
        char c0 = b[pos];
        char c1 = b[pos + 1];
        boolean lower;
        if (isUpper(c0) && isUpper(c1)) lower = false;
        else if (isLower(c0) && isLower(c1)) lower = true;
        else return;
        char[] bban = BBAN[(toUpper(c0) - 'A') * 26 + toUpper(c1) - 'A'];
        if (bban == null) return;

        boolean grouped = b[pos + 4] == ' ';
        int i = pos + 4;
        for (int n = 0; n < bban.length; n++) {
            if (grouped && n % 4 == 0) {
                if (i >= lim || b[i] != ' ') return;
                i++;
            }
            if (i >= lim) return;
            char c = b[i++];
            // one case throughout, set by the country code: "LV80 bANK ..." is not an IBAN spelling
            if (lower ? isUpper(c) : isLower(c)) return;
            c = toUpper(c);
            if (!fits(c, bban[n])) return;
        }
        int end = i;
        if (w.continuesNumberAfter(end)) return;
        String canonical = IdText.upperAlnum(w, pos, end);
        if (!Checksums.mod97(canonical)) return;

        double score = lower ? 0.6 : 0.75;
        if (w.hasContext(pos, end, CONTEXT)) score += 0.2;
        out.add(InfoType.IBAN, pos, end, score, canonical, this);
    }

    private static boolean fits(char upperOrDigit, char cls) {
        switch (cls) {
            case 'n': return isDigit(upperOrDigit);
            case 'a': return isUpper(upperOrDigit);
            default: return isDigit(upperOrDigit) || isUpper(upperOrDigit);
        }
    }

    /** The registry's total IBAN length for a country code, or 0 when it has no IBAN. */
    public static int length(String countryCode) {
        if (countryCode.length() != 2 || !isUpper(countryCode.charAt(0)) || !isUpper(countryCode.charAt(1))) return 0;
        char[] bban = BBAN[(countryCode.charAt(0) - 'A') * 26 + countryCode.charAt(1) - 'A'];
        return bban == null ? 0 : bban.length + 4;
    }

    /** "4!a6!n8!n" becomes "aaaannnnnnnnnnnnnn": one class per character. */
    private static char[] expand(String structure) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; i < structure.length(); i++) {
            char c = structure.charAt(i);
            if (isDigit(c)) count = count * 10 + (c - '0');
            else if (c == 'n' || c == 'a' || c == 'c') {
                b.append(String.valueOf(c).repeat(count));
                count = 0;
            }
        }
        return b.toString().toCharArray();
    }
}
