package org.custodian.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Context words or phrases ("nhs", "date of birth", "sort code"), matched on whole words in
 * normalised text: lower-case, every run of non-alphanumeric characters as one space. So the
 * hotword "date of birth" matches "Date of Birth:", "date_of_birth" and "DATE-OF-BIRTH".
 */
public final class Hotwords {
    private static final char[][] NONE = new char[0][];

    private final char[][] phrases;
    /** Phrases by their first (ASCII) character, so a word start tries only the phrases it can begin. */
    private final char[][][] byFirstChar = new char[128][][];
    private final char[][] startingNonAscii;
    /**
     * Phrases to try at an ASCII char, indexed by {@code char + (previous is a word char ? 128 : 0)}:
     * non-null only at a word start whose lower-cased first char begins a phrase.
     */
    private final char[][][] atAsciiWordStart = new char[2 * ScanWindow.PREV_WORD][][];

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
        for (char c = 0; c < 128; c++) {
            if (ScanWindow.isWordChar(c)) atAsciiWordStart[c] = byFirstChar[c >= 'A' && c <= 'Z' ? c + 32 : c];
        }
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

    static int normaliseInto(char[] s, int from, int to, char[] out) {
        int n = 0;
        boolean space = true;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    out[n++] = c;
                    space = false;
                    continue;
                }
                if (c >= 'A' && c <= 'Z') {
                    out[n++] = (char) (c + 32);
                    space = false;
                    continue;
                }
            } else if (Character.isLetterOrDigit(c)) {
                out[n++] = Character.toLowerCase(c);
                space = false;
                continue;
            }
            if (!space) {
                out[n++] = ' ';
                space = true;
            }
        }
        return n;
    }

    /** True when a phrase occurs in normalised text {@code t[0, n)} on word boundaries. */
    boolean occursIn(char[] t, int n) {
        for (char[] p : phrases) {
            int last = n - p.length;
            outer:
            for (int i = 0; i <= last; i++) {
                if (t[i] != p[0]) continue;
                if (i > 0 && t[i - 1] != ' ') continue;
                if (i + p.length < n && t[i + p.length] != ' ') continue;
                for (int j = 1; j < p.length; j++) {
                    if (t[i + j] != p[j]) continue outer;
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
        final char[][][] table = atAsciiWordStart;
        final int[] wordBit = ScanWindow.ASCII_WORD_BIT;
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
            if (candidates != null) {
                for (char[] p : candidates) {
                    if (matchesAt(p, s, i, to)) return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the last phrase occurrence in raw text {@code s[from, to)} starts, or -1: the nearest
     * one before {@code to}, found by walking back from {@code to} and stopping at the first hit, so
     * a caller that wants the closest context word of a list scans once instead of widening the
     * range step by step. Same matching as {@link #occursInRaw}.
     */
    public int lastStart(char[] s, int from, int to) {
        final char[][][] table = atAsciiWordStart;
        if (to <= from) return -1;
        char c = s[to - 1];
        for (int i = to - 1; i >= from; i--) {
            char before = i > from ? s[i - 1] : ' ';
            int prev = before < 128 ? ScanWindow.ASCII_WORD_BIT[before]
                    : Character.isLetterOrDigit(before) ? ScanWindow.PREV_WORD : 0;
            char[][] candidates;
            if (c < 128) {
                candidates = table[prev | c];
            } else if (prev == 0 && Character.isLetterOrDigit(c)) {
                char lc = Character.toLowerCase(c); // the Kelvin sign lower-cases to ASCII 'k'
                candidates = lc < 128 ? byFirstChar[lc] : startingNonAscii;
            } else {
                candidates = null;
            }
            if (candidates != null) {
                for (char[] p : candidates) {
                    if (matchesAt(p, s, i, to)) return i;
                }
            }
            c = before;
        }
        return -1;
    }

    /** Phrase p at raw index i: letters compare lower-cased, a space matches any run of non-word chars. */
    private static boolean matchesAt(char[] p, char[] s, int i, int to) {
        for (int j = 0; j < p.length; j++) {
            if (i >= to) return false;
            char pc = p[j];
            if (pc == ' ') {
                if (ScanWindow.isWordChar(s[i])) return false;
                do {
                    i++;
                } while (i < to && !ScanWindow.isWordChar(s[i]));
            } else {
                char c = s[i];
                char lc = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
                if (lc != pc || !ScanWindow.isWordChar(c)) return false;
                i++;
            }
        }
        return i >= to || !ScanWindow.isWordChar(s[i]);
    }

    /** Matches normalised text that is exactly one phrase, or contains one on word boundaries. */
    public boolean occursIn(CharSequence text) {
        char[] t = new char[text.length()];
        int n = normaliseInto(text, 0, text.length(), t);
        return occursIn(t, n);
    }
}
