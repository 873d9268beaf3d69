package org.custodian.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Scans text of any size in chunks with bounded memory. Each step holds
 * {@code [lookbehind | owned chunk | lookahead]}: detectors run over the lookbehind and the chunk,
 * may read into the lookahead, and only matches that start inside the owned chunk are reported.
 * So a value crossing a chunk boundary is found exactly once, and overlap resolution sees the same
 * neighbours it would see in one piece. A match longer than {@link #LOOKAHEAD} characters is cut
 * at the window's end; no built-in detector produces one.
 *
 * <p>Not thread-safe: one scanner per stream, created by {@link Engine#newScanner()}.
 */
public final class StreamScanner {
    public static final int DEFAULT_CHUNK = 1 << 16;
    public static final int LOOKBEHIND = 512;
    public static final int LOOKAHEAD = 512;
    /** How far after its start a value's trigger may be (e-mail: 64-character local part, then '@'). */
    static final int TRIGGER_REACH = 128;
    private static final int HEADER_MAX = 4096;
    /** How many lines from the top a header row may start on (title, blank line, header). */
    private static final int HEADER_SEARCH_LINES = 4;

    private final Engine engine;
    private final ValueHasher hasher;
    private final int chunk;

    public StreamScanner(Engine engine, ValueHasher hasher) {
        this(engine, hasher, DEFAULT_CHUNK);
    }

    /** A scanner with a given chunk size; small chunks are for tests of the boundary logic. */
    public StreamScanner(Engine engine, ValueHasher hasher, int chunkChars) {
        if (chunkChars < 1) throw new IllegalArgumentException("chunk must be positive");
        this.engine = engine;
        this.hasher = hasher;
        this.chunk = chunkChars;
    }

    public ScanStats scan(CharSequence text, FindingSink sink) {
        try {
            return run(new java.io.StringReader(text.toString()), sink, false);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    public ScanStats scan(Reader in, FindingSink sink) throws IOException {
        return run(in, sink, false);
    }

    /** Decodes UTF-8 (malformed bytes become U+FFFD) and reports byte offsets as well. */
    public ScanStats scanUtf8(InputStream in, FindingSink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return run(new Utf8Reader(in, decoder), sink, true);
    }

    /**
     * UTF-8 decoding with an ASCII fast path: bytes below 0x80 are copied straight into the chars,
     * and only runs of other bytes go through the {@link CharsetDecoder} (whose replacement of
     * malformed input this keeps). {@link InputStreamReader} decoded everything through the decoder
     * at ~1.3 ns a byte, a third of the engine's bare pass.
     */
    static final class Utf8Reader extends Reader {
        private static final java.lang.invoke.VarHandle LONGS =
                java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final byte[] bytes = new byte[1 << 14];
        private int pos;
        private int end;
        private boolean eof;
        private boolean flushed;
        /** The second char decoded when only one was asked for (a low surrogate, say), or -1. */
        private int pendingLow = -1;
        private final char[] pair = new char[2];

        Utf8Reader(InputStream in, CharsetDecoder decoder) {
            this.in = in;
            this.decoder = decoder;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) return 0;
            int n = 0;
            if (pendingLow >= 0) {
                cbuf[off] = (char) pendingLow;
                pendingLow = -1;
                n = 1;
            }
            while (n == 0) {
                if (pos == end || (bytes[pos] < 0 && needsMoreBytes())) {
                    if (!fill()) return finish(cbuf, off, len);
                    continue;
                }
                final byte[] b = bytes;
                int p = pos;
                int stop = Math.min(end, p + len - n);
                int o = off + n;
                // eight bytes at a time while none has its high bit set: one test instead of eight
                while (p + 8 <= stop) {
                    long v = (long) LONGS.get(b, p);
                    if ((v & 0x8080808080808080L) != 0) break;
                    for (int k = 0; k < 8; k++) cbuf[o + k] = (char) ((v >>> (8 * k)) & 0x7F);
                    p += 8;
                    o += 8;
                }
                while (p < stop) {
                    byte x = b[p];
                    if (x < 0) break;
                    cbuf[o++] = (char) x;
                    p++;
                }
                n = o - off;
                pos = p;
                if (n < len && p < end) n += len - n == 1 ? decodeOne(cbuf, off + n) : decodeNonAscii(cbuf, off + n, len - n);
            }
            return n;
        }

        /** True when the non-ASCII run at pos reaches the end of the bytes read so far. */
        private boolean needsMoreBytes() {
            if (eof) return false;
            int e = pos;
            while (e < end && bytes[e] < 0) e++;
            return e == end && e - pos < 4;
        }

        /**
         * Decodes the run of non-ASCII bytes at pos plus the ASCII byte after it, which ends any
         * sequence the run left incomplete (so the decoder marks it malformed, as it would in one
         * piece). A run cut by the end of the bytes read so far keeps its last incomplete sequence
         * for the next read.
         */
        private int decodeNonAscii(char[] cbuf, int off, int len) {
            int e = pos;
            while (e < end && bytes[e] < 0) e++;
            boolean complete = e < end || eof;
            if (e < end) e++;
            ByteBuffer src = ByteBuffer.wrap(bytes, pos, e - pos);
            CharBuffer dst = CharBuffer.wrap(cbuf, off, len);
            decoder.decode(src, dst, complete && e == end && eof);
            pos = src.position();
            return dst.position() - off;
        }

        /** Room for one char only: a supplementary character's low surrogate waits for the next read. */
        private int decodeOne(char[] cbuf, int off) {
            int got = decodeNonAscii(pair, 0, 2);
            if (got == 0) return 0;
            cbuf[off] = pair[0];
            if (got == 2) pendingLow = pair[1];
            return 1;
        }

        /** Moves unread bytes to the front and reads more; false at the end of the input. */
        private boolean fill() throws IOException {
            if (eof) return false;
            if (pos > 0) {
                System.arraycopy(bytes, pos, bytes, 0, end - pos);
                end -= pos;
                pos = 0;
            }
            int r = in.read(bytes, end, bytes.length - end);
            if (r < 0) eof = true;
            else end += r;
            return true;
        }

        /** At the end of input: decodes bytes left incomplete, then flushes the decoder. */
        private int finish(char[] cbuf, int off, int len) {
            CharBuffer dst = CharBuffer.wrap(cbuf, off, len);
            if (!flushed) {
                ByteBuffer src = ByteBuffer.wrap(bytes, pos, end - pos);
                decoder.decode(src, dst, true);
                pos = src.position();
                if (pos == end && decoder.flush(dst).isUnderflow()) flushed = true;
            }
            int n = dst.position() - off;
            return n == 0 && pos == end ? -1 : n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private ScanStats run(Reader in, FindingSink sink, boolean countBytes) throws IOException {
        char[] buf = new char[LOOKBEHIND + chunk + LOOKAHEAD];
        ScanWindow w = new ScanWindow(buf);
        Matches matches = new Matches(engine.collectFloor());
        Counter pos = new Counter(countBytes);

        int filled = 0;
        int ownedStart = 0; // window index where the not-yet-reported text begins
        long base = 0;      // stream offset of buf[0]
        boolean eof = false;
        boolean first = true;
        long findings = 0;

        while (true) {
            while (filled < buf.length && !eof) {
                int n = in.read(buf, filled, buf.length - filled);
                if (n < 0) eof = true;
                else filled += n;
            }
            int ownedEnd = eof ? filled : filled - LOOKAHEAD;
            if (first) {
                w.atStreamStart = true;
                readHeader(w, buf, filled);
                first = false;
            }
            w.textStart = 0;
            w.limit = filled;
            w.atEnd = eof;
            w.resetCaches();
            matches.clear();
            int scanFrom = Math.max(0, ownedStart - LOOKBEHIND);
            // a symbol trigger can sit after the start of its value (an e-mail's '@' is up to 65
            // characters in), so trigger positions a little into the lookahead are scanned too; only
            // matches starting in the owned chunk are reported, so nothing is found twice
            int scanTo = Math.min(filled, ownedEnd + TRIGGER_REACH);
            engine.detectAll(w, scanFrom, scanTo, matches);
            engine.detectRegions(w, scanFrom, ownedEnd, matches);
            List<Match> resolved = engine.resolve(matches.list());
            for (Match m : resolved) {
                if (m.start() < ownedStart || m.start() >= ownedEnd) continue;
                pos.advance(buf, m.start());
                Location loc = new Location(base + m.start(), m.length(), pos.line,
                        (int) (base + m.start() - pos.lineStartOffset(base)) + 1,
                        countBytes ? pos.bytes : Location.UNKNOWN);
                Finding f = engine.finish(m, w, loc, hasher);
                if (f != null) {
                    findings++;
                    sink.accept(f, CharBuffer.wrap(buf, m.start(), m.length()).asReadOnlyBuffer());
                }
            }
            pos.advance(buf, ownedEnd);
            if (eof) {
                return new ScanStats(base + filled, countBytes ? pos.bytes : -1, findings, pos.line);
            }
            // keep the lookbehind and the lookahead for the next step
            int keepFrom = Math.max(0, ownedEnd - LOOKBEHIND);
            System.arraycopy(buf, keepFrom, buf, 0, filled - keepFrom);
            filled -= keepFrom;
            ownedStart = ownedEnd - keepFrom;
            base += keepFrom;
            pos.shift(keepFrom);
            if (w.headerLineEnd >= 0) w.headerLineEnd = Math.max(-1, w.headerLineEnd - keepFrom);
            if (w.headerLineEnd == 0) w.headerLineEnd = -1;
            w.atStreamStart = false;
        }
    }

    /**
     * Finds the header row of delimited text. Usually it is the first line; exports copied into
     * documents (a PDF or e-mail attachment, a sheet with a title) put a title and blank lines above
     * it, so the first few lines are tried too. A header below line 1 must be followed by a row
     * with as many cells, so a title or a sentence with commas is not taken for one.
     */
    private static void readHeader(ScanWindow w, char[] buf, int filled) {
        w.header = null;
        w.headerLineEnd = -1;
        int start = 0;
        for (int line = 0; line < HEADER_SEARCH_LINES && start < filled; line++) {
            int end = lineEnd(buf, start, filled);
            if (end < 0) return;
            int textEnd = end > start && buf[end - 1] == '\r' ? end - 1 : end;
            if (textEnd > start) {
                HeaderColumns h = HeaderColumns.detect(CharBuffer.wrap(buf, start, textEnd - start));
                if (h != null && (line == 0 || nextRowMatches(buf, end + 1, filled, h))) {
                    w.header = h;
                    w.headerLineEnd = end;
                    return;
                }
            }
            start = end + 1;
        }
    }

    /** Index of the '\n' ending the line at start, or -1 when it does not end within the header's reach. */
    private static int lineEnd(char[] buf, int start, int filled) {
        int end = start;
        while (end < filled && end < HEADER_MAX && buf[end] != '\n') end++;
        return end == filled || end == HEADER_MAX ? -1 : end;
    }

    private static boolean nextRowMatches(char[] buf, int start, int filled, HeaderColumns header) {
        if (start >= filled) return false;
        int end = start;
        while (end < filled && buf[end] != '\n') end++;
        return HeaderColumns.cellCount(CharBuffer.wrap(buf, start, end - start), header.delimiter()) == header.size();
    }

    /** Line number, line start and UTF-8 byte count, advanced incrementally through the window. */
    private static final class Counter {
        final boolean countBytes;
        int at;              // window index counted up to
        long line = 1;
        long lineStartAbs;   // stream offset of the current line's first char
        long bytes;
        long baseAbs;        // stream offset of window index 0

        Counter(boolean countBytes) {
            this.countBytes = countBytes;
        }

        void advance(char[] buf, int to) {
            if (to <= at) return;
            // locals and one rarely-taken branch per char: this runs over every character of the input
            long lines = line;
            int lastNewline = -1;
            long beyondOneByte = 0; // UTF-8 bytes past one per char
            for (int i = at; i < to; i++) {
                char c = buf[i];
                if (c == '\n') {
                    lines++;
                    lastNewline = i;
                } else if (c >= 0x80) {
                    if (c < 0x800) beyondOneByte += 1;
                    else if (Character.isHighSurrogate(c)) beyondOneByte += 3;
                    else if (Character.isLowSurrogate(c)) beyondOneByte -= 1;
                    else beyondOneByte += 2;
                }
            }
            line = lines;
            if (lastNewline >= 0) lineStartAbs = baseAbs + lastNewline + 1;
            if (countBytes) bytes += (to - at) + beyondOneByte;
            at = to;
        }

        long lineStartOffset(long base) {
            return lineStartAbs;
        }

        void shift(int by) {
            at -= by;
            baseAbs += by;
        }
    }
}
