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
 *
 * <p>A detector may also declare a <em>gate</em> that narrows its word starts further, so it is not
 * called where it would reject at once (each call is a megamorphic virtual call, ~1 ns/byte of the
 * pack per detector when made at every word start):
 * <ul>
 *   <li>{@link #digitGroup}: at a digit word start, the length of the first group of digits and the
 *       character after it ("943 476 5919": 3, then ' ');</li>
 *   <li>{@link #wordShape}: at a letter word start, the classes of the first three characters
 *       ("AB12..." is {@code "AA9"}).</li>
 * </ul>
 * A gate only restricts the word starts declared with {@link #digits()}, {@link #upperCase()} and
 * the like; a detector that declares none is called at all of them, as before. A gate that is too
 * tight loses findings silently, so it must accept every position where {@code detect} can report.
 */
public final class Triggers {
    final boolean[] wordStart = new boolean[128];
    final boolean[] symbol = new boolean[128];
    boolean nonAsciiUpperWordStart;
    boolean nonAsciiLowerWordStart;
    /** Accepted {@link #digitKey} values, or null when digit word starts are not gated. */
    private boolean[] digitGate;
    /** Accepted {@link #shapeKey} values, or null when letter word starts are not gated. */
    private boolean[] shapeGate;

    /** First-group lengths from this one up share one gate bucket. */
    static final int LONG_GROUP = 32;
    static final int DIGIT_KEYS = (LONG_GROUP + 1) * 128;
    /** Follower class for the end of the window or a non-ASCII character that is not a letter. */
    static final char NO_FOLLOWER = 0;
    /** Follower class for a letter (ASCII or not) right after the digits ("12th", "1980GBR"). */
    static final char LETTER_FOLLOWER = 'a';

    static final int UPPER = 0;
    static final int LOWER = 1;
    static final int DIGIT = 2;
    static final int NOT_WORD = 3;
    static final int SHAPE_KEYS = 64;

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

    /**
     * Gates digit word starts: the detector is called only where the first group of digits is
     * {@code minLength..maxLength} long and is followed by one of {@code followers}. Followers are
     * literal ASCII characters that are not letters or digits (' ', '.', '\n' ...), {@code 'a'} for any
     * letter, and {@code '\0'} for the end of the text or a non-ASCII character that is not a letter.
     * Several calls accept the union. Lengths from {@link #LONG_GROUP} up are one bucket.
     */
    public Triggers digitGroup(int minLength, int maxLength, String followers) {
        if (minLength < 1 || maxLength < minLength) throw new IllegalArgumentException("bad lengths " + minLength + ".." + maxLength);
        if (digitGate == null) digitGate = new boolean[DIGIT_KEYS];
        for (int f = 0; f < followers.length(); f++) {
            char c = followers.charAt(f);
            if (c >= 128 || (Character.isLetterOrDigit(c) && c != LETTER_FOLLOWER)) {
                throw new IllegalArgumentException("followers are ASCII punctuation, 'a' or '\\0': " + c);
            }
            for (int len = minLength; len <= Math.min(maxLength, LONG_GROUP); len++) digitGate[len * 128 + c] = true;
        }
        return this;
    }

    /** {@link #digitGroup(int, int, String)} with any character after the group. */
    public Triggers digitGroup(int minLength, int maxLength) {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (!Character.isLetterOrDigit(c) || c == LETTER_FOLLOWER) all.append(c);
        }
        return digitGroup(minLength, maxLength, all.toString());
    }

    /**
     * Gates letter word starts by the classes of the word's first characters: {@code 'A'} an
     * upper-case letter, {@code 'a'} any other letter, {@code '9'} a digit, {@code '_'} not a letter
     * or digit (the word has ended, or the text has), {@code '?'} anything. A shape shorter than three
     * leaves the rest free. Several shapes (and calls) accept the union. Example: IBAN's {@code "AA9"}.
     */
    public Triggers wordShape(String... shapes) {
        if (shapeGate == null) shapeGate = new boolean[SHAPE_KEYS];
        for (String shape : shapes) {
            if (shape.isEmpty() || shape.length() > 3) throw new IllegalArgumentException("shapes are 1 to 3 classes: " + shape);
            for (int key = 0; key < SHAPE_KEYS; key++) {
                boolean fits = true;
                for (int p = 0; p < shape.length() && fits; p++) {
                    int cls = (key >> (2 * (2 - p))) & 3;
                    fits = switch (shape.charAt(p)) {
                        case 'A' -> cls == UPPER;
                        case 'a' -> cls == LOWER;
                        case '9' -> cls == DIGIT;
                        case '_' -> cls == NOT_WORD;
                        case '?' -> true;
                        default -> throw new IllegalArgumentException("shape classes are A a 9 _ ?: " + shape);
                    };
                }
                if (fits) shapeGate[key] = true;
            }
        }
        return this;
    }

    /** The same word starts and symbols without gates; tests compare the two. */
    Triggers withoutGates() {
        Triggers t = new Triggers();
        System.arraycopy(wordStart, 0, t.wordStart, 0, 128);
        System.arraycopy(symbol, 0, t.symbol, 0, 128);
        t.nonAsciiUpperWordStart = nonAsciiUpperWordStart;
        t.nonAsciiLowerWordStart = nonAsciiLowerWordStart;
        return t;
    }

    boolean gatesDigits() {
        return digitGate != null;
    }

    boolean gatesLetters() {
        return shapeGate != null;
    }

    boolean acceptsDigitKey(int key) {
        return digitGate == null || digitGate[key];
    }

    boolean acceptsShapeKey(int key) {
        return shapeGate == null || shapeGate[key];
    }

    /**
     * The digit gate's key at a digit word start: the first group's length (from
     * {@link #LONG_GROUP} up one bucket, like {@link DigitRun}'s cut at {@link DigitRun#MAX_DIGITS})
     * and the class of the char after all its digits.
     */
    static int digitKey(char[] buf, int pos, int limit) {
        int end = pos;
        while (end < limit && (char) (buf[end] - '0') < 10) end++;
        return Math.min(end - pos, LONG_GROUP) * 128 + (end < limit ? followerClass(buf[end]) : NO_FOLLOWER);
    }

    private static int followerClass(char c) {
        if (c < 128) return Character.isLetter(c) ? LETTER_FOLLOWER : c;
        return Character.isLetterOrDigit(c) ? LETTER_FOLLOWER : NO_FOLLOWER;
    }

    /** The word-shape key of the characters after a letter word start, given the first's class. */
    static int shapeKey(int firstClass, char[] buf, int pos, int limit) {
        int c1 = pos + 1 < limit ? charClass(buf[pos + 1]) : NOT_WORD;
        int c2 = c1 == NOT_WORD || pos + 2 >= limit ? NOT_WORD : charClass(buf[pos + 2]);
        return (firstClass << 4) | (c1 << 2) | c2;
    }

    private static final byte[] ASCII_CLASS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_CLASS[c] = (byte) (c >= 'A' && c <= 'Z' ? UPPER : c >= 'a' && c <= 'z' ? LOWER
                    : c >= '0' && c <= '9' ? DIGIT : NOT_WORD);
        }
    }

    static int charClass(char c) {
        if (c < 128) return ASCII_CLASS[c];
        if (Character.isDigit(c)) return DIGIT;
        if (!Character.isLetter(c)) return NOT_WORD;
        return Character.isUpperCase(c) ? UPPER : LOWER;
    }
}
