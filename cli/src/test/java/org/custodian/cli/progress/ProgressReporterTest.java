package org.custodian.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.custodian.scan.FileOutcome;
import org.junit.jupiter.api.Test;

/** Rendering and rate limiting on a fake clock: nothing here sleeps. */
class ProgressReporterTest {
    private static final long MS = 1_000_000L;
    private static final long MB = 1_000_000L;

    private final AtomicLong clock = new AtomicLong(5_000 * MS);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void advance(long millis) {
        clock.addAndGet(millis * MS);
    }

    /** What a terminal shows: the text after the last carriage return of each drawing, trailing pad removed. */
    private List<String> frames() {
        List<String> frames = new ArrayList<>();
        for (String part : output().split("\r")) if (!part.isEmpty()) frames.add(part.stripTrailing());
        return frames;
    }

    @Test
    void theTerminalBarShowsFilesBytesRateAndEta() {
        ProgressReporter progress = ProgressReporter.terminal(out, clock::get);
        progress.discovered(20_000, 2_000 * MB);
        progress.discoveryFinished();
        // 512 MB in 10.62 s: 48.2 MB/s; 1,488 MB left at that pace is 30.9 s
        advance(10_620);
        for (int i = 0; i < 1_233; i++) progress.fileDone(0);
        progress.fileDone(512 * MB);
        progress.finish();
        List<String> frames = frames();
        assertThat(frames.get(frames.size() - 1)).isEqualTo("[##........] 1,234/20,000 files  512 MB  48.2 MB/s  ETA 0:00:31");
        assertThat(output()).endsWith("\n").doesNotContain("\u001b");
    }

    @Test
    void theTerminalIsRedrawnAtMostTenTimesASecond() {
        ProgressReporter progress = ProgressReporter.terminal(out, clock::get);
        progress.discovered(100_000, 100_000 * MB);
        for (int i = 0; i < 10_000; i++) {
            advance(1); // 10,000 files over 10 s
            progress.fileDone(MB);
        }
        int drawings = frames().size();
        assertThat(drawings).isBetween(100, 101);
        progress.finish();
        assertThat(frames()).hasSize(drawings + 1);
        progress.finish();
        assertThat(frames()).as("finish draws once").hasSize(drawings + 1);
    }

    @Test
    void aShorterLineBlanksWhatTheLongerOneLeft() {
        ProgressReporter progress = ProgressReporter.terminal(out, clock::get);
        progress.discovered(10, 10);
        advance(1_000);
        progress.discovered(1_000_000_000, 1_000_000_000_000L); // a long line
        advance(1_000);
        progress.discoveryFinished();
        progress.finish();
        String[] drawings = output().split("\r");
        String longer = drawings[drawings.length - 2];
        String last = drawings[drawings.length - 1];
        assertThat(last.stripTrailing().length()).isLessThan(longer.length());
        assertThat(last.replace("\n", "")).hasSize(longer.length());
    }

    @Test
    void totalsStillGrowingShowAPlusAndTheBarFollowsBytes() {
        ProgressReporter progress = ProgressReporter.terminal(out, clock::get);
        progress.discovered(10, 1_000);
        progress.discovered(5, 500); // an older, smaller figure arriving late changes nothing
        advance(2_000);
        for (int i = 0; i < 3; i++) progress.fileDone(250);
        progress.finish();
        String last = frames().get(frames().size() - 1);
        assertThat(last).startsWith("[#######...] 3/10+ files  750 B  375 B/s  ETA 0:00:01");
    }

    @Test
    void beforeAnyRateIsKnownTheEtaSaysSo() {
        ProgressReporter progress = ProgressReporter.terminal(out, clock::get);
        progress.discovered(3, 0);
        assertThat(frames().get(0)).isEqualTo("[..........] 0/3+ files  0 B  - MB/s  ETA -:--:--");
    }

    @Test
    void theRateFollowsTheRecentPaceNotTheSlowStart() {
        ProgressReporter progress = ProgressReporter.terminal(out, clock::get);
        progress.discovered(1_000, 10_000 * MB);
        progress.discoveryFinished();
        advance(60_000); // a minute of walking with nothing read
        progress.fileDone(0);
        for (int s = 0; s < 30; s++) { // then 100 MB/s for 30 s
            for (int tick = 0; tick < 10; tick++) {
                advance(100);
                progress.fileDone(10 * MB);
            }
        }
        String last = frames().get(frames().size() - 1);
        assertThat(last).contains(" 3.0 GB  100 MB/s  ETA 0:01:10");
    }

    @Test
    void aLogGetsAQuietLineEveryIntervalAndOneAtTheEnd() {
        ProgressReporter progress = ProgressReporter.log(out, Duration.ofSeconds(10), clock::get);
        progress.discovered(20_000, 2_000 * MB);
        progress.discoveryFinished();
        for (int i = 0; i < 95; i++) { // 95 s, one 5.4 MB file every second
            advance(1_000);
            progress.fileDone(5_400_000);
        }
        assertThat(output()).doesNotContain("\r");
        List<String> lines = output().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("progress: 10/20000 files, 54.0 MB, 5.4 MB/s");
        assertThat(lines.get(8)).isEqualTo("progress: 90/20000 files, 486 MB, 5.4 MB/s");
        progress.finish();
        assertThat(output().lines().toList()).hasSize(10).last().isEqualTo("progress: 95/20000 files, 513 MB, 5.4 MB/s");
    }

    @Test
    void aShortScanLogsOnlyItsLastLine() {
        ProgressReporter progress = ProgressReporter.log(out, Duration.ofSeconds(10), clock::get);
        progress.discovered(2, 2_000);
        progress.discoveryFinished();
        advance(1_000);
        progress.fileDone(1_000);
        progress.fileDone(1_000);
        assertThat(output()).isEmpty();
        progress.finish();
        assertThat(output()).isEqualTo("progress: 2/2 files, 2.0 kB, 2.0 kB/s\n");
    }

    @Test
    void manyThreadsCountEveryFileAndDrawOneLineAtATime() throws InterruptedException {
        ProgressReporter progress = ProgressReporter.terminal(out, () -> clock.addAndGet(MS));
        ScanProgress listener = new ScanProgress(progress);
        listener.discovered(40_000, 40_000);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread worker = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) listener.fileDone(new FileOutcome("/f", 1, "scanned", 0));
            });
            threads.add(worker);
            worker.start();
        }
        for (Thread t : threads) t.join();
        progress.discoveryFinished();
        progress.finish();
        List<String> frames = frames();
        assertThat(frames.get(frames.size() - 1)).startsWith("[##########] 40,000/40,000 files  40.0 kB  ");
        // every drawing is whole: no two threads wrote into the same line
        for (String frame : frames) assertThat(frame).matches("\\[[#.]{10}] [0-9,]+/[0-9,]+\\+? files  .* ETA [-0-9:]+");
    }
}
