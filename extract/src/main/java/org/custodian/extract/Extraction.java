package org.custodian.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * One call of {@link TikaExtractor#extract}: walks the object and everything inside it, hands text
 * parts to the handler and collects the problems. Lives on the calling thread; only the problem
 * list, the budgets and the temporary files are touched by parse threads as well.
 */
final class Extraction implements AutoCloseable {
    private static final int PEEK = TextSniffer.SAMPLE;
    private static final int SEVEN_Z_MEMORY_KIB = 64 * 1024;

    private final TikaExtractor.Shared shared;
    private final ExtractionLimits limits;
    private final PartHandler handler;
    private final List<PartProblem> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unlisted = new AtomicInteger();
    private final AtomicLong expanded = new AtomicLong();
    private final AtomicInteger members = new AtomicInteger();
    private final AtomicInteger membersOverLimit = new AtomicInteger();
    private final Set<Path> temporaryFiles = ConcurrentHashMap.newKeySet();
    /** Set once the object as a whole has expanded too far: nothing more of it is read. */
    private volatile LimitReachedException stopped;
    private String rootPath;
    private SourceStream source;
    private long parseNanosLeft;
    private int parts;
    private int partsWithText;
    private long chars;
    private String mediaType = MediaType.OCTET_STREAM.toString();

    Extraction(TikaExtractor.Shared shared, PartHandler handler) {
        this.shared = shared;
        this.limits = shared.limits();
        this.handler = handler;
        this.parseNanosLeft = limits.parseTimeout().toNanos();
    }

    ExtractionLimits limits() {
        return limits;
    }

    ExtractionResult run(String path, InputStream in) throws IOException {
        rootPath = path;
        source = new SourceStream(in);
        try {
            visit(path, source, 0, null);
        } catch (HandlerFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            failed(path, e);
        }
        return result(path, source.bytes());
    }

    private ExtractionResult result(String path, long sourceBytes) {
        List<PartProblem> listed = new ArrayList<>(problems);
        if (membersOverLimit.get() > 0) {
            listed.add(new PartProblem(path, ProblemCodes.EMBEDDED_LIMIT, "more than " + limits.maxMembers()
                    + " members and embedded documents; " + membersOverLimit.get() + " not read"));
        }
        if (unlisted.get() > 0) {
            listed.add(new PartProblem(path, ProblemCodes.MORE_PROBLEMS, unlisted.get() + " further problems not listed"));
        }
        ExtractionStatus status;
        if (!listed.isEmpty()) {
            status = partsWithText > 0 ? ExtractionStatus.PARTIAL : ExtractionStatus.SKIPPED;
        } else if (partsWithText > 0 || sourceBytes == 0) {
            status = ExtractionStatus.SCANNED;
        } else {
            // a scanned PDF or a photo of a form has no text layer: not clean, just not readable here
            listed.add(new PartProblem(path, ProblemCodes.NO_TEXT, "no text found in " + mediaType
                    + " (Custodian does no OCR)"));
            status = ExtractionStatus.SKIPPED;
        }
        return new ExtractionResult(status, mediaType, parts, chars, listed);
    }

    // ---- walking ----

    /** @param file the same bytes already in a file, when they are (saves spooling twice) */
    private void visit(String path, InputStream in, int depth, Path file) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, PEEK);
        MediaType type = peekType(buffered, path);
        dispatch(path, buffered, depth, type, file);
    }

    private void dispatch(String path, BufferedInputStream in, int depth, MediaType type, Path file) throws IOException {
        Formats.Kind kind = shared.formats().kind(type);
        if (kind == Formats.Kind.BINARY && type.equals(MediaType.OCTET_STREAM) && looksLikeUtf16(in)) {
            // Tika's magic does not know UTF-16 without a byte-order mark (some Windows exports)
            type = MediaType.TEXT_PLAIN;
            kind = Formats.Kind.TEXT;
        }
        if (depth == 0) {
            // refined by visitFile when the bytes are spooled and the container detectors can look inside
            mediaType = type.toString();
        }
        if (kind == Formats.Kind.ZIP || kind == Formats.Kind.SEVEN_Z || kind == Formats.Kind.TIKA) {
            if (file != null) {
                visitFile(path, file, depth);
                return;
            }
            // a zip too large to spool is still read, as a stream: the spooled start, then the rest
            Spooled spooled = spool(path, in, false, kind == Formats.Kind.ZIP);
            try {
                if (spooled.complete()) {
                    visitFile(path, spooled.file(), depth);
                } else {
                    try (InputStream whole = new SequenceInputStream(Files.newInputStream(spooled.file()), in)) {
                        zipStream(path, whole, depth);
                    }
                }
            } finally {
                delete(spooled.file());
            }
            return;
        }
        switch (kind) {
            case TEXT -> text(path, in, depth, type);
            case TAR -> tar(path, in, depth);
            case COMPRESSED -> compressed(path, in, depth, type);
            default -> {
                // binary: no text to read, and reading on would only cost time
            }
        }
    }

    /** Formats that need random access, now in a file: detected again with the full container detectors. */
    private void visitFile(String path, Path file, int depth) throws IOException {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(path));
            type = shared.detector().detect(in, metadata);
        }
        if (depth == 0) {
            mediaType = type.toString();
        }
        switch (shared.formats().kind(type)) {
            case ZIP -> zip(path, file, depth);
            case SEVEN_Z -> sevenZ(path, file, depth);
            case TIKA -> tika(path, file, depth, type);
            case BINARY -> {
            }
            default -> {
                try (InputStream in = Files.newInputStream(file)) {
                    dispatch(path, new BufferedInputStream(in, PEEK), depth, type, file);
                }
            }
        }
    }

    /** One member: whatever goes wrong inside it is its own problem, and the walk goes on. */
    private void member(String path, InputStream in, int depth, Path file) throws IOException {
        try {
            visit(path, in, depth, file);
        } catch (HandlerFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            failed(path, e);
        }
    }

    private static boolean looksLikeUtf16(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(4096);
        in.reset();
        return TextSniffer.utf16WithoutMark(head, head.length & ~1) != null;
    }

    private void text(String path, BufferedInputStream in, int depth, MediaType type) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        if (head.length == 0) {
            return;
        }
        TextSniffer.Sniffed sniffed = TextSniffer.sniff(head, head.length);
        in.skipNBytes(sniffed.bomLength());
        Reader decoded = new InputStreamReader(in, sniffed.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        deliver(new TextPart(path, type.toString(), depth), new GuardedReader(decoded, path));
    }

    private void zip(String path, Path file, int depth) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                String memberPath = path + "!/" + cleanMemberName(entry.getName());
                if (!readable(entry, memberPath, depth + 1, zip.canReadEntryData(entry))) {
                    continue;
                }
                long compressed = entry.getCompressedSize();
                try (InputStream in = zip.getInputStream(entry)) {
                    member(memberPath, new ExpansionGuard(in, this, memberPath, () -> compressed), depth + 1, null);
                } catch (HandlerFailure e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    failed(memberPath, e);
                }
            }
        }
    }

    /** A zip read front to back, for one too large to spool; sizes come from the local headers. */
    private void zipStream(String path, InputStream in, int depth) throws IOException {
        ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
        ZipArchiveEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            String memberPath = path + "!/" + cleanMemberName(entry.getName());
            if (readable(entry, memberPath, depth + 1, zip.canReadEntryData(entry))) {
                member(memberPath, new ExpansionGuard(zip, this, memberPath, zip::getCompressedCount), depth + 1, null);
            }
        }
    }

    private boolean readable(ZipArchiveEntry entry, String memberPath, int depth, boolean canRead) {
        if (entry.isDirectory() || !admit(memberPath, depth)) {
            return false;
        }
        if (entry.getGeneralPurposeBit().usesEncryption()) {
            problem(memberPath, ProblemCodes.ENCRYPTED, "password-protected zip entry");
            return false;
        }
        if (!canRead) {
            problem(memberPath, ProblemCodes.UNSUPPORTED, "zip compression method " + entry.getMethod()
                    + " is not supported");
            return false;
        }
        return true;
    }

    private void sevenZ(String path, Path file, int depth) throws IOException {
        long archiveBytes = Files.size(file);
        try (SevenZFile archive = SevenZFile.builder().setPath(file).setMaxMemoryLimitKiB(SEVEN_Z_MEMORY_KIB).get()) {
            SevenZArchiveEntry entry;
            while ((entry = archive.getNextEntry()) != null) {
                if (entry.isDirectory() || !entry.hasStream()) {
                    continue;
                }
                String memberPath = path + "!/" + cleanMemberName(entry.getName());
                if (!admit(memberPath, depth + 1)) {
                    continue;
                }
                InputStream in = new InputStream() {
                    @Override
                    public int read() throws IOException {
                        return archive.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return archive.read(b, off, len);
                    }
                };
                // solid archives give no per-member compressed size: the ratio is taken against the whole archive
                member(memberPath, new ExpansionGuard(in, this, memberPath, () -> archiveBytes), depth + 1, null);
            }
        }
    }

    private void tar(String path, InputStream in, int depth) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            // links, devices and directories carry no content of their own
            if (!entry.isFile()) {
                continue;
            }
            String memberPath = path + "!/" + cleanMemberName(entry.getName());
            if (admit(memberPath, depth + 1)) {
                member(memberPath, tar, depth + 1, null);
            }
        }
    }

    /** gzip, bzip2, xz: one stream inside; a tar inside is walked as if it were the archive itself. */
    private void compressed(String path, InputStream in, int depth, MediaType type) throws IOException {
        CountingStream raw = new CountingStream(in);
        InputStream decompressed;
        try {
            decompressed = new CompressorStreamFactory(true).createCompressorInputStream(Formats.compressor(type), raw);
        } catch (org.apache.commons.compress.compressors.CompressorException e) {
            throw new IOException(e.getMessage(), e);
        }
        String innerName = stripCompressionSuffix(fileName(path));
        BufferedInputStream inner = new BufferedInputStream(
                new ExpansionGuard(decompressed, this, path, raw::count), PEEK);
        MediaType innerType = peekType(inner, innerName);
        if (shared.formats().kind(innerType) == Formats.Kind.TAR) {
            tar(path, inner, depth);
            return;
        }
        String memberPath = path + "!/" + innerName;
        if (admit(memberPath, depth + 1)) {
            try {
                dispatch(memberPath, inner, depth + 1, innerType, null);
            } catch (HandlerFailure e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                failed(memberPath, e);
            }
        }
    }

    private void tika(String path, Path file, int depth, MediaType type) throws IOException {
        if (parseNanosLeft <= 0) {
            problem(path, ProblemCodes.TIMEOUT, "not parsed: the object's " + limits.parseTimeout().toSeconds()
                    + " s of parsing time was used up by earlier parts");
            return;
        }
        TikaParse parse = new TikaParse(this, shared.parser(), file, type, path, depth);
        shared.executor().execute(parse);
        List<TikaParse.Child> children;
        try {
            while (parse.nextPart()) {
                deliver(parse.part(), parse.reader());
            }
            parse.drain();
        } finally {
            children = parse.finish();
            parse.cancel();
        }
        for (TikaParse.Child child : children) {
            try (InputStream in = Files.newInputStream(child.file())) {
                member(child.path(), in, child.depth(), child.file());
            } finally {
                delete(child.file());
            }
        }
    }

    private void deliver(TextPart part, Reader text) {
        CountingReader counting = new CountingReader(text);
        try {
            handler.part(part, counting);
        } catch (IOException | RuntimeException e) {
            throw new HandlerFailure(e);
        }
        parts++;
        chars += counting.count;
        // a handler that stopped early may have left text unread: count the part as having text
        if (counting.sawText || !counting.ended) {
            partsWithText++;
        }
    }

    // ---- limits and problems ----

    /** Whether a member may be opened: within the depth limit and the member count. */
    boolean admit(String path, int depth) {
        if (stopped != null) {
            return false;
        }
        if (depth > limits.maxDepth()) {
            problem(path, ProblemCodes.DEPTH_LIMIT, "nested deeper than " + limits.maxDepth() + " levels; not opened");
            return false;
        }
        if (members.incrementAndGet() > limits.maxMembers()) {
            membersOverLimit.incrementAndGet();
            return false;
        }
        return true;
    }

    /**
     * Counts decompressed bytes against the object's budget and, like a member's ratio, the object's
     * own ratio: a recursive bomb (42.zip) keeps every member under the member limit but not the
     * whole under this one. Either stops the rest of the object.
     */
    void expand(String path, int bytes) throws LimitReachedException {
        long total = expanded.addAndGet(bytes);
        if (stopped != null) {
            throw stopped;
        }
        if (total > limits.maxExpandedBytes()) {
            throw stop(new LimitReachedException(ProblemCodes.EXPANSION_LIMIT, rootPath, "object expands past "
                    + limits.maxExpandedBytes() + " bytes in total; the rest was not read"));
        }
        long compressed = Math.max(1, source.bytes());
        if (total > limits.ratioFloorBytes() && total / compressed >= limits.maxCompressionRatio()) {
            throw stop(new LimitReachedException(ProblemCodes.EXPANSION_LIMIT, rootPath, "object as a whole expands more than "
                    + limits.maxCompressionRatio() + " times its size (" + total + " bytes from " + compressed
                    + "); the rest was not read"));
        }
    }

    private synchronized LimitReachedException stop(LimitReachedException limit) {
        if (stopped == null) {
            stopped = limit;
            problem(limit.path(), limit.code(), limit.getMessage());
        }
        return stopped;
    }

    long parseNanosLeft() {
        return parseNanosLeft;
    }

    void spendParseNanos(long nanos) {
        parseNanosLeft -= nanos;
    }

    void problem(String path, String code, String reason) {
        synchronized (problems) {
            if (problems.size() < limits.maxProblems()) {
                problems.add(new PartProblem(path, code, reason));
            } else {
                unlisted.incrementAndGet();
            }
        }
    }

    /** Records a part's failure; rethrows what is not the content's fault (the source or the handler failing). */
    void failed(String path, Throwable failure) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            // the scan is being stopped: not the content's fault
            throw failure instanceof InterruptedIOException interrupted ? interrupted
                    : new InterruptedIOException("extraction interrupted");
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SourceStream.SourceReadException source) {
                throw (IOException) source.getCause();
            }
            if (t instanceof HandlerFailure handlerFailure) {
                throw handlerFailure;
            }
            if (t instanceof LimitReachedException limit) {
                if (limit != stopped) {
                    problem(limit.path(), limit.code(), limit.getMessage());
                }
                return;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        problem(path, Failures.code(failure), Failures.reason(failure));
    }

    // ---- temporary files ----

    /** A spooled copy; not complete when the size limit stopped it and the rest is still in the stream. */
    private record Spooled(Path file, boolean complete) {
    }

    private Path spool(String path, InputStream in, boolean countsAsExpansion) throws IOException {
        return spool(path, in, countsAsExpansion, false).file();
    }

    private Spooled spool(String path, InputStream in, boolean countsAsExpansion, boolean mayStopShort) throws IOException {
        Path file = Files.createTempFile(limits.tempDir(), "custodian-", ".spool");
        temporaryFiles.add(file);
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limits.maxSpoolBytes()) {
                    if (mayStopShort) {
                        out.write(buffer, 0, n);
                        done = true;
                        return new Spooled(file, false);
                    }
                    throw new LimitReachedException(ProblemCodes.SIZE_LIMIT, path, "larger than "
                            + limits.maxSpoolBytes() + " bytes, the most spooled for parsing; not read");
                }
                if (countsAsExpansion) {
                    expand(path, n);
                }
                out.write(buffer, 0, n);
            }
            done = true;
            return new Spooled(file, true);
        } finally {
            if (!done) {
                delete(file);
            }
        }
    }

    /** For parse threads: a spooling failure becomes the member's problem. */
    Path spoolQuietly(String path, InputStream in, boolean countsAsExpansion) {
        try {
            return spool(path, in, countsAsExpansion);
        } catch (IOException | RuntimeException e) {
            try {
                failed(path, e);
            } catch (IOException | RuntimeException unexpected) {
                problem(path, ProblemCodes.CORRUPT, Failures.reason(unexpected));
            }
            return null;
        }
    }

    void delete(Path file) {
        temporaryFiles.remove(file);
        TikaParse.deleteQuietly(file);
    }

    @Override
    public void close() {
        for (Path file : List.copyOf(temporaryFiles)) {
            delete(file);
        }
    }

    // ---- names and types ----

    private MediaType peekType(BufferedInputStream in, String path) throws IOException {
        MediaType plain = plainTextByNameAndHead(in, path);
        if (plain != null) return plain;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(path));
        return shared.mimeTypes().detect(in, metadata);
    }

    /** How much of a file's start decides whether a file named as text really is plain text. */
    private static final int TEXT_HEAD = 8192;

    /**
     * Tika's magic detection decodes each file's head once per regex magic: about half the CPU of a
     * scan of small files. A file whose name says plain text (.txt, .csv, .log, .json ...) and whose
     * head is plainly text (no control bytes that binary formats are full of, no PDF, RTF or markup
     * start) is read as text without it. Anything else still goes through Tika, so renaming a zip,
     * PDF or Office file to .txt cannot hide what is inside.
     *
     * @return the name's text type, or null to let Tika decide
     */
    private MediaType plainTextByNameAndHead(BufferedInputStream in, String path) throws IOException {
        MediaType byName = shared.mimeTypes().getMimeType(fileName(path)).getType(); // the name's glob only
        if (byName.equals(MediaType.OCTET_STREAM) || shared.formats().kind(byName) != Formats.Kind.TEXT) return null;
        in.mark(TEXT_HEAD);
        byte[] head = in.readNBytes(TEXT_HEAD);
        in.reset();
        return looksLikePlainText(head) ? byName : null;
    }

    static boolean looksLikePlainText(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        if (startsWith(head, start, "%PDF") || startsWith(head, start, "{\\rtf")) return false;
        for (int i = start; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b == '<' && i == firstNonBlank(head, start)) return false; // markup: Tika tells HTML and XML apart
            // control bytes other than tab, line breaks, form feed and escape mark a binary format
            // (and UTF-16, whose ASCII letters come with zero bytes: Tika and the UTF-16 check handle it)
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) return false;
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int from, String ascii) {
        if (head.length - from < ascii.length()) return false;
        for (int i = 0; i < ascii.length(); i++) if (head[from + i] != ascii.charAt(i)) return false;
        return true;
    }

    private static int firstNonBlank(byte[] head, int from) {
        int i = from;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) i++;
        return i;
    }

    static String fileName(String path) {
        int bang = path.lastIndexOf("!/");
        String last = bang >= 0 ? path.substring(bang + 2) : path;
        int slash = Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\'));
        return last.substring(slash + 1);
    }

    /** Member names as archives spell them, without the leading "./" or "/" some tools add. */
    static String cleanMemberName(String name) {
        // a control character in a name would break the report lines and logs it ends up in
        String clean = name.replace('\\', '/').replaceAll("\\p{Cntrl}", "?");
        while (clean.startsWith("./") || clean.startsWith("/")) {
            clean = clean.substring(clean.startsWith("./") ? 2 : 1);
        }
        return clean.isEmpty() ? "unnamed" : clean;
    }

    static String stripCompressionSuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz") || lower.endsWith(".tbz2") || lower.endsWith(".txz")) {
            return name.substring(0, name.lastIndexOf('.')) + ".tar";
        }
        for (String suffix : List.of(".gz", ".gzip", ".bz2", ".xz", ".z")) {
            if (lower.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name + ".out";
    }

    /** The plain-text reader handed to the handler: a limit or a corrupt stream ends the part, recorded. */
    private final class GuardedReader extends Reader {
        private final Reader in;
        private final String path;
        private boolean ended;

        GuardedReader(Reader in, String path) {
            this.in = in;
            this.path = path;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            if (ended) {
                return -1;
            }
            try {
                int n = in.read(buffer, off, len);
                if (n < 0) {
                    ended = true;
                }
                return n;
            } catch (IOException | RuntimeException e) {
                ended = true;
                failed(path, e);
                return -1;
            }
        }

        @Override
        public void close() {
            // the extractor owns the stream
        }
    }

    /** Counts what the handler read, and whether any of it was more than white space. */
    private static final class CountingReader extends Reader {
        private final Reader in;
        private long count;
        private boolean sawText;
        private boolean ended;

        CountingReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0) {
                count += n;
                for (int i = off; !sawText && i < off + n; i++) {
                    sawText = !Character.isWhitespace(buffer[i]);
                }
            } else if (n < 0) {
                ended = true;
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c >= 0) {
                count++;
                sawText |= !Character.isWhitespace(c);
            } else {
                ended = true;
            }
            return c;
        }

        @Override
        public void close() {
        }
    }

    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
