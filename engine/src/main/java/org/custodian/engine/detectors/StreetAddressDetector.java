package org.custodian.engine.detectors;

import static org.custodian.engine.detectors.NameLexicon.ORG;
import static org.custodian.engine.detectors.NameLexicon.STREET_ABBREVIATION;
import static org.custodian.engine.detectors.NameLexicon.STREET_SUFFIX;

import java.util.Set;
import org.custodian.engine.Canonical;
import org.custodian.engine.Detector;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;

/**
 * UK street addresses: a house number ("12", "12A", "12-14"), one to four capitalised words ending
 * in a street word ("High Street", "Acacia Ave", "The Mews"), optionally a town and a postcode on
 * the same line after commas or on the next lines, as letters write them:
 * <pre>
 * Flat 3, 12 High Street
 * Leeds
 * LS1 4AB
 * </pre>
 * A "Flat 3,", "Apartment 2" or "Unit 5" prefix is taken into the span.
 *
 * <p>The house number is the trigger, so the detector is called at every number and gives up after
 * a few character checks unless a capitalised word follows. A street word followed by an
 * organisation word ("3 Park Lane Hotel", "Wall Street Journal") is a business, not a home.
 */
public final class StreetAddressDetector implements Detector {
    private static final String[] UNIT_WORDS = {"flat", "apartment", "apt", "unit", "suite", "room"};
    private static final int MAX_WORDS = 4;
    private static final int MAX_TOWN_WORDS = 3;

    @Override
    public String id() {
        return "street-address";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.STREET_ADDRESS);
    }

    @Override
    public Triggers triggers() {
        // a house number of one to four digits not starting with 0, then a letter, '-', ',' or ' '
        return Triggers.create().wordStartingWith("123456789").digitGroup(1, 4, "a-, ");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int limit = w.limit();
        int i = houseNumberEnd(b, pos, limit);
        if (i < 0 || i + 2 >= limit) return;
        if (b[i] == ',') i++;
        if (b[i] != ' ' || !Character.isUpperCase(b[i + 1])) return;
        if (w.continuesNumberBefore(pos) || (pos > w.textStart() && isCurrency(b[pos - 1]))) return;

        int streetEnd = -1;
        int s = i + 1;
        for (int words = 0; words < MAX_WORDS + 1 && s > 0; words++) {
            int e = PersonNameDetector.nameWordEnd(w, s);
            if (e < 0) break;
            int f = words > 0 ? NameLexicon.flags(b, s, e) : 0;
            if ((f & STREET_SUFFIX) != 0) {
                streetEnd = e < limit && b[e] == '.' && (f & STREET_ABBREVIATION) != 0 ? e + 1 : e;
            }
            s = e + 1 < limit && b[e] == ' ' && Character.isUpperCase(b[e + 1]) ? e + 1 : -1;
        }
        if (streetEnd < 0) return;
        if (businessFollows(w, streetEnd)) return;
        if ((NameLexicon.previousWordFlags(w, pos) & NameLexicon.NUMBERED_THING) != 0) return;

        double score = 0.6;
        int start = unitPrefixStart(w, pos);
        if (start < pos) score += 0.1;
        if (i - pos == 4 && Character.isDigit(b[pos + 3]) && (b[pos] == '1' || b[pos] == '2')) score -= 0.15;
        int end = streetEnd;
        int townEnd = townEnd(w, end);
        if (townEnd > 0) {
            end = townEnd;
            score += 0.1;
            // a county or district line ("Leeds\nWest Yorkshire\nLS1 4AB") only when a postcode follows
            int countyEnd = townEnd(w, end);
            if (countyEnd > 0 && postcodeAfter(w, countyEnd) > 0) end = countyEnd;
        }
        int postcodeEnd = postcodeAfter(w, end);
        if (postcodeEnd > 0) {
            end = postcodeEnd;
            score += 0.2;
        }
        if (NameLexicon.wordNear(w, start, end, NameLexicon.ADDRESS_CONTEXT)) score += 0.15;
        out.add(InfoType.STREET_ADDRESS, start, end, score, Canonical.words(w.substring(start, end)), this);
    }

    /** End of "12", "12A", "12-14" or "12a-14b" at pos, or -1. */
    private static int houseNumberEnd(char[] b, int pos, int limit) {
        int i = digitsEnd(b, pos, limit);
        if (i < 0) return -1;
        if (i < limit && isAsciiLetter(b[i]) && i + 1 < limit && !isAsciiLetter(b[i + 1])) i++;
        if (i + 1 < limit && b[i] == '-' && b[i + 1] >= '0' && b[i + 1] <= '9') {
            i = digitsEnd(b, i + 1, limit);
            if (i < 0) return -1;
            if (i < limit && isAsciiLetter(b[i]) && i + 1 < limit && !isAsciiLetter(b[i + 1])) i++;
        }
        return i < limit && ScanWindow.isWordChar(b[i]) ? -1 : i;
    }

    private static int digitsEnd(char[] b, int from, int limit) {
        int i = from;
        while (i < limit && i - from <= 4 && b[i] >= '0' && b[i] <= '9') i++;
        int n = i - from;
        return n >= 1 && n <= 4 && b[from] != '0' ? i : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isCurrency(char c) {
        return c == '£' || c == '$' || c == '€' || c == '#';
    }

    /** "3 Park Lane Hotel", "Wall Street Journal": an organisation word right after the street. */
    private static boolean businessFollows(ScanWindow w, int streetEnd) {
        char[] b = w.chars();
        if (streetEnd + 1 >= w.limit() || b[streetEnd] != ' ') return false;
        int e = PersonNameDetector.nameWordEnd(w, streetEnd + 1);
        return e > 0 && (NameLexicon.flags(b, streetEnd + 1, e) & ORG) != 0;
    }

    /** Start of a "Flat 3, " / "Apartment 2 " prefix right before pos, or pos. */
    private static int unitPrefixStart(ScanWindow w, int pos) {
        char[] b = w.chars();
        int i = pos - 1;
        int floor = w.textStart();
        if (i < floor || b[i] != ' ') return pos;
        i--;
        if (i >= floor && b[i] == ',') i--;
        int tokenEnd = i + 1;
        while (i >= floor && ScanWindow.isWordChar(b[i]) && tokenEnd - i <= 4) i--;
        if (i + 1 == tokenEnd || i < floor || b[i] != ' ') return pos;
        int wordEnd = i;
        i--;
        while (i >= floor && isAsciiLetter(b[i])) i--;
        int wordStart = i + 1;
        String word = w.substring(wordStart, wordEnd);
        for (String u : UNIT_WORDS) {
            if (u.equalsIgnoreCase(word)) return wordStart;
        }
        return pos;
    }

    /**
     * End of a town after the street: ", Leeds", " Leeds," or "\nLeeds" on its own line; up to three
     * capitalised words that are not an organisation. -1 when there is none.
     */
    private static int townEnd(ScanWindow w, int from) {
        char[] b = w.chars();
        int s = skipSeparator(w, from, true);
        if (s < 0) return -1;
        int end = -1;
        for (int words = 0; words < MAX_TOWN_WORDS; words++) {
            int e = PersonNameDetector.nameWordEnd(w, s);
            if (e < 0 || (NameLexicon.flags(b, s, e) & (ORG | NameLexicon.TITLE | NameLexicon.LETTER_WORD)) != 0) break;
            end = e;
            if (e + 1 >= w.limit() || b[e] != ' ' || !Character.isUpperCase(b[e + 1])) break;
            if (postcodeEnd(b, e + 1, w.limit()) > 0) break;
            s = e + 1;
        }
        return end;
    }

    private static int postcodeAfter(ScanWindow w, int from) {
        int s = skipSeparator(w, from, false);
        return s < 0 ? -1 : postcodeEnd(w.chars(), s, w.limit());
    }

    /** Index after ", ", " " or one line break (with trailing commas and spaces), or -1. */
    private static int skipSeparator(ScanWindow w, int from, boolean needCapital) {
        char[] b = w.chars();
        int limit = w.limit();
        int i = from;
        if (i < limit && b[i] == ',') i++;
        int spaces = 0;
        int breaks = 0;
        while (i < limit && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            if (b[i] == '\n') breaks++;
            else spaces++;
            i++;
        }
        if (breaks > 1 || (breaks == 0 && spaces == 0) || spaces > 4 || i >= limit) return -1;
        return needCapital && !Character.isUpperCase(b[i]) ? -1 : i;
    }

    /** End of a UK postcode shape at s (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA), or -1. */
    static int postcodeEnd(char[] b, int s, int limit) {
        int i = s;
        if (i >= limit || !isUpper(b[i])) return -1;
        i++;
        if (i < limit && isUpper(b[i])) i++;
        if (i >= limit || !isDigit(b[i])) return -1;
        i++;
        if (i < limit && (isDigit(b[i]) || isUpper(b[i]))) i++;
        if (i < limit && b[i] == ' ') i++;
        if (i + 3 > limit || !isDigit(b[i]) || !isUpper(b[i + 1]) || !isUpper(b[i + 2])) return -1;
        i += 3;
        return i < limit && ScanWindow.isWordChar(b[i]) ? -1 : i;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
