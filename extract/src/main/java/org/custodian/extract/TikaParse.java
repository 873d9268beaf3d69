package org.custodian.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.xml.sax.ContentHandler;

/**
 * One Tika parse on its own thread, its text streamed to the scanning thread through a small
 * bounded pipe (a few chunks of characters): memory stays bounded whatever the document's size,
 * and a parser that hangs can be abandoned. Embedded documents (attachments, objects in Office
 * files, messages in an mbox) are not parsed inside Tika: they are spooled to temporary files and
 * handed back as children, so that depth, naming and limits are the extractor's own.
 */
final class TikaParse implements Runnable {
    /** Metadata worth scanning: authors and addresses are personal data too. */
    private static final List<String> SCANNED_METADATA = List.of("dc:title", "dc:subject", "dc:creator",
            "meta:last-author", "dc:contributor", "Message-From", "Message-To", "Message-CC", "Message-BCC",
            "Message:From-Email", "Message:From-Name");

    /** No OCR: Custodian does none, and Tika's automatic strategy fails on text-less pages without an OCR parser. */
    private static final PDFParserConfig PDF_CONFIG = new PDFParserConfig();

    static {
        PDF_CONFIG.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    }

    private static final int CHUNK = 8192;
    private static final Chunk END = new Chunk(new char[0], -1, null);

    /** Characters of the current part, or (with {@code part}) the start of the next part. */
    record Chunk(char[] chars, int length, TextPart part) {
        boolean isText() {
            return part == null && length >= 0;
        }
    }

    /** An embedded document waiting in a temporary file. */
    record Child(String path, Path file, int depth) {
    }

    private final Extraction extraction;
    private final Parser parser;
    private final Path file;
    private final MediaType type;
    private final String path;
    private final int depth;
    private final BlockingQueue<Chunk> pipe = new ArrayBlockingQueue<>(8);
    private final List<Child> children = new ArrayList<>();
    private volatile boolean cancelled;
    private Thread thread; // guarded by this
    private volatile Throwable failure;
    private volatile LimitReachedException limit;
    private boolean closed;
    private boolean timedOut;
    private Chunk current;
    private int position;
    /** The part the reader is in: the document itself until a part marker comes through the pipe. */
    private TextPart currentPart;
    private boolean partHandedOut;
    /** Names of sheets and embedded documents: unique within this document. */
    private final Set<String> names = new HashSet<>();

    TikaParse(Extraction extraction, Parser parser, Path file, MediaType type, String path, int depth) {
        this.extraction = extraction;
        this.parser = parser;
        this.file = file;
        this.type = type;
        this.path = path;
        this.depth = depth;
    }

    @Override
    public void run() {
        synchronized (this) {
            thread = Thread.currentThread();
        }
        PipeWriter writer = new PipeWriter();
        if (cancelled) {
            failure = new InterruptedIOException("cancelled before it started");
            return;
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, Extraction.fileName(path));
            ParseContext context = new ParseContext();
            context.set(EmbeddedDocumentExtractor.class, new Spooler(context));
            context.set(PDFParserConfig.class, PDF_CONFIG);
            if (SheetText.isSpreadsheet(type)) {
                SheetText sheets = new SheetText(writer, sheet -> writer.startPart(new TextPart(
                        path + "!/" + uniqueName(sheetName(sheet)), type.toString(), depth + 1)));
                parser.parse(in, new BodyContentHandler(sheets), metadata, context);
                if (sheets.sawSheet() && hasMetadata(metadata)) {
                    // title and author belong to the workbook, not to its last sheet
                    writer.startPart(new TextPart(path, type.toString(), depth));
                }
            } else {
                parser.parse(in, new BodyContentHandler(writer), metadata, context);
            }
            writeMetadata(writer, metadata);
        } catch (Throwable t) {
            failure = t;
        } finally {
            try {
                writer.flushChunk();
                put(END);
            } catch (IOException | RuntimeException e) {
                // cancelled: nobody reads any more
            }
            synchronized (this) {
                thread = null;
            }
            // an interrupt from cancel() that came after the end must not reach the pool's next task
            Thread.interrupted();
        }
    }

    private static boolean hasMetadata(Metadata metadata) {
        for (String name : SCANNED_METADATA) {
            for (String value : metadata.getValues(name)) {
                if (value != null && !value.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A sheet is not a folder: its name keeps no slash, so the part path has no level that is not there. */
    private static String sheetName(String sheet) {
        return Extraction.cleanMemberName(sheet.replace('/', '_').replace('\\', '_'));
    }

    private void writeMetadata(PipeWriter writer, Metadata metadata) throws IOException {
        for (String name : SCANNED_METADATA) {
            for (String value : metadata.getValues(name)) {
                if (value != null && !value.isBlank()) {
                    writer.write("\n" + name + ": " + value);
                }
            }
        }
    }

    // ---- the scanning thread's side ----

    /**
     * Moves to the next part that has text (the document itself first, then the sheets of a
     * spreadsheet and its own text after them), skipping what the handler left unread of the
     * previous one. False when the parse ended (or timed out) without more.
     */
    boolean nextPart() throws IOException {
        if (currentPart == null) {
            currentPart = new TextPart(path, type.toString(), depth);
        }
        if (partHandedOut) {
            while (peek().isText()) {
                position = current.length();
            }
        }
        partHandedOut = false;
        while (true) {
            Chunk chunk = peek();
            if (chunk == END) {
                return false;
            }
            if (chunk.isText()) {
                partHandedOut = true;
                return true;
            }
            currentPart = chunk.part();
            current = null;
        }
    }

    TextPart part() {
        return currentPart;
    }

    /** The chunk at the reading position: text not yet read, a part marker, or the end. */
    private Chunk peek() throws IOException {
        while (current == null || current.isText() && position >= current.length()) {
            current = next();
            position = 0;
        }
        return current;
    }

    Reader reader() {
        return new Reader() {
            @Override
            public int read(char[] buffer, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!peek().isText()) {
                    return -1;
                }
                int n = Math.min(len, current.length() - position);
                System.arraycopy(current.chars(), position, buffer, off, n);
                position += n;
                return n;
            }

            @Override
            public void close() {
                // the parse is ended by drain() or cancel(), not by the handler
            }
        };
    }

    /** Reads to the end so that the parse finishes and its embedded documents are all spooled. */
    void drain() throws IOException {
        while (current != END) {
            current = next();
        }
    }

    private Chunk next() throws IOException {
        long left = extraction.parseNanosLeft();
        if (left <= 0) {
            return timeout();
        }
        long start = System.nanoTime();
        Chunk chunk;
        try {
            chunk = pipe.poll(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new InterruptedIOException("extraction interrupted");
        } finally {
            extraction.spendParseNanos(System.nanoTime() - start);
        }
        return chunk == null ? timeout() : chunk;
    }

    private Chunk timeout() {
        if (!timedOut) {
            timedOut = true;
            cancel();
            extraction.problem(path, ProblemCodes.TIMEOUT, "parser gave no result within "
                    + extraction.limits().parseTimeout().toSeconds() + " s; abandoned");
        }
        return END;
    }

    /** Stops the parse: its thread is interrupted and, if it ignores that, abandoned. */
    void cancel() {
        cancelled = true;
        synchronized (this) {
            if (thread != null) {
                thread.interrupt();
            }
        }
        pipe.clear();
    }

    /** After the end: records what stopped the parse, if anything, and hands over the children. */
    List<Child> finish() {
        if (!timedOut) {
            if (limit != null) {
                extraction.problem(path, limit.code(), limit.getMessage());
            } else if (failure != null) {
                extraction.problem(path, Failures.code(failure), Failures.reason(failure));
            }
        }
        synchronized (this) {
            closed = true;
            return List.copyOf(children);
        }
    }

    private void put(Chunk chunk) throws IOException {
        try {
            while (!pipe.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new InterruptedIOException("parse cancelled");
                }
            }
        } catch (InterruptedException e) {
            throw new InterruptedIOException("parse cancelled");
        }
    }

    /** Tika's text side of the pipe; enforces the per-part character limit. */
    private final class PipeWriter extends Writer {
        private char[] buffer = new char[CHUNK];
        private int used;
        private long total;

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (cancelled) {
                throw new InterruptedIOException("parse cancelled");
            }
            long max = extraction.limits().maxPartChars();
            while (len > 0) {
                if (total >= max) {
                    limit = new LimitReachedException(ProblemCodes.SIZE_LIMIT, path,
                            "text longer than " + max + " characters; cut there");
                    throw limit;
                }
                int n = (int) Math.min(Math.min(len, CHUNK - used), max - total);
                System.arraycopy(chars, off, buffer, used, n);
                used += n;
                total += n;
                off += n;
                len -= n;
                if (used == CHUNK) {
                    flushChunk();
                }
            }
        }

        /** Ends the part being written; what follows is the given part's text. */
        void startPart(TextPart part) throws IOException {
            flushChunk();
            put(new Chunk(null, 0, part));
            // the character limit is per part, as for parts that are separate documents
            total = 0;
        }

        void flushChunk() throws IOException {
            if (used > 0) {
                Chunk chunk = new Chunk(buffer, used, null);
                buffer = new char[CHUNK];
                used = 0;
                put(chunk);
            }
        }

        @Override
        public void flush() {
            // chunks go out when full; the rest at the end of the parse
        }

        @Override
        public void close() {
        }
    }

    /** Receives Tika's embedded documents and keeps them for the extractor to visit afterwards. */
    private final class Spooler implements EmbeddedDocumentExtractor {
        private final ParseContext context;
        private int count;

        Spooler(ParseContext context) {
            this.context = context;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return !cancelled;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            if (cancelled) {
                return;
            }
            if (isMessageBody(metadata)) {
                parseInline(stream, handler, metadata);
                return;
            }
            count++;
            String childPath = path + "!/" + uniqueName(metadata);
            if (!extraction.admit(childPath, depth + 1)) {
                return;
            }
            Path spooled = extraction.spoolQuietly(childPath, stream, true);
            if (spooled == null) {
                return;
            }
            synchronized (TikaParse.this) {
                if (closed) {
                    extraction.delete(spooled);
                } else {
                    children.add(new Child(childPath, spooled, depth + 1));
                }
            }
        }

        /**
         * A mail's own text arrives as an unnamed embedded part; it belongs to the message's text,
         * not to a part of its own.
         */
        private boolean isMessageBody(Metadata metadata) {
            String contentType = String.valueOf(metadata.get(Metadata.CONTENT_TYPE));
            String disposition = String.valueOf(metadata.get("Content-Disposition"));
            return type.getBaseType().toString().equals("message/rfc822")
                    && metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) == null
                    && !disposition.startsWith("attachment")
                    && (contentType.startsWith("text/plain") || contentType.startsWith("text/html"));
        }

        private void parseInline(InputStream stream, ContentHandler handler, Metadata metadata) {
            try {
                handler.ignorableWhitespace(new char[] {'\n'}, 0, 1);
                parser.parse(stream, new EmbeddedContentHandler(new BodyContentHandler(handler)), metadata, context);
            } catch (Exception e) {
                if (cancelled) {
                    return;
                }
                extraction.problem(path, Failures.code(e), "message body: " + Failures.reason(e));
            }
        }

        private String uniqueName(Metadata metadata) {
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            if (name == null || name.isBlank()) {
                name = type.getSubtype().equals("mbox") ? "message-" + count + ".eml" : "embedded-" + count;
            }
            return TikaParse.this.uniqueName(Extraction.cleanMemberName(name));
        }
    }

    private int renamed;

    /** Called on the parse thread only. A repeated name gets {@code ~N}. */
    private String uniqueName(String name) {
        String unique = name;
        while (!names.add(unique)) {
            unique = name + "~" + ++renamed;
        }
        return unique;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the OS cleans its temp directory
        }
    }
}
