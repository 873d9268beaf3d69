package org.custodian.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.StreamScanner;
import org.custodian.extract.ExtractionResult;
import org.custodian.extract.Extractor;
import org.custodian.extract.PartProblem;
import org.custodian.store.exposure.ExposureKind;
import org.custodian.store.exposure.RiskScore;
import org.custodian.store.exposure.Sensitivity;
import org.custodian.store.findings.AllowList;
import org.custodian.store.findings.FileExposure;
import org.custodian.store.findings.FileFacts;
import org.custodian.store.findings.FileResult;
import org.custodian.store.findings.PartFinding;
import org.custodian.store.findings.Reason;
import org.custodian.store.findings.ScannedFiles;
import org.custodian.store.findings.StoredFile;

/**
 * Scans one file at a time on its own database connection: decides whether the file changed,
 * reads it through the extractor and the engine, and commits the file with its findings in one
 * transaction. Bad files never throw: they are stored as skipped or partial with a reason.
 * Database failures do throw, and stop the run.
 */
final class FileWorker {
    static final String NOT_REGULAR = "not-a-regular-file";
    static final String VANISHED = "vanished";
    static final String UNREADABLE = "unreadable";
    static final String READ_ERROR = "read-error";
    static final String INTERNAL_ERROR = "internal-error";
    static final String GREW = "grew-during-scan";
    static final String SHRANK = "shrank-during-scan";
    static final String FINDING_LIMIT = "finding-limit";
    /**
     * Findings kept per file: they are held until the file's transaction, so this bounds memory for
     * a multi-gigabyte file full of values. Past it the file is reported partial, never complete.
     */
    static final int MAX_FINDINGS_PER_FILE = 100_000;

    private final RunContext run;
    private final Engine engine;
    private final Extractor extractor;
    private final ScannedFiles files;
    private final Connection connection;

    FileWorker(RunContext run, Engine engine, Extractor extractor, ScannedFiles files, Connection connection) {
        this.run = run;
        this.engine = engine;
        this.extractor = extractor;
        this.files = files;
        this.connection = connection;
    }

    FileOutcome process(FileJob job) {
        String path = job.path().toString();
        Optional<StoredFile> stored = files.find(connection, FileFacts.FILE_SOURCE, path);
        if (run.resumed() && stored.isPresent() && stored.get().lastScanId() == run.scanId()) {
            // committed by this run before it was interrupted: counted from the store, never twice
            StoredFile s = stored.get();
            return new FileOutcome(path, s.size(), s.lastOutcome(), s.findings());
        }
        if (job.walkError() != null) {
            FileFacts f = FileSystemFacts.fromWalk(job.path(), job.root(), job.walkAttributes(), job.fsType());
            IOException e = job.walkError();
            if (e instanceof NoSuchFileException) return skip(f, VANISHED, "deleted or moved during the scan");
            if (e instanceof AccessDeniedException) return skip(f, UNREADABLE, "permission denied: nothing below it was scanned");
            return skip(f, READ_ERROR, describe(e));
        }
        if (!job.walkAttributes().isRegularFile()) {
            return skip(FileSystemFacts.fromWalk(job.path(), job.root(), job.walkAttributes(), job.fsType()),
                    NOT_REGULAR, "a FIFO, socket or device: not opened");
        }
        FileFacts facts;
        try {
            facts = FileSystemFacts.read(job.path(), job.root(), job.fsType());
            BasicFileAttributes now = Files.readAttributes(job.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!now.isRegularFile()) {
                return skip(facts, NOT_REGULAR, "replaced by a FIFO, socket, device or link during the scan: not opened");
            }
        } catch (NoSuchFileException e) {
            return skip(FileSystemFacts.fromWalk(job.path(), job.root(), job.walkAttributes(), job.fsType()),
                    VANISHED, "deleted or moved during the scan");
        } catch (IOException e) {
            return skip(FileSystemFacts.fromWalk(job.path(), job.root(), job.walkAttributes(), job.fsType()),
                    READ_ERROR, describe(e));
        }
        if (stored.isPresent() && unchanged(stored.get(), facts)) {
            StoredFile s = stored.get();
            List<FileExposure> exposures = s.findings() > 0 ? Exposures.of(facts, run.retention(), run.clock().instant()) : List.of();
            files.commitUnchanged(connection, run.scanId(), s.id(), facts, RiskScore.of(kinds(exposures), s.sensitivity()), exposures);
            return new FileOutcome(path, facts.size(), FileResult.UNCHANGED, s.findings());
        }
        return read(facts);
    }

    /**
     * Unchanged when read whole last time by the same engine at the same threshold, and either size
     * and mtime are the same or (mtime touched, same size) the content hash is.
     */
    private boolean unchanged(StoredFile s, FileFacts f) {
        if (!run.skipKey().equals(s.skipKey()) || !FileResult.SCANNED.equals(s.extractionStatus())) return false;
        if (s.size() != f.size()) return false;
        if (f.modified().equals(s.modified())) return true;
        if (s.contentHash() == null) return false;
        try (InputStream in = open(f)) {
            DigestInputStream d = new DigestInputStream(new Limited(in, f.size()), sha256());
            d.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.getMessageDigest().digest()).equals(s.contentHash());
        } catch (IOException e) {
            return false; // read it properly and let that report the problem
        }
    }

    private FileOutcome read(FileFacts facts) {
        String path = facts.path();
        List<PartFinding> found = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        int[] suppressed = {0};
        long[] overflow = {0};
        ExtractionResult result;
        String contentHash;
        long readBytes;
        try (InputStream raw = open(facts)) {
            Limited limited = new Limited(raw, facts.size());
            DigestInputStream in = new DigestInputStream(limited, sha256());
            Map<String, Integer> seen = new HashMap<>();
            StreamScanner scanner = engine.newScanner();
            result = extractor.extract(path, in, (part, text) -> scanner.scan(text, (finding, matched) -> {
                // `matched` is the raw value: it is never kept
                if (!finding.likelihood().atLeast(run.threshold())) return;
                if (finding.hash() != null
                        && run.allowList().contains(AllowList.key(finding.hash(), finding.infoType()))) {
                    suppressed[0]++;
                    return;
                }
                if (found.size() >= MAX_FINDINGS_PER_FILE) {
                    overflow[0]++;
                    return;
                }
                String value = finding.hash() != null ? finding.hash().hex() : finding.masked();
                int occurrence = seen.merge(part.path() + "\u0000" + finding.infoType().name() + "\u0000" + value, 1, Integer::sum) - 1;
                found.add(new PartFinding(part.path(), finding, occurrence));
            }));
            in.transferTo(java.io.OutputStream.nullOutputStream()); // the content hash covers every byte, read by the extractor or not
            contentHash = HexFormat.of().formatHex(in.getMessageDigest().digest());
            readBytes = limited.count;
        } catch (NoSuchFileException e) {
            return skip(facts, VANISHED, "deleted or moved during the scan");
        } catch (AccessDeniedException e) {
            return skip(facts, UNREADABLE, "permission denied");
        } catch (IOException e) {
            return skip(facts, READ_ERROR, describe(e));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // a parser or detector bug on one file (a hostile file's deep recursion, a library
            // version clash on one format) must not end the scan of the other million
            return skip(facts, INTERNAL_ERROR, e.getClass().getName() + " while reading; please report it");
        }
        String status = switch (result.status()) {
            case SCANNED -> FileResult.SCANNED;
            case PARTIAL -> FileResult.PARTIAL;
            case SKIPPED -> FileResult.SKIPPED;
        };
        for (PartProblem p : result.problems()) reasons.add(new Reason(p.code(), p.path(), p.reason()));
        if (overflow[0] > 0) {
            reasons.add(new Reason(FINDING_LIMIT, path, "the first " + MAX_FINDINGS_PER_FILE + " findings are stored, "
                    + overflow[0] + " more were not"));
            if (status.equals(FileResult.SCANNED)) status = FileResult.PARTIAL;
        }
        long sizeAfter = sizeNow(facts);
        if (readBytes < facts.size()) {
            reasons.add(new Reason(SHRANK, path, "ended after " + readBytes + " of " + facts.size() + " bytes while being read"));
            if (status.equals(FileResult.SCANNED)) status = FileResult.PARTIAL;
        } else if (sizeAfter > facts.size()) {
            reasons.add(new Reason(GREW, path, "grew from " + facts.size() + " to " + sizeAfter
                    + " bytes while being read: the first " + facts.size() + " were scanned"));
            if (status.equals(FileResult.SCANNED)) status = FileResult.PARTIAL;
        }
        int sensitivity = sensitivity(found);
        List<FileExposure> exposures = found.isEmpty() ? List.of() : Exposures.of(facts, run.retention(), run.clock().instant());
        FileResult r = new FileResult(facts, contentHash, status, reasons,
                status.equals(FileResult.SCANNED) ? run.skipKey() : null, sensitivity,
                RiskScore.of(kinds(exposures), sensitivity), exposures, suppressed[0]);
        files.commitRead(connection, run.scanId(), r, found);
        return new FileOutcome(path, facts.size(), status, found.size());
    }

    private FileOutcome skip(FileFacts facts, String code, String reason) {
        FileResult r = new FileResult(facts, null, FileResult.SKIPPED, List.of(new Reason(code, facts.path(), reason)),
                null, 0, 0, List.of(), 0);
        files.commitRead(connection, run.scanId(), r, List.of());
        return new FileOutcome(facts.path(), facts.size(), FileResult.SKIPPED, 0);
    }

    static int sensitivity(List<PartFinding> found) {
        Map<InfoType, Long> byType = new HashMap<>();
        Set<String> special = new HashSet<>();
        for (PartFinding p : found) {
            Finding f = p.finding();
            byType.merge(f.infoType(), 1L, Long::sum);
            special.addAll(f.specialCategories());
        }
        return Sensitivity.of(byType, special);
    }

    static List<ExposureKind> kinds(List<FileExposure> exposures) {
        return exposures.stream().map(FileExposure::kind).toList();
    }

    private static InputStream open(FileFacts f) throws IOException {
        // NOFOLLOW_LINKS: a file swapped for a link after the walk is not followed out of the tree
        return Files.newInputStream(java.nio.file.Path.of(f.path()), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    private static long sizeNow(FileFacts f) {
        try {
            return Files.size(java.nio.file.Path.of(f.path()));
        } catch (IOException e) {
            return f.size();
        }
    }

    /** The exception's kind and the file system's message: never file content. */
    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) : m));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }

    /**
     * Reads no further than the size the file had when it was looked at: a file that keeps growing
     * (a live log) is scanned as it was, and the growth is reported, instead of reading forever.
     */
    static final class Limited extends FilterInputStream {
        private final long limit;
        long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (count >= limit) return -1;
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (count >= limit) return -1;
            int n = super.read(b, off, (int) Math.min(len, limit - count));
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(Math.min(n, limit - count));
            count += s;
            return s;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), limit - count);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // the worker closes the file; the extractor must not close it early
        }
    }
}
