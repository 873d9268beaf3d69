package org.custodian.engine;

/**
 * The characters a detector may look at during one step of a scan: the current chunk plus some
 * text before it (for context) and after it (so a value crossing the chunk boundary is whole).
 * Detectors read {@code charAt} between {@link #textStart()} and {@link #limit()}.
 *
 * <p>Also offers the shared, lazily computed facts detectors need at a position: the digit run
 * starting there, the end of the word, and whether context words are near.
 */
public final class ScanWindow {
    /** How far before a value context words are looked for. */
    public static final int CONTEXT_BEFORE = 64;
    /** How far after a value context words are looked for. */
    public static final int CONTEXT_AFTER = 32;

    final char[] buf;
    int textStart;
    int limit;
    boolean atEnd;
    HeaderColumns header;
    /** Window index just after the header line while it is in the window, else -1. */
    int headerLineEnd = -1;
    /** True when the window starts at the beginning of the stream. */
    boolean atStreamStart;

    private final DigitRun run = new DigitRun();
    private final java.util.IdentityHashMap<Hotwords, boolean[]> headerHits = new java.util.IdentityHashMap<>();
    /** Memo of {@link #columnIndex}: the last position asked, its line start, column and quote state. */
    private int columnAt = -1;
    private int columnLineStart;
    private int columnCount;
    private boolean columnQuoted;

    ScanWindow(char[] buf) {
        this.buf = buf;
    }

    public char charAt(int i) {
        return buf[i];
    }

    /** Raw access for detectors that walk many characters; read only within [textStart, limit). */
    public char[] chars() {
        return buf;
    }

    public int textStart() {
        return textStart;
    }

    /** First index that may not be read. */
    public int limit() {
        return limit;
    }

    /** True when {@link #limit()} is the end of the input, not just of this window. */
    public boolean atEnd() {
        return atEnd;
    }

    public String substring(int start, int end) {
        return new String(buf, start, end - start);
    }

    /** Marks a word character in the dispatch tables of the engine and of {@link Hotwords}. */
    static final int PREV_WORD = 128;
    /** {@link #PREV_WORD} for ASCII letters and digits, else 0: one load instead of three range tests. */
    static final int[] ASCII_WORD_BIT = new int[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_WORD_BIT[c] = isWordChar(c) ? PREV_WORD : 0;
    }

    public static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /** True when index i is outside the text or holds a character that is not a letter or digit. */
    public boolean isBoundary(int i) {
        return i < textStart || i >= limit || !isWordChar(buf[i]);
    }

    /** Index after the run of letters and digits starting at pos. */
    public int wordEnd(int pos) {
        int i = pos;
        while (i < limit && isWordChar(buf[i])) i++;
        return i;
    }

    /** The digit groups starting at pos (which must be a digit); computed once per position. */
    public DigitRun digitRun(int pos) {
        if (run.start != pos && !run.startAtLaterGroup(pos)) run.compute(buf, pos, limit);
        return run;
    }

    void resetCaches() {
        run.start = -1;
        columnAt = -1;
    }

    /**
     * True when one of the hotwords is near the value [start, end): in the {@link #CONTEXT_BEFORE}
     * characters before it, the {@link #CONTEXT_AFTER} after it, or in the header of its column.
     */
    public boolean hasContext(int start, int end, Hotwords words) {
        return hasContextBefore(start, CONTEXT_BEFORE, words)
                || hasContextAfter(end, CONTEXT_AFTER, words)
                || inColumnHeader(start, words);
    }

    public boolean hasContextBefore(int start, int chars, Hotwords words) {
        int from = Math.max(textStart, start - Math.min(chars, CONTEXT_BEFORE + CONTEXT_AFTER));
        return words.occursInRaw(buf, from, start);
    }

    public boolean hasContextAfter(int end, int chars, Hotwords words) {
        int to = Math.min(limit, end + Math.min(chars, CONTEXT_BEFORE + CONTEXT_AFTER));
        return words.occursInRaw(buf, end, to);
    }

    /** True when the value sits in a delimited column whose header contains a hotword. */
    public boolean inColumnHeader(int pos, Hotwords words) {
        int col = columnIndex(pos);
        if (col < 0 || col >= header.size()) return false;
        // the header is fixed for the stream, so each hotword list is matched against it once
        boolean[] hits = headerHits.get(words);
        if (hits == null) {
            hits = new boolean[header.size()];
            for (int i = 0; i < hits.length; i++) hits[i] = words.occursIn(header.name(i));
            headerHits.put(words, hits);
        }
        return hits[col];
    }

    /** The normalised header of the column holding pos, or null when the text has no header row. */
    public String columnHeader(int pos) {
        int col = columnIndex(pos);
        return col < 0 ? null : header.name(col);
    }

    /**
     * The column index of pos in its delimited line, or -1 without a header, on the header line, or
     * when the line began before the window. Detectors ask at rising positions of the same line, so
     * the count continues from the previous answer instead of walking the line again.
     */
    private int columnIndex(int pos) {
        if (header == null) return -1;
        int ls;
        int col;
        boolean quoted;
        int i;
        if (columnAt >= 0 && pos >= columnAt) {
            ls = columnLineStart;
            col = columnCount;
            quoted = columnQuoted;
            i = columnAt;
        } else {
            ls = lineStart(pos);
            col = 0;
            quoted = false;
            i = ls;
        }
        char d = header.delimiter();
        for (; i < pos; i++) {
            char c = buf[i];
            if (c == '\n') {
                ls = i + 1;
                col = 0;
                quoted = false;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                col++;
            }
        }
        columnAt = pos;
        columnLineStart = ls;
        columnCount = col;
        columnQuoted = quoted;
        if (ls == textStart && !(atStreamStart && textStart == 0)) return -1; // line began before the window
        if (headerLineEnd >= 0 && ls < headerLineEnd) return -1; // this is the header itself
        return col;
    }

    /**
     * True when the digits at pos continue a longer number to the left ("12-943..." or "1.943"),
     * so a detector should not read them as a value of their own.
     */
    public boolean continuesNumberBefore(int pos) {
        if (pos - 2 < textStart) return false;
        char sep = buf[pos - 1];
        char d = buf[pos - 2];
        return (sep == '-' || sep == '.' || sep == '/' || sep == ':' || sep == '+')
                && d >= '0' && d <= '9';
    }

    /**
     * True when the text after end continues a number ("...5919-12", "...5919.5", another digit), so
     * the value ending at end is only part of something longer.
     */
    public boolean continuesNumberAfter(int end) {
        if (end >= limit) return false;
        char c = buf[end];
        if (isWordChar(c)) return true;
        if (end + 1 >= limit) return false;
        char d = buf[end + 1];
        return (c == '-' || c == '.' || c == '/' || c == ':') && d >= '0' && d <= '9';
    }

    /** Index of the start of the line holding pos (bounded by the window). */
    public int lineStart(int pos) {
        int ls = pos;
        while (ls > textStart && buf[ls - 1] != '\n') ls--;
        return ls;
    }
}
