package org.custodian.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Context words or phrases ("nhs", "date of birth", "sort code"), matched on whole words in
 * normalised text: lower-case, every run of non-alphanumeric characters as one space. So the
 * hotword "date of birth" matches "Date of Birth:", "date_of_birth" and "DATE-OF-BIRTH".
 *
 * <p>In running text (the context windows) an occurrence that is part of an e-mail address or a
 * domain is not a word: one directly preceded by '@' or '.', or directly followed by '@' or by '.'
 * and a letter ("nhs" in {@code craig@nhs.net} or {@code www.nhs.uk}). Column headers and other
 * short labels are matched without that rule, so a {@code patient.dob} header still counts.
 */
public final class Hotwords {
    private static final char[][] NONE = new char[0][];
    /**
     * Separators in normalised window text that carry the address rule: a word before a
     * {@code FOLLOWED_BY_ADDRESS} separator is followed by '@' or '.'+letter, a word after a
     * {@code PRECEDED_BY_ADDRESS} one is preceded by '.' or '@'. Plain separators are ' '.
     */
    private static final char FOLLOWED_BY_ADDRESS = 1;
    private static final char PRECEDED_BY_ADDRESS = 2;

    private final char[][] phrases;
    /** Phrases by their first (ASCII) character, so a word start tries only the phrases it can begin. */
    private final char[][][] byFirstChar = new char[128][][];
    private final char[][] startingNonAscii;
    /**
     * Phrases to try at an ASCII char, indexed by {@code char + (previous is a word char ? 128 : 0)}:
     * non-null only at a word start whose lower-cased first char begins a phrase.
     */
    private final char[][][] atAsciiWordStart = new char[2 * ScanWindow.PREV_WORD][][];
    /**
     * Per ASCII first char, the second-char keys ({@link #secondKey}) some phrase beginning with it
     * can continue with, as two 64-bit masks: most word starts that share a phrase's first letter
     * ("n" of "not" for "nhs") are rejected here without trying each phrase.
     */
    private final long[] secondChars = new long[2 * 128];
    /**
     * An ASCII letter every phrase contains (lower case), or 0: a range without it in either case
     * cannot hold a phrase, and a tight search for one letter is several times cheaper than the
     * word-start walk. Birth words all contain 'b', and about half the ranges before a date do not.
     */
    private final char requiredLetter;
    /**
     * Letters tried as {@link #requiredLetter}, rarest in English text first. No 'i' or 'k': a
     * non-ASCII char lower-cases to them (U+0130, the Kelvin sign).
     */
    private static final String RARE_FIRST = "qjzxvwyfbgpmhucdlsrnotea";

    private Hotwords(List<String> normalised) {
        this.phrases = new char[normalised.size()][];
        for (int i = 0; i < normalised.size(); i++) phrases[i] = normalised.get(i).toCharArray();
        List<char[]> nonAscii = new ArrayList<>();
        for (char[] p : phrases) {
            char f = p[0];
            if (f >= 128) {
                nonAscii.add(p);
                continue;
            }
            char[][] old = byFirstChar[f] == null ? NONE : byFirstChar[f];
            char[][] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = p;
            byFirstChar[f] = grown;
        }
        startingNonAscii = nonAscii.toArray(NONE);
        for (char[] p : phrases) {
            char f = p[0];
            if (f >= 128) continue;
            if (p.length == 1) {
                allowSecond(f, END_KEY);
                allowSecond(f, ' ');
            } else if (p[1] < 128) {
                allowSecond(f, p[1]);
            }
            // a non-ASCII second char is matched by non-ASCII text only, which is always let through
        }
        requiredLetter = letterInEvery(phrases);
        for (char c = 0; c < 128; c++) {
            if (ScanWindow.isWordChar(c)) atAsciiWordStart[c] = byFirstChar[c >= 'A' && c <= 'Z' ? c + 32 : c];
        }
    }

    private static char letterInEvery(char[][] phrases) {
        if (phrases.length == 0) return 0;
        for (int r = 0; r < RARE_FIRST.length(); r++) {
            char letter = RARE_FIRST.charAt(r);
            boolean inEvery = true;
            for (char[] p : phrases) {
                boolean has = false;
                for (char c : p) has |= c == letter;
                inEvery &= has;
            }
            if (inEvery) return letter;
        }
        return 0;
    }

    /** True when s[from, to) holds ASCII {@code letter} (lower case given) in either case. */
    private static boolean containsLetter(char[] s, int from, int to, char letter) {
        for (int i = from; i < to; i++) {
            if ((s[i] | 0x20) == letter) return true;
        }
        return false;
    }

    private void allowSecond(char first, int key) {
        secondChars[2 * first + (key >> 6)] |= 1L << key;
    }

    /** Second-char key for the end of the range; ' ' stands for any ASCII char that is not a letter or digit. */
    private static final int END_KEY = 0;
    private static final byte[] SECOND_KEY = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            SECOND_KEY[c] = (byte) (!ScanWindow.isWordChar(c) ? ' ' : c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
    }

    /**
     * False when no phrase starting with ASCII {@code first} (lower case) can match at i: a cheap
     * look at the second char before {@link #matchEnd} tries the phrases one by one.
     */
    private boolean secondMayMatch(char first, char[] s, int i, int to) {
        int key;
        if (i + 1 >= to) {
            key = END_KEY;
        } else {
            char c = s[i + 1];
            if (c >= 128) return true; // it may lower-case to anything (the Kelvin sign to 'k')
            key = SECOND_KEY[c];
        }
        return (secondChars[2 * first + (key >> 6)] & (1L << key)) != 0;
    }

    public static Hotwords of(String... words) {
        return of(List.of(words));
    }

    public static Hotwords of(Collection<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String n = normalise(w);
            if (!n.isEmpty()) out.add(n);
        }
        return new Hotwords(out);
    }

    public boolean isEmpty() {
        return phrases.length == 0;
    }

    public static String normalise(CharSequence s) {
        char[] out = new char[s.length()];
        int n = normaliseInto(s, 0, s.length(), out);
        return new String(out, 0, n).trim();
    }

    static int normaliseInto(CharSequence s, int from, int to, char[] out) {
        int n = 0;
        boolean space = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out[n++] = Character.toLowerCase(c);
                space = false;
            } else if (!space) {
                out[n++] = ' ';
                space = true;
            }
        }
        return n;
    }

    /**
     * Normalises window text the way {@link #occursInRaw} reads it: as {@link #normalise}, but a
     * separator next to '@' or '.' records the address rule (see {@link #FOLLOWED_BY_ADDRESS}).
     * The reference for the raw matcher; the hot path never copies.
     */
    static int normaliseInto(char[] s, int from, int to, char[] out) {
        int n = 0;
        int runStart = from;
        boolean space = true;
        for (int i = from; i < to; i++) {
            char c = s[i];
            char lc;
            if (c < 128 && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                lc = c;
            } else if (c >= 'A' && c <= 'Z') {
                lc = (char) (c + 32);
            } else if (c >= 128 && Character.isLetterOrDigit(c)) {
                lc = Character.toLowerCase(c);
            } else {
                if (!space) {
                    out[n++] = ' ';
                    space = true;
                    runStart = i;
                }
                continue;
            }
            if (space && i > from) {
                int sep = 0;
                if (n > 0 && (s[runStart] == '@' || (s[runStart] == '.' && runStart + 1 == i && Character.isLetter(c)))) {
                    sep |= FOLLOWED_BY_ADDRESS;
                }
                if (isAddressPunctuation(s[i - 1])) sep |= PRECEDED_BY_ADDRESS;
                if (n == 0) {
                    if (sep != 0) out[n++] = (char) sep;
                } else if (sep != 0) {
                    out[n - 1] = (char) sep;
                }
            }
            out[n++] = lc;
            space = false;
        }
        if (space && n > 0 && s[runStart] == '@') out[n - 1] = FOLLOWED_BY_ADDRESS;
        return n;
    }

    private static boolean isAddressPunctuation(char c) {
        return c == '@' || c == '.';
    }

    private static boolean isSeparator(char c) {
        return c <= ' ';
    }

    /** True when a phrase occurs in normalised text {@code t[0, n)} on word boundaries. */
    boolean occursIn(char[] t, int n) {
        for (char[] p : phrases) {
            int last = n - p.length;
            outer:
            for (int i = 0; i <= last; i++) {
                if (t[i] != p[0]) continue;
                if (i > 0 && (!isSeparator(t[i - 1]) || (t[i - 1] & PRECEDED_BY_ADDRESS) != 0)) continue;
                int e = i + p.length;
                if (e < n && (!isSeparator(t[e]) || (t[e] & FOLLOWED_BY_ADDRESS) != 0)) continue;
                for (int j = 1; j < p.length; j++) {
                    char tc = t[i + j];
                    if (p[j] == ' ' ? !isSeparator(tc) : tc != p[j]) continue outer;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * True when a phrase occurs in raw text {@code s[from, to)}: the same answer as normalising that
     * range and calling {@link #occursIn(char[], int)}, without the copy. The range's ends count as
     * word boundaries. This is the hot path of every context check, so it visits word starts only
     * and tries just the phrases beginning with that word's first character.
     */
    boolean occursInRaw(char[] s, int from, int to) {
        return occurrence(s, from, to, true) >= 0;
    }

    /**
     * Where the last phrase occurrence in raw text {@code s[from, to)} starts, or -1: the nearest
     * one before {@code to}, so a caller that wants the closest context word of a list scans once
     * instead of widening the range step by step. Same matching (and address rule) as
     * {@link #occursInRaw}. It walks forwards and keeps the last hit: most ranges hold none, and the
     * forward loop is cheaper per char than a backward one that must look at each char's predecessor.
     */
    public int lastStart(char[] s, int from, int to) {
        return occurrence(s, from, to, false);
    }

    /** Start of the first ({@code first}) or last phrase occurrence in raw text s[from, to), or -1. */
    private int occurrence(char[] s, int from, int to, boolean first) {
        if (requiredLetter != 0 && !containsLetter(s, from, to, requiredLetter)) return -1;
        final char[][][] table = atAsciiWordStart;
        final int[] wordBit = ScanWindow.ASCII_WORD_BIT;
        int last = -1;
        int prev = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            char[][] candidates;
            if (c < 128) {
                candidates = table[prev | c];
                prev = wordBit[c];
            } else {
                boolean word = Character.isLetterOrDigit(c);
                candidates = null;
                if (word && prev == 0) {
                    char lc = Character.toLowerCase(c); // the Kelvin sign lower-cases to ASCII 'k'
                    candidates = lc < 128 ? byFirstChar[lc] : startingNonAscii;
                }
                prev = word ? ScanWindow.PREV_WORD : 0;
            }
            if (candidates != null && (candidates == startingNonAscii || secondMayMatch(candidates[0][0], s, i, to))) {
                for (char[] p : candidates) {
                    int end = matchEnd(p, s, i, to);
                    if (end >= 0 && !partOfAddress(s, from, i, end, to)) {
                        if (first) return i;
                        last = i;
                        break;
                    }
                }
            }
        }
        return last;
    }

    /**
     * Where phrase p ends when it occurs at raw index i, or -1: letters compare lower-cased, a space
     * matches any run of non-word chars.
     */
    private static int matchEnd(char[] p, char[] s, int i, int to) {
        for (int j = 0; j < p.length; j++) {
            if (i >= to) return -1;
            char pc = p[j];
            if (pc == ' ') {
                if (ScanWindow.isWordChar(s[i])) return -1;
                do {
                    i++;
                } while (i < to && !ScanWindow.isWordChar(s[i]));
            } else {
                char c = s[i];
                char lc = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
                if (lc != pc || !ScanWindow.isWordChar(c)) return -1;
                i++;
            }
        }
        return i >= to || !ScanWindow.isWordChar(s[i]) ? i : -1;
    }

    /** The address rule for an occurrence [start, end) in raw text s[from, to). */
    private static boolean partOfAddress(char[] s, int from, int start, int end, int to) {
        if (start > from && isAddressPunctuation(s[start - 1])) return true;
        if (end >= to) return false;
        return s[end] == '@' || (s[end] == '.' && end + 1 < to && Character.isLetter(s[end + 1]));
    }

    /** Matches normalised text that is exactly one phrase, or contains one on word boundaries. */
    public boolean occursIn(CharSequence text) {
        char[] t = new char[text.length()];
        int n = normaliseInto(text, 0, text.length(), t);
        return occursIn(t, n);
    }
}
