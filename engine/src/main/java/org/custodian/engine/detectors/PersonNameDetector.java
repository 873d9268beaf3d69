package org.custodian.engine.detectors;

import static org.custodian.engine.detectors.NameLexicon.AMBIGUOUS;
import static org.custodian.engine.detectors.NameLexicon.COMMON;
import static org.custodian.engine.detectors.NameLexicon.FIRST;
import static org.custodian.engine.detectors.NameLexicon.NAME_PART;
import static org.custodian.engine.detectors.NameLexicon.NOT_NAME;
import static org.custodian.engine.detectors.NameLexicon.ORG;
import static org.custodian.engine.detectors.NameLexicon.STREET_SUFFIX;
import static org.custodian.engine.detectors.NameLexicon.TITLE;

import java.util.Set;
import org.custodian.engine.Canonical;
import org.custodian.engine.Detector;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;

/**
 * Person names: a title and capitalised words ("Mrs J. Okafor"), a listed given name and a
 * capitalised surname ("Sarah Whitfield", "Aoife M. Byrne"), the register form "SMITH, John", and a
 * lone capitalised word where the text says it is a name (a "Name:" label, a CSV column such as
 * first_name or surname, "Dear Priya").
 *
 * <p>Names have no checksum, so evidence is lists, capitalisation and context. A given name that is
 * also an English word (Will, Grace, Mark, May) or a month or place proves little and scores lower;
 * a run that goes on into an organisation or street word ("John Lewis Partnership", "Rose Hill
 * Road") is not a person; a run that follows a house number is an address. Precision is the weak
 * point of any list-based name finder: see docs/detectors/names-addresses-health.md.
 */
public final class PersonNameDetector implements Detector {
    /** Labels that, right before a colon, say the next words are a name (normalised, whole). */
    private static final Set<String> NAME_LABELS = Set.of(
            "name", "full name", "first name", "last name", "surname", "forename", "forenames",
            "given name", "given names", "family name", "patient", "patient name", "customer name",
            "client name", "employee name", "contact name", "account holder", "account name", "signed",
            "signature", "next of kin", "emergency contact", "attn", "fao", "from", "to", "cc",
            "author", "applicant", "tenant", "claimant", "name of patient", "name of applicant");
    private static final Set<String> NAME_COLUMNS = Set.of(
            "name", "names", "first name", "firstname", "first", "forename", "forenames", "given name",
            "givenname", "middle name", "middlename", "surname", "last name", "lastname", "last",
            "family name", "familyname", "full name", "fullname", "patient name", "customer name",
            "client name", "employee name", "contact name", "contact", "account holder",
            "account holder name", "account name", "cardholder", "cardholder name", "next of kin",
            "emergency contact", "person", "patient", "customer", "employee", "applicant", "tenant",
            "student", "pupil", "member name", "staff name", "display name", "author", "owner");

    /** Name columns that may hold things other than people ("name" of a product, "owner" of a file). */
    private static final Set<String> GENERIC_NAME_COLUMNS = Set.of(
            "name", "names", "display name", "author", "owner", "contact", "person", "member name");

    private static final int MAX_WORD = 24;

    @Override
    public String id() {
        return "person-name";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.PERSON_NAME);
    }

    @Override
    public Triggers triggers() {
        return Triggers.create().upperCase();
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int end = nameWordEnd(w, pos);
        if (end < 0) return;
        // every path needs another capitalised word, ", " and a capital, or a label/column/"Dear"
        // before: most capitalised words (prose, log levels, JSON values) have none and are rejected
        // here without a lookup. Without the first three only labelledOrColumn can report, and only
        // where its own place check holds, so that check comes first.
        if (nextWordStart(w, end) < 0 && !titleDotFollows(w, end) && !commaThenCapital(w, end)
                && !(mayBeLoneName(w, pos) && loneNamePlace(w, pos))) {
            return;
        }
        int flags = NameLexicon.flags(b, pos, end);
        if ((flags & FIRST) == 0) flags |= hyphenatedGivenName(b, pos, end);
        if ((flags & TITLE) != 0) {
            // "12 Oak Dr Leeds": Dr ends a street name there
            if ((flags & STREET_SUFFIX) == 0 || !endsStreetName(w, pos)) titled(w, pos, end, out);
            return;
        }
        if ((flags & NOT_NAME) != 0) return;
        if ((flags & FIRST) != 0 && !allCaps(b, pos, end) && givenNameFirst(w, pos, end, flags, out)) return;
        if (end < w.limit() && b[end] == ',' && surnameFirst(w, pos, end, flags, out)) return;
        labelledOrColumn(w, pos, end, flags, out);
    }

    /** "Mr Smith", "Dr A. N. Other", "Mrs Jane Okafor". */
    private void titled(ScanWindow w, int pos, int titleEnd, Matches out) {
        char[] b = w.chars();
        int i = titleEnd < w.limit() && b[titleEnd] == '.' ? titleEnd + 1 : titleEnd;
        int run = nameRunEnd(w, i, 4, true);
        if (run < 0) return;
        double score = 0.85;
        if (hasContext(w, pos, run)) score += 0.1;
        emit(w, pos, run, score, out);
    }

    /** "Sarah Whitfield", "Sarah J. Whitfield", "Aoife Mary Byrne-Kelly". */
    private boolean givenNameFirst(ScanWindow w, int pos, int firstEnd, int firstFlags, Matches out) {
        char[] b = w.chars();
        int end = firstEnd;
        int surnameStart = -1;
        int surnameFlags = 0;
        int middles = 0;
        for (int k = 0; k < 4; k++) {
            int s = nextWordStart(w, end);
            if (s < 0) break;
            int initialEnd = initialEnd(w, s);
            if (initialEnd > 0) {
                if (surnameStart >= 0) break; // "Sarah Smith J." : the initial belongs to something else
                end = initialEnd;
                middles++;
                continue;
            }
            int e = nameWordEnd(w, s);
            if (e < 0) break;
            int f = NameLexicon.flags(b, s, e);
            if ((f & (NOT_NAME | TITLE)) != 0) {
                if (surnameStart < 0) return false;
                break;
            }
            // an unlisted word in capitals is an acronym ("Any IP"), a listed one a surname ("Ada ALI")
            boolean nameLike = (f & (NAME_PART | FIRST)) != 0 || ((f & COMMON) == 0 && !allCaps(b, s, e));
            if (!nameLike || ((f & ORG) != 0 && (f & NAME_PART) == 0)) {
                // "Grace Hospital", "John Lewis Partnership": the run is an organisation or a thing
                if (surnameStart < 0 || (f & ORG) != 0 || (f & STREET_SUFFIX) != 0) return true;
                break;
            }
            if (surnameStart >= 0) middles++;
            surnameStart = s;
            surnameFlags = f;
            end = e;
        }
        if (surnameStart < 0) return false;
        // "Dr Priya Raman" is the title's match, whole
        if ((NameLexicon.previousWordFlags(w, pos) & TITLE) != 0) return true;
        // a street or organisation word right after the run makes it a place or a business
        int after = nextWordStart(w, end);
        if (after >= 0) {
            int ae = nameWordEnd(w, after);
            if (ae > 0) {
                int af = NameLexicon.flags(b, after, ae);
                if ((af & (STREET_SUFFIX | ORG)) != 0) return true;
            }
        }
        if (followsHouseNumber(w, pos)) return true;

        boolean ambiguous = (firstFlags & (COMMON | AMBIGUOUS)) != 0;
        boolean knownSurname = (surnameFlags & NAME_PART) != 0;
        boolean commonSurname = (surnameFlags & COMMON) != 0;
        double score;
        if (!ambiguous) {
            score = knownSurname ? (commonSurname ? 0.62 : 0.72) : 0.6;
        } else {
            score = knownSurname ? (commonSurname ? 0.4 : 0.6) : 0.45;
        }
        if (middles > 0) score += 0.05;
        // "Will Jenkins attend?": at a sentence start the capital of a word-like given name proves nothing
        if (ambiguous && atSentenceStart(w, pos)) score -= 0.1;
        boolean insideProperNoun = precededByCapitalisedWord(w, pos);
        if (insideProperNoun) score -= 0.1;
        // "Albert Hall", "Grace Park": only a plain given name makes Hall or Green a surname
        if ((surnameFlags & (ORG | STREET_SUFFIX)) != 0 && (ambiguous || insideProperNoun)) score -= 0.1;
        if (after >= 0 && Character.isUpperCase(b[after])) score -= 0.1; // a Title Case heading
        if (labelBefore(w, pos)) {
            score += 0.2;
        } else if (hasContext(w, pos, end)) {
            // a nearby "patient" or "Mr" cannot make "Mark Down Sale" or "Summer Holiday" a name
            score += ambiguous && commonSurname ? 0.1 : 0.2;
        }
        emit(w, pos, end, score, out);
        return true;
    }

    /** "Smith, John" and the register form "SMITH, John A". */
    private boolean surnameFirst(ScanWindow w, int pos, int surnameEnd, int surnameFlags, Matches out) {
        char[] b = w.chars();
        if (surnameEnd + 2 >= w.limit() || b[surnameEnd + 1] != ' ') return false;
        boolean registerForm = allCaps(b, pos, surnameEnd) && surnameEnd - pos >= 2;
        if (!registerForm && ((surnameFlags & NAME_PART) == 0 || (surnameFlags & (COMMON | FIRST)) != 0)) {
            return false;
        }
        int s = surnameEnd + 2;
        int e = nameWordEnd(w, s);
        if (e < 0 || allCaps(b, s, e)) return false;
        int f = NameLexicon.flags(b, s, e);
        if ((f & FIRST) == 0 || (f & (NOT_NAME | TITLE)) != 0) return false;
        // only the register form ("OKAFOR, Grace") is strong enough for a given name that is a word
        boolean ambiguous = (f & (COMMON | AMBIGUOUS)) != 0;
        if (ambiguous && !registerForm) return false;
        int end = e;
        int next = nextWordStart(w, e);
        if (next >= 0) {
            int ie = initialEnd(w, next);
            if (ie > 0) end = ie;
        }
        double score = registerForm ? (ambiguous ? 0.6 : 0.65) : 0.6;
        if (hasContext(w, pos, end) || labelBefore(w, pos)) score += 0.25;
        emit(w, pos, end, score, out);
        return true;
    }

    /** A lone name where the text says a name goes: "Name: Okafor", a surname column, "Dear Priya". */
    private void labelledOrColumn(ScanWindow w, int pos, int end, int flags, Matches out) {
        boolean listed = (flags & (FIRST | NAME_PART)) != 0;
        if (!listed && (flags & COMMON) != 0) return;
        double score;
        String column = atCellStart(w, pos) ? nameColumn(w, pos) : null;
        if (column != null) {
            // "name" may head a list of products or files: there only listed names count
            score = listed ? (GENERIC_NAME_COLUMNS.contains(column) ? 0.7 : 0.85)
                    : (GENERIC_NAME_COLUMNS.contains(column) ? 0.45 : 0.7);
        } else if (labelBefore(w, pos)) {
            score = listed ? 0.8 : 0.65;
        } else if (afterDear(w, pos) && (flags & FIRST) != 0 && (flags & (COMMON | AMBIGUOUS)) == 0) {
            score = 0.65;
        } else {
            return;
        }
        int run = nameRunEnd(w, pos, 4, false);
        emit(w, pos, run > 0 ? run : end, score, out);
    }

    private static boolean hasContext(ScanWindow w, int start, int end) {
        return NameLexicon.wordNear(w, start, end, NameLexicon.NAME_CONTEXT)
                || (atCellStart(w, start) && nameColumn(w, start) != null);
    }

    /** True when pos starts a delimited cell (or a line), the only place a column header applies. */
    private static boolean atCellStart(ScanWindow w, int pos) {
        if (pos <= w.textStart()) return true;
        char prev = w.charAt(pos - 1);
        return prev == ',' || prev == '\t' || prev == ';' || prev == '|' || prev == '"' || prev == '\n';
    }

    /** "Mr. Smith": a full stop, a space and a capital. */
    private static boolean titleDotFollows(ScanWindow w, int end) {
        return end + 2 < w.limit() && w.charAt(end) == '.' && w.charAt(end + 1) == ' '
                && Character.isUpperCase(w.charAt(end + 2));
    }

    /** "Smith, John": what {@link #surnameFirst} needs after the first word. */
    private static boolean commaThenCapital(ScanWindow w, int end) {
        return end + 2 < w.limit() && w.charAt(end) == ',' && w.charAt(end + 1) == ' '
                && Character.isUpperCase(w.charAt(end + 2));
    }

    /** The places where {@link #labelledOrColumn} reports: a name column's cell, after a label, after "Dear". */
    private static boolean loneNamePlace(ScanWindow w, int pos) {
        return (atCellStart(w, pos) && nameColumn(w, pos) != null) || labelBefore(w, pos) || afterDear(w, pos);
    }

    /** Cheap pre-check for {@link #labelledOrColumn}: a cell start, a label's colon or "Dear " before pos. */
    private static boolean mayBeLoneName(ScanWindow w, int pos) {
        if (pos <= w.textStart()) return true;
        char prev = w.charAt(pos - 1);
        if (atCellStart(w, pos) || prev == ':' || prev == '=') return true;
        if (prev != ' ' || pos - 2 < w.textStart()) return false;
        char before = w.charAt(pos - 2);
        return before == ':' || before == '=' || before == '-' || before == 'r' || before == ' ';
    }

    /** The normalised header of pos's column when it is a name column, else null. */
    private static String nameColumn(ScanWindow w, int pos) {
        String header = w.columnHeader(pos);
        return header != null && NAME_COLUMNS.contains(header) ? header : null;
    }

    /** True when the line has "Name:", "Surname =", "Patient name -" or similar right before pos. */
    private static boolean labelBefore(ScanWindow w, int pos) {
        char[] b = w.chars();
        int i = pos - 1;
        int floor = Math.max(w.textStart(), pos - 4);
        while (i >= floor && (b[i] == ' ' || b[i] == '\t')) i--;
        if (i < w.textStart() || (b[i] != ':' && b[i] != '=' && b[i] != '-')) return false;
        // "Name - Smith" is a label, "B-D-I" and "-Wl" are not
        if (b[i] == '-' && (i == pos - 1 || i == w.textStart() || b[i - 1] != ' ')) return false;
        int labelEnd = i;
        int from = Math.max(w.textStart(), labelEnd - 24);
        for (int j = labelEnd - 1; j > from; j--) {
            if (b[j] == '\n') {
                from = j + 1;
                break;
            }
        }
        return endsWithLabel(w, from, labelEnd);
    }

    /** True when the last one to three words of [from, labelEnd) are exactly a name label. */
    private static boolean endsWithLabel(ScanWindow w, int from, int labelEnd) {
        char[] b = w.chars();
        int i = labelEnd - 1;
        while (i >= from && b[i] == ' ') i--;
        int last = i + 1;
        for (int words = 0; words < 3; words++) {
            while (i >= from && ScanWindow.isWordChar(b[i])) i--;
            int start = i + 1;
            if (start >= last) return false;
            if (NAME_LABELS.contains(Hotwords.normalise(w.substring(start, last)))) return true;
            if (i < from || (b[i] != ' ' && b[i] != '_')) return false;
            i--;
        }
        return false;
    }

    private static boolean afterDear(ScanWindow w, int pos) {
        int s = pos - 5;
        if (s < w.textStart()) return false;
        char[] b = w.chars();
        return (b[s] == 'D' || b[s] == 'd') && b[s + 1] == 'e' && b[s + 2] == 'a' && b[s + 3] == 'r'
                && b[s + 4] == ' ' && (s == w.textStart() || !ScanWindow.isWordChar(b[s - 1]));
    }

    /**
     * End of a run of up to {@code max} capitalised name words and initials starting at pos, or -1
     * when the first word is an ordinary word. With {@code skipSpace}, pos may point at the space
     * before the run (after a title).
     */
    private static int nameRunEnd(ScanWindow w, int pos, int max, boolean skipSpace) {
        char[] b = w.chars();
        int s = pos;
        if (skipSpace) {
            if (s >= w.limit() || b[s] != ' ') return -1;
            s++;
            if (s >= w.limit() || !Character.isUpperCase(b[s])) return -1;
        }
        int end = -1;
        int words = 0;
        while (s >= 0 && words < max) {
            int ie = initialEnd(w, s);
            int e = ie > 0 ? ie : nameWordEnd(w, s);
            if (e < 0) break;
            if (ie < 0) {
                int f = NameLexicon.flags(b, s, e);
                if ((f & (NOT_NAME | TITLE | ORG | STREET_SUFFIX)) != 0 && (f & NAME_PART) == 0) break;
                if ((f & COMMON) != 0 && (f & (NAME_PART | FIRST)) == 0) break;
            }
            end = e;
            words++;
            s = nextWordStart(w, e);
        }
        if (end < 0) return -1;
        // a run of initials alone ("Mr J.") is not a name
        return end;
    }

    /** True when a house number comes right before: "14 Oliver Close" is an address. */
    private static boolean followsHouseNumber(ScanWindow w, int pos) {
        char[] b = w.chars();
        int i = pos - 1;
        if (i <= w.textStart() || b[i] != ' ') return false;
        char c = b[i - 1];
        if (c >= '0' && c <= '9') return true;
        return i - 2 >= w.textStart() && Character.isLetter(c) && b[i - 2] >= '0' && b[i - 2] <= '9';
    }

    /** True when one to three capitalised words and a house number come right before pos. */
    private static boolean endsStreetName(ScanWindow w, int pos) {
        char[] b = w.chars();
        int i = pos - 1;
        for (int words = 0; words < 3; words++) {
            if (i <= w.textStart() || b[i] != ' ') return false;
            int e = i;
            i--;
            while (i >= w.textStart() && Character.isLetter(b[i])) i--;
            if (i + 1 >= e || !Character.isUpperCase(b[i + 1])) return false;
            if (followsHouseNumber(w, i + 1)) return true;
        }
        return false;
    }

    /** True when the word before pos is capitalised and not a title, i.e. pos is inside a longer proper noun. */
    private static boolean precededByCapitalisedWord(ScanWindow w, int pos) {
        char[] b = w.chars();
        int i = pos - 1;
        if (i <= w.textStart() || b[i] != ' ') return false;
        int e = i;
        i--;
        while (i >= w.textStart() && Character.isLetter(b[i])) i--;
        int s = i + 1;
        if (s >= e || !Character.isUpperCase(b[s])) return false;
        int f = NameLexicon.flags(b, s, e);
        if ((f & (TITLE | NOT_NAME)) != 0) return false;
        // the first word of a line or sentence is capitalised anyway
        int j = s - 1;
        while (j >= w.textStart() && b[j] == ' ') j--;
        return j >= w.textStart() && b[j] != '\n' && b[j] != '.' && b[j] != '!' && b[j] != '?' && b[j] != ':';
    }

    /** "Jean-Luc", "Mary-Kate": the flags of the part before the hyphen when it is a given name, else 0. */
    private static int hyphenatedGivenName(char[] b, int start, int end) {
        for (int i = start + 2; i < end - 1; i++) {
            if (b[i] == '-') {
                int f = NameLexicon.flags(b, start, i);
                return (f & FIRST) != 0 ? f & (FIRST | COMMON | AMBIGUOUS) : 0;
            }
        }
        return 0;
    }

    /** True when pos begins the text, a line or a sentence (after ". ", "! ", "? "). */
    private static boolean atSentenceStart(ScanWindow w, int pos) {
        char[] b = w.chars();
        int i = pos - 1;
        while (i >= w.textStart() && (b[i] == ' ' || b[i] == '\t' || b[i] == '"' || b[i] == '(')) i--;
        return i < w.textStart() || b[i] == '\n' || b[i] == '.' || b[i] == '!' || b[i] == '?';
    }

    /** Start of the next capitalised word after a single space, or -1. */
    private static int nextWordStart(ScanWindow w, int end) {
        int s = end + 1;
        if (s >= w.limit() || w.charAt(end) != ' ') return -1;
        return Character.isUpperCase(w.charAt(s)) ? s : -1;
    }

    /** End of an initial at s ("J." or "J" followed by a space and a capital), or -1. */
    private static int initialEnd(ScanWindow w, int s) {
        int limit = w.limit();
        if (s + 1 >= limit || !Character.isUpperCase(w.charAt(s))) return -1;
        char c = w.charAt(s + 1);
        if (c == '.') return s + 2;
        if (c == ' ' && s + 2 < limit && Character.isUpperCase(w.charAt(s + 2))) return s + 1;
        return -1;
    }

    /**
     * End of a name-shaped word at pos: a capital, then letters, with O'Brien, McDonald and
     * Smith-Jones shapes allowed; all capitals too ("SMITH"). Returns -1 for anything else (digits,
     * one letter, too long), which rejects most capitalised words with a few char checks.
     */
    private static final boolean[] ASCII_LETTER = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = true;
            ASCII_LETTER[c - 32] = true;
        }
    }

    static int nameWordEnd(ScanWindow w, int pos) {
        char[] b = w.chars();
        int limit = w.limit();
        if (pos >= limit || !Character.isUpperCase(b[pos])) return -1;
        int i = pos + 1;
        while (i < limit) {
            char c = b[i];
            if (c < 128 ? ASCII_LETTER[c]
                    : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < limit && Character.isLetter(b[i + 1])) {
                i++;
            } else {
                break;
            }
        }
        if (i - pos < 2 || i - pos > MAX_WORD) return -1;
        if (i < limit && b[i] >= '0' && b[i] <= '9') return -1;
        return i;
    }

    /** For a word accepted by {@link #nameWordEnd}: "SMITH" rather than "Smith" or "McDonald". */
    private static boolean allCaps(char[] b, int from, int to) {
        return to - from >= 2 && Character.isUpperCase(b[from + 1]) && Character.isUpperCase(b[to - 1]);
    }

    private void emit(ScanWindow w, int start, int end, double score, Matches out) {
        char[] b = w.chars();
        // "Alan Kay's": the possessive is not part of the name
        if (end - start > 3 && (b[end - 1] == 's' || b[end - 1] == 'S')
                && (b[end - 2] == '\'' || b[end - 2] == '\u2019')) {
            end -= 2;
        }
        out.add(InfoType.PERSON_NAME, start, end, score, Canonical.words(w.substring(start, end)), this);
    }
}
