package org.custodian.cli.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.custodian.report.Units;

/**
 * Scan progress for a person watching (a bar redrawn in place on a terminal) or for a log (a plain
 * line every few seconds). Scanning threads call {@link #fileDone} and {@link #discovered} directly:
 * counting is lock-free, and only the one thread that wins the due time draws, so a worker never
 * waits on the terminal and the screen is redrawn at most once per interval however many threads
 * report.
 *
 * <pre>
 * terminal: [#####.....] 1,234/20,000 files  512 MB  48.2 MB/s  ETA 0:03:12
 * log:      progress: 1234/20000 files, 512 MB, 48.2 MB/s
 * </pre>
 *
 * The rate is measured over the last {@link #RATE_WINDOW} (so the ETA follows the current pace rather
 * than a slow start); the ETA divides the bytes still to read by it. While the walk is still
 * discovering files the total shows a {@code +}.
 */
public final class ProgressReporter {
    /** A terminal is redrawn at most this often. */
    public static final Duration TERMINAL_INTERVAL = Duration.ofMillis(100);
    /** A log gets a line this often by default. */
    public static final Duration LOG_INTERVAL = Duration.ofSeconds(10);
    static final Duration RATE_WINDOW = Duration.ofSeconds(10);
    static final int BAR_WIDTH = 10;

    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final LongSupplier nanoClock;

    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong filesTotal = new AtomicLong();
    private final AtomicLong bytesTotal = new AtomicLong();
    private final AtomicLong nextDrawAt;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean discoveryFinished;

    /** (time, bytesDone) samples for the rate; touched only while drawing, under this object's lock. */
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();
    private int lastLineLength;

    private ProgressReporter(PrintStream out, boolean terminal, Duration interval, LongSupplier nanoClock) {
        this.out = Objects.requireNonNull(out, "out");
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
        long now = nanoClock.getAsLong();
        samples.add(new long[] {now, 0});
        // a terminal shows the bar at once; a log stays quiet for the first interval (short scans print one line at the end)
        nextDrawAt = new AtomicLong(terminal ? now : now + intervalNanos);
    }

    /** A bar redrawn with carriage returns, at most every {@link #TERMINAL_INTERVAL}. */
    public static ProgressReporter terminal(PrintStream out, LongSupplier nanoClock) {
        return new ProgressReporter(out, true, TERMINAL_INTERVAL, nanoClock);
    }

    /** A plain line every {@code every}, for logs and pipes. */
    public static ProgressReporter log(PrintStream out, Duration every, LongSupplier nanoClock) {
        if (every.isNegative() || every.isZero()) throw new IllegalArgumentException("interval must be positive: " + every);
        return new ProgressReporter(out, false, every, nanoClock);
    }

    /** The right kind for where {@code out} goes, on the system clock. */
    public static ProgressReporter forStream(PrintStream out, boolean isTerminal) {
        return isTerminal ? terminal(out, System::nanoTime) : log(out, LOG_INTERVAL, System::nanoTime);
    }

    /** The walk has found this much so far (running totals; a smaller figure than before is ignored). */
    public void discovered(long files, long bytes) {
        filesTotal.accumulateAndGet(files, Math::max);
        bytesTotal.accumulateAndGet(bytes, Math::max);
        maybeDraw();
    }

    /** The walk is over: the totals are final, the {@code +} goes. */
    public void discoveryFinished() {
        discoveryFinished = true;
    }

    /** One more file is finished, whatever its status; {@code bytes} is its size. */
    public void fileDone(long bytes) {
        filesDone.incrementAndGet();
        bytesDone.addAndGet(Math.max(0, bytes));
        maybeDraw();
    }

    /** Draws the final state once; on a terminal it ends the line so what follows starts clean. */
    public void finish() {
        if (!finished.compareAndSet(false, true)) return;
        synchronized (this) {
            draw(nanoClock.getAsLong());
            if (terminal) out.println();
            out.flush();
        }
    }

    private void maybeDraw() {
        if (finished.get()) return;
        long now = nanoClock.getAsLong();
        long due = nextDrawAt.get();
        // only the thread that moves the due time forward draws; the others carry on scanning
        if (now - due >= 0 && nextDrawAt.compareAndSet(due, now + intervalNanos)) {
            synchronized (this) {
                if (!finished.get()) draw(now);
            }
        }
    }

    private void draw(long now) {
        Snapshot s = new Snapshot(filesDone.get(), bytesDone.get(), filesTotal.get(), bytesTotal.get(), discoveryFinished,
                rate(now, bytesDone.get()));
        if (terminal) {
            String line = s.terminalLine();
            // pad over the remains of a longer previous line; \r is the only control character used
            String pad = " ".repeat(Math.max(0, lastLineLength - line.length()));
            out.print("\r" + line + pad);
            lastLineLength = line.length();
        } else {
            out.println(s.logLine());
        }
        out.flush();
    }

    /** Bytes per second over about the last {@link #RATE_WINDOW}, or since the start when younger. */
    private double rate(long now, long bytes) {
        samples.addLast(new long[] {now, bytes});
        long window = RATE_WINDOW.toNanos();
        while (samples.size() > 2 && now - second(samples)[0] >= window) samples.pollFirst();
        long[] oldest = samples.peekFirst();
        long elapsed = now - oldest[0];
        return elapsed <= 0 ? Double.NaN : (bytes - oldest[1]) * 1e9 / elapsed;
    }

    private static long[] second(ArrayDeque<long[]> deque) {
        Iterator<long[]> it = deque.iterator();
        it.next();
        return it.next();
    }

    /** One moment's figures and how they read. */
    record Snapshot(long filesDone, long bytesDone, long filesTotal, long bytesTotal, boolean totalsFinal,
                    double bytesPerSecond) {

        String terminalLine() {
            String total = Units.count(Math.max(filesTotal, filesDone)) + (totalsFinal ? "" : "+");
            return bar() + " " + Units.count(filesDone) + "/" + total + " files  " + Units.bytes(bytesDone) + "  "
                    + rateText() + "  ETA " + eta();
        }

        String logLine() {
            String total = Math.max(filesTotal, filesDone) + (totalsFinal ? "" : "+");
            return "progress: " + filesDone + "/" + total + " files, " + Units.bytes(bytesDone) + ", " + rateText();
        }

        String bar() {
            double fraction = bytesTotal > 0 ? (double) bytesDone / bytesTotal
                    : filesTotal > 0 ? (double) filesDone / filesTotal : 0;
            int filled = (int) Math.floor(Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
            return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
        }

        String rateText() {
            return Double.isNaN(bytesPerSecond) ? "- MB/s" : Units.rate(bytesPerSecond);
        }

        String eta() {
            long remaining = bytesTotal - bytesDone;
            if (remaining <= 0 && totalsFinal && bytesTotal > 0) return Units.duration(Duration.ZERO);
            if (remaining <= 0 || !(bytesPerSecond > 0)) return "-:--:--";
            return Units.duration(Duration.ofSeconds((long) Math.ceil(remaining / bytesPerSecond)));
        }
    }
}
