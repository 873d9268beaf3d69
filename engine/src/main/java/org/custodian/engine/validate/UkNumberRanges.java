package org.custodian.engine.validate;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Validity of +44 numbers (UK, Guernsey, Jersey, Isle of Man) without parsing: a digit trie of the
 * allocated number ranges and their lengths, walked once per number with no allocation.
 *
 * <p>The table is libphonenumber's own: its GB, GG, JE and IM range patterns (Ofcom's allocation —
 * 01/02 geographic with per-area lengths, 03, 05x VoIP, 070 personal, 071-075/077-079 mobile,
 * 076 pagers, 07624 Manx mobiles, 080x freephone, 084/087, 09 premium) are expanded once, when the
 * class loads, into prefix nodes ending in "any n more digits". Taking them from the library instead
 * of a hand-copied table keeps {@link #isValid} in step with {@code PhoneNumberUtil.isValidNumber}
 * for every +44 number, across library upgrades (a test compares the two over a large sample),
 * while a number costs ~10 array reads instead of ~10 µs of regexes and allocation.
 */
final class UkNumberRanges {
    private static final int MAX_DIGITS = 15;

    /** Per region: the general pattern and the union of its number types, as libphonenumber checks them. */
    private record Region(Trie general, Trie types) {
        boolean accepts(long nibbles, int len) {
            return general.accepts(nibbles, len) && types.accepts(nibbles, len);
        }
    }

    private static final Region GB;
    private static final Region GG;
    private static final Region JE;
    private static final Region IM;
    /** The Isle of Man's leading digits: libphonenumber gives such numbers to IM and no later region. */
    private static final Trie IM_LEADING;

    static {
        var source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        GB = region(source.getMetadataForRegion("GB"));
        GG = region(source.getMetadataForRegion("GG"));
        JE = region(source.getMetadataForRegion("JE"));
        PhoneMetadata im = source.getMetadataForRegion("IM");
        IM = region(im);
        IM_LEADING = new Trie();
        IM_LEADING.addPattern(im.getLeadingDigits(), -1, true);
        List<String> order = PhoneNumberUtil.getInstance().getRegionCodesForCountryCode(44);
        if (!order.equals(List.of("GB", "GG", "IM", "JE"))) {
            throw new IllegalStateException("libphonenumber's +44 regions changed: " + order);
        }
    }

    private UkNumberRanges() {
    }

    /**
     * True when the national significant number (the digits after +44, or after the trunk 0), given
     * as its value and digit count, is valid the way libphonenumber's {@code isValidNumber} decides
     * for country code 44: a GB number type, else a Guernsey one, else the Isle of Man's (for its
     * leading digits) or Jersey's.
     */
    static boolean isValid(long nsn, int len) {
        if (len < 1 || len > MAX_DIGITS) return false;
        long d = nibbles(nsn, len);
        if (GB.accepts(d, len) || GG.accepts(d, len)) return true;
        return IM_LEADING.accepts(d, len) ? IM.accepts(d, len) : JE.accepts(d, len);
    }

    /** Whether the number matches GB's general pattern (libphonenumber's test for a "viable" number). */
    static boolean isViable(long nsn, int len) {
        return len >= 1 && len <= MAX_DIGITS && GB.general.accepts(nibbles(nsn, len), len);
    }

    /**
     * The digits one per 4 bits, first digit highest: the tries read them with shifts, where
     * reading them from the decimal value would take a 64-bit division per digit per trie.
     */
    private static long nibbles(long value, int len) {
        long packed = 0;
        for (int i = 0; i < len; i++) {
            packed |= (value % 10) << (4 * i);
            value /= 10;
        }
        return packed;
    }

    private static Region region(PhoneMetadata m) {
        Trie general = new Trie();
        general.addDesc(m.getGeneralDesc());
        Trie types = new Trie();
        for (PhoneNumberDesc d : List.of(m.getFixedLine(), m.getMobile(), m.getTollFree(), m.getPremiumRate(),
                m.getSharedCost(), m.getPersonalNumber(), m.getVoip(), m.getPager(), m.getUan(), m.getVoicemail())) {
            types.addDesc(d);
        }
        return new Region(general, types);
    }

    /**
     * Digit trie whose nodes can also accept "exactly n more digits, any digits": bit n of
     * {@code tails[node]}. A number is accepted when some node on its path accepts the rest's length.
     */
    private static final class Trie {
        private int[] children = new int[10 * 256];
        private int[] tails = new int[256];
        private int size = 1; // node 0 is the root; child 0 means "none"

        /** The number's digits as {@link #nibbles} gives them. */
        boolean accepts(long nibbles, int len) {
            int node = 0;
            for (int i = 0; ; i++) {
                if ((tails[node] >>> (len - i) & 1) != 0) return true;
                if (i == len) return false;
                int digit = (int) (nibbles >>> (4 * (len - 1 - i)) & 0xF);
                node = children[node * 10 + digit];
                if (node == 0) return false;
            }
        }

        void addDesc(PhoneNumberDesc d) {
            if (!d.hasNationalNumberPattern() || d.getNationalNumberPattern().isEmpty()) return;
            List<Integer> lengths = d.getPossibleLengthList();
            if (!lengths.isEmpty() && lengths.get(0) == -1) return; // the type has no numbers here
            int mask = 0;
            for (int l : lengths) mask |= 1 << l;
            addPattern(d.getNationalNumberPattern(), lengths.isEmpty() ? -1 : mask, false);
        }

        /**
         * Adds every digit string the pattern fully matches whose length is in lengthMask (-1: any);
         * with lookingAt, also every longer string that starts with one (leading-digit patterns).
         */
        void addPattern(String pattern, int lengthMask, boolean lookingAt) {
            Parser p = new Parser(pattern);
            List<int[]> sequences = p.alternation();
            if (p.pos != pattern.length()) throw p.unexpected();
            for (int[] seq : sequences) {
                if (lengthMask != -1 && (lengthMask >>> seq.length & 1) == 0) continue;
                int fixed = seq.length;
                while (fixed > 0 && seq[fixed - 1] == ANY_DIGIT) fixed--;
                int tailLen = seq.length - fixed;
                insert(0, seq, 0, fixed, lookingAt ? -1 << tailLen : 1 << tailLen);
            }
        }

        private void insert(int node, int[] seq, int i, int fixed, int tail) {
            if (i == fixed) {
                tails[node] |= tail;
                return;
            }
            for (int digit = 0; digit < 10; digit++) {
                if ((seq[i] >>> digit & 1) == 0) continue;
                int slot = node * 10 + digit;
                if (children[slot] == 0) {
                    int child = newNode(); // may grow the array: read the field again afterwards
                    children[slot] = child;
                }
                insert(children[slot], seq, i + 1, fixed, tail);
            }
        }

        private int newNode() {
            if (size == tails.length) {
                tails = java.util.Arrays.copyOf(tails, size * 2);
                children = java.util.Arrays.copyOf(children, size * 20);
            }
            return size++;
        }
    }

    private static final int ANY_DIGIT = 0x3FF;

    /**
     * Expands the regex subset libphonenumber's metadata uses — digits, {@code \d}, {@code [..]},
     * {@code (?:..)}, {@code |}, {@code ?}, {@code {n}}, {@code {n,m}} — into the list of sequences
     * it matches, each position a 10-bit set of digits. Anything else fails loudly at class load.
     */
    private static final class Parser {
        private final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        List<int[]> alternation() {
            List<int[]> all = new ArrayList<>(concatenation());
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                all.addAll(concatenation());
            }
            return all;
        }

        private List<int[]> concatenation() {
            List<int[]> acc = new ArrayList<>();
            acc.add(new int[0]);
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                List<int[]> atom = quantified(atom());
                List<int[]> next = new ArrayList<>(acc.size() * atom.size());
                for (int[] a : acc) for (int[] b : atom) next.add(concat(a, b));
                acc = next;
            }
            return acc;
        }

        private List<int[]> atom() {
            char ch = s.charAt(pos);
            if (ch >= '0' && ch <= '9') {
                pos++;
                return List.<int[]>of(new int[] {1 << (ch - '0')});
            }
            if (ch == '\\' && s.startsWith("\\d", pos)) {
                pos += 2;
                return List.<int[]>of(new int[] {ANY_DIGIT});
            }
            if (ch == '[') {
                int set = 0;
                pos++;
                while (s.charAt(pos) != ']') {
                    int from = digitAt(pos++);
                    int to = from;
                    if (s.charAt(pos) == '-') {
                        to = digitAt(pos + 1);
                        pos += 2;
                    }
                    for (int d = from; d <= to; d++) set |= 1 << d;
                }
                pos++;
                return List.<int[]>of(new int[] {set});
            }
            if (s.startsWith("(?:", pos)) {
                pos += 3;
                List<int[]> inner = alternation();
                if (pos >= s.length() || s.charAt(pos) != ')') throw unexpected();
                pos++;
                return inner;
            }
            throw unexpected();
        }

        private List<int[]> quantified(List<int[]> atom) {
            if (pos >= s.length()) return atom;
            int min;
            int max;
            char ch = s.charAt(pos);
            if (ch == '?') {
                pos++;
                min = 0;
                max = 1;
            } else if (ch == '{') {
                int close = s.indexOf('}', pos);
                String[] bounds = s.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : Integer.parseInt(bounds[1]);
                pos = close + 1;
            } else {
                return atom;
            }
            List<int[]> out = new ArrayList<>();
            List<int[]> repeated = new ArrayList<>();
            repeated.add(new int[0]);
            for (int n = 0; n <= max; n++) {
                if (n >= min) out.addAll(repeated);
                List<int[]> next = new ArrayList<>();
                for (int[] a : repeated) for (int[] b : atom) next.add(concat(a, b));
                repeated = next;
            }
            return out;
        }

        private int digitAt(int i) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') throw unexpected();
            return ch - '0';
        }

        IllegalStateException unexpected() {
            return new IllegalStateException("unsupported phone metadata pattern at " + pos + ": " + s);
        }

        private static int[] concat(int[] a, int[] b) {
            int[] r = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }
    }
}
