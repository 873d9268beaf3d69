package org.custodian.scan;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.custodian.engine.Engine;
import org.custodian.extract.Extractor;
import org.custodian.report.ScanSummary.FileCounts;
import org.custodian.store.Digests;
import org.custodian.store.Store;
import org.custodian.store.StoreException;
import org.custodian.store.actor.Actor;
import org.custodian.store.audit.AuditTrail;
import org.custodian.store.exposure.ExposureKind;
import org.custodian.store.exposure.ExposureRegister;
import org.custodian.store.findings.AllowList;
import org.custodian.store.findings.FileExposure;
import org.custodian.store.findings.Findings;
import org.custodian.store.findings.RunCounts;
import org.custodian.store.findings.ScanRun;
import org.custodian.store.findings.ScanRuns;
import org.custodian.store.findings.ScannedFiles;

/**
 * A file-server scan: walks the roots, reads each regular file through the extractor and the
 * engine on {@code threads} workers, and stores every file with its findings in one transaction.
 * The one class a surface (CLI, server, scheduler) constructs; see docs/scan.md "How to wire".
 *
 * <ul>
 *   <li>Links are not followed, so link loops cannot trap the walk; FIFOs, sockets and devices are
 *       recorded as skipped ({@code not-a-regular-file}) and never opened.</li>
 *   <li>Incremental: a file read whole before, by the same engine fingerprint at the same
 *       threshold, is {@code unchanged} when size and mtime match, or when only mtime moved and the
 *       content hash matches. Its findings stay.</li>
 *   <li>Resumable: {@link ScanRequest#resume()} continues the newest unfinished run of the same
 *       roots; files it committed are not read again, and counts come from the store, so nothing is
 *       lost or counted twice.</li>
 *   <li>At the end of a finished run the exposures of files holding findings are reported to the
 *       {@link ExposureRegister}, and those no longer seen under the roots are marked gone.</li>
 * </ul>
 */
public final class FileScan {
    /** The exposure kinds a file scan observes, and so may close when no longer seen. */
    public static final Set<ExposureKind> FILE_EXPOSURES = EnumSet.of(ExposureKind.WORLD_READABLE,
            ExposureKind.WORLD_WRITABLE, ExposureKind.GROUP_WRITABLE, ExposureKind.STALE, ExposureKind.UNKNOWN);

    private final Store store;
    private final Engine engine;
    private final Extractor extractor;
    private final AuditTrail audit;
    private final ExposureRegister exposures;
    private final Actor actor;
    private final String engineFingerprint;
    private final Clock clock;

    /**
     * @param engineFingerprint engine version + detector configuration hash + registered-fingerprints
     *                          version: when it changes, every file is read again
     */
    public FileScan(Store store, Engine engine, Extractor extractor, AuditTrail audit, ExposureRegister exposures,
                    Actor actor, String engineFingerprint) {
        this(store, engine, extractor, audit, exposures, actor, engineFingerprint, Clock.systemUTC());
    }

    public FileScan(Store store, Engine engine, Extractor extractor, AuditTrail audit, ExposureRegister exposures,
                    Actor actor, String engineFingerprint, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.engine = Objects.requireNonNull(engine);
        this.extractor = Objects.requireNonNull(extractor);
        this.audit = Objects.requireNonNull(audit);
        this.exposures = Objects.requireNonNull(exposures);
        this.actor = Objects.requireNonNull(actor);
        this.engineFingerprint = Objects.requireNonNull(engineFingerprint);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Runs a scan to its end.
     *
     * @throws IllegalArgumentException when a root does not exist, or the engine's own threshold is
     *                                  above the request's (findings would silently be missing)
     * @throws CancellationException    when the calling thread is interrupted: the run is stored as
     *                                  interrupted and can be continued with {@code resume}
     * @throws StoreException           when the database fails; the run can be continued likewise
     */
    public ScanOutcome run(ScanRequest request, ScanListener listener) {
        // an embedded H2 closes its file when its last connection closes and reopens it on the next:
        // one connection held for the whole run keeps it open between the run's short statements
        try (Connection keepOpen = store.connect()) {
            return runOpen(request, listener);
        } catch (SQLException e) {
            throw new StoreException("open the store: " + e.getMessage(), e);
        }
    }

    private ScanOutcome runOpen(ScanRequest request, ScanListener listener) {
        if (engine.minLikelihood().compareTo(request.minLikelihood()) > 0) {
            throw new IllegalArgumentException("the engine drops findings below " + engine.minLikelihood()
                    + " but the scan asks for " + request.minLikelihood() + ": build the engine with the scan's threshold");
        }
        List<Path> roots = new ArrayList<>();
        for (Path r : request.roots()) {
            Path abs = r.toAbsolutePath().normalize();
            if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) throw new IllegalArgumentException("no such file or directory: " + r);
            if (!roots.contains(abs)) roots.add(abs);
        }
        // a root inside another root would be walked twice: the outer one covers it
        roots.removeIf(r -> roots.stream().anyMatch(o -> !o.equals(r) && r.startsWith(o)));
        List<String> rootNames = roots.stream().map(Path::toString).toList();
        ScanRuns runs = new ScanRuns(store);
        ScanRun run = request.resume() ? runs.resumable(rootNames).orElse(null) : null;
        if (run != null && (!run.engineFingerprint().equals(engineFingerprint) || run.threshold() != request.minLikelihood())) {
            // the stored half was made by another engine or threshold: never mix the two in one run
            throw new IllegalArgumentException("scan " + run.id() + " was started with another engine configuration or"
                    + " threshold; start a new scan instead of resuming it");
        }
        boolean resumed = run != null;
        run = resumed ? runs.resume(run.id())
                : runs.start(rootNames, request.minLikelihood(), engineFingerprint, clock.instant());
        audit.append(actor, resumed ? "scan.resume" : "scan.start", "scan:" + run.id(),
                Map.of("roots", String.join("\n", rootNames), "threshold", request.minLikelihood().name()));
        listener.started(run.id(), resumed);

        RunContext ctx = new RunContext(run.id(), resumed, skipKey(engineFingerprint, request), request.minLikelihood(),
                request.retention(), new AllowList(store).keys(), clock);
        try {
            walkAndScan(roots, request.threads(), ctx, listener);
        } catch (InterruptedException e) {
            runs.end(run.id(), ScanRun.INTERRUPTED, clock.instant(), runs.count(run.id()));
            Thread.currentThread().interrupt();
            throw new CancellationException("scan " + run.id() + " interrupted; continue it with --resume");
        } catch (RuntimeException e) {
            try {
                runs.end(run.id(), ScanRun.INTERRUPTED, clock.instant(), runs.count(run.id()));
            } catch (RuntimeException second) {
                e.addSuppressed(second);
            }
            throw e;
        }
        return finish(run, roots, runs);
    }

    private ScanOutcome finish(ScanRun run, List<Path> roots, ScanRuns runs) {
        RunCounts n = runs.count(run.id());
        Instant observedFrom = clock.instant();
        new Findings(store).eachFileWithFindings(run.id(), file -> {
            for (FileExposure e : file.exposures()) {
                exposures.observe(e.kind(), file.path(), e.reason(), file.sensitivity(), clock.instant());
            }
        });
        List<String> rootNames = new ArrayList<>();
        for (Path root : roots) {
            rootNames.add(root.toString());
            // "/srv/a/" so that /srv/ab is not taken for part of /srv/a
            boolean dir = Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) && !root.toString().endsWith("/");
            exposures.markGone(dir ? root + "/" : root.toString(), FILE_EXPOSURES, observedFrom);
        }
        try (Connection c = store.connect()) {
            new ScannedFiles().markAbsent(c, run.id(), rootNames);
        } catch (SQLException e) {
            throw new StoreException("mark absent files: " + e.getMessage(), e);
        }
        runs.end(run.id(), ScanRun.FINISHED, clock.instant(), n);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("files", Long.toString(n.seen()));
        details.put("scanned", Long.toString(n.scanned()));
        details.put("partial", Long.toString(n.partial()));
        details.put("skipped", Long.toString(n.skipped()));
        details.put("unchanged", Long.toString(n.unchanged()));
        details.put("findings", Long.toString(n.findings()));
        details.put("suppressed", Long.toString(n.suppressed()));
        audit.append(actor, "scan.finish", "scan:" + run.id(), details);
        return new ScanOutcome(run.id(), new FileCounts(n.seen(), n.scanned(), n.partial(), n.skipped(), n.unchanged()),
                n.findings(), n.incomplete());
    }

    /** Files read by another engine configuration or at another threshold are read again. */
    static String skipKey(String engineFingerprint, ScanRequest request) {
        return Digests.sha256Hex(engineFingerprint + "|" + request.minLikelihood().name());
    }

    private static final FileJob END = new FileJob(null, null, null, null, null);

    private void walkAndScan(List<Path> roots, int threads, RunContext ctx, ScanListener listener) throws InterruptedException {
        BlockingQueue<FileJob> queue = new ArrayBlockingQueue<>(threads * 16);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        ScannedFiles files = new ScannedFiles();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> work(queue, ctx, files, listener, failure), "custodian-scan-" + (i + 1));
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        try {
            Walker walker = new Walker(queue, failure, listener);
            for (Path root : roots) {
                if (failure.get() != null) break;
                walker.root = root.toString();
                try {
                    Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, walker);
                } catch (IOException e) {
                    throw new IllegalStateException("walking " + root + " failed", e); // the visitor handles every I/O error
                } catch (WalkInterrupted e) {
                    throw e.cause;
                }
            }
            listener.discovered(walker.files.get(), walker.bytes.get());
        } catch (InterruptedException e) {
            queue.clear();
            for (Thread t : workers) t.interrupt();
            throw e;
        } finally {
            for (int i = 0; i < threads; i++) {
                while (!queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                    if (workers.stream().noneMatch(Thread::isAlive)) break;
                }
            }
            for (Thread t : workers) t.join();
        }
        if (failure.get() != null) throw failure.get();
    }

    private void work(BlockingQueue<FileJob> queue, RunContext ctx, ScannedFiles files, ScanListener listener,
                      AtomicReference<RuntimeException> failure) {
        try (Connection c = store.connect()) {
            FileWorker worker = new FileWorker(ctx, engine, extractor, files, c);
            while (true) {
                FileJob job = queue.take();
                if (job == END) return;
                if (failure.get() != null) continue; // drain so the walker is not blocked
                listener.fileDone(worker.process(job));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            failure.compareAndSet(null, new StoreException("connect: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } catch (Error e) {
            // a dead worker would leave its file unrecorded and the scan looking complete: end the
            // run as failed instead (it stays resumable), never as finished
            failure.compareAndSet(null, new IllegalStateException("a scan worker died: " + e.getClass().getName(), e));
            throw e;
        }
    }

    /** Carries an interruption out of the visitor, whose methods may only throw IOException. */
    private static final class WalkInterrupted extends RuntimeException {
        final InterruptedException cause;

        WalkInterrupted(InterruptedException cause) {
            super(null, cause, false, false);
            this.cause = cause;
        }
    }

    /** Hands every entry to the workers; never opens a file and never follows a link. */
    private static final class Walker extends SimpleFileVisitor<Path> {
        private final BlockingQueue<FileJob> queue;
        private final AtomicReference<RuntimeException> failure;
        private final ScanListener listener;
        private final Deque<String> fsTypes = new ArrayDeque<>();
        /** File-store type by device: looking it up reads the mount table, once per device is enough. */
        private final Map<String, String> typeByDevice = new java.util.HashMap<>();
        final AtomicLong files = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        String root;

        Walker(BlockingQueue<FileJob> queue, AtomicReference<RuntimeException> failure, ScanListener listener) {
            this.queue = queue;
            this.failure = failure;
            this.listener = listener;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String device = device(attrs);
            String type = device == null ? fsType(dir) : typeByDevice.computeIfAbsent(device, d -> fsType(dir));
            fsTypes.push(type == null ? "" : type);
            return failure.get() == null ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) return FileVisitResult.CONTINUE; // not followed: see docs/scan.md
            String type = fsTypes.isEmpty() ? fsType(file) : emptyToNull(fsTypes.peek());
            return hand(new FileJob(file, root, attrs, type, null), attrs.size());
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            return hand(new FileJob(file, root, null, emptyToNull(fsTypes.peek()), exc), 0);
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            String type = emptyToNull(fsTypes.pop());
            if (exc != null) return hand(new FileJob(dir, root, null, type, exc), 0);
            return FileVisitResult.CONTINUE;
        }

        private FileVisitResult hand(FileJob job, long size) {
            try {
                while (!queue.offer(job, 100, TimeUnit.MILLISECONDS)) {
                    if (failure.get() != null) return FileVisitResult.TERMINATE;
                }
            } catch (InterruptedException e) {
                throw new WalkInterrupted(e);
            }
            long n = files.incrementAndGet();
            long b = bytes.addAndGet(size);
            if (n % 100 == 0) listener.discovered(n, b);
            return FileVisitResult.CONTINUE;
        }

        /** The device part of a Unix file key {@code (dev=803,ino=1234)}; null where there is none. */
        private static String device(BasicFileAttributes attrs) {
            Object key = attrs.fileKey();
            if (key == null) return null;
            String k = key.toString();
            int ino = k.indexOf(",ino=");
            return ino < 0 ? null : k.substring(0, ino);
        }

        private static String emptyToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }

        private static String fsType(Path p) {
            try {
                return Files.getFileStore(p).type();
            } catch (IOException | SecurityException e) {
                return null;
            }
        }
    }
}
