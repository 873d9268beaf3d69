package org.custodian.engine;

/**
 * The positions where a detector wants to be called. Two kinds:
 * <ul>
 *   <li>word starts: a letter or digit whose previous character is not a letter or digit, chosen
 *       by its first character (all digits, all upper-case letters, specific letters ...);</li>
 *   <li>symbols: an ASCII punctuation character anywhere ('@' for e-mail, '+' for phones ...).</li>
 * </ul>
 * The engine turns every detector's triggers into one dispatch table indexed by character, so the
 * per-character cost of the pass does not grow with the number of detectors.
 */
public final class Triggers {
    final boolean[] wordStart = new boolean[128];
    final boolean[] symbol = new boolean[128];
    boolean nonAsciiUpperWordStart;
    boolean nonAsciiLowerWordStart;

    private Triggers() {
    }

    public static Triggers create() {
        return new Triggers();
    }

    public Triggers digits() {
        for (char c = '0'; c <= '9'; c++) wordStart[c] = true;
        return this;
    }

    public Triggers upperCase() {
        for (char c = 'A'; c <= 'Z'; c++) wordStart[c] = true;
        nonAsciiUpperWordStart = true;
        return this;
    }

    public Triggers lowerCase() {
        for (char c = 'a'; c <= 'z'; c++) wordStart[c] = true;
        nonAsciiLowerWordStart = true;
        return this;
    }

    /** Word starts beginning with any of these ASCII letters or digits. */
    public Triggers wordStartingWith(String firstChars) {
        for (int i = 0; i < firstChars.length(); i++) {
            char c = firstChars.charAt(i);
            if (c >= 128 || !Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException("word-start triggers are ASCII letters or digits: " + c);
            }
            wordStart[c] = true;
        }
        return this;
    }

    /** ASCII punctuation characters, wherever they appear. */
    public Triggers symbols(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c >= 128 || Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException("symbol triggers are ASCII punctuation: " + c);
            }
            symbol[c] = true;
        }
        return this;
    }
}
