package org.custodian.bench;

import java.io.BufferedWriter;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.io.Writer;
import java.util.Properties;
import org.custodian.corpus.CorpusGenerator;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.custodian.engine.Detector;
import org.custodian.engine.Engine;
import org.custodian.engine.Likelihood;
import org.custodian.engine.ScanStats;
import org.custodian.engine.ValueHasher;

/**
 * The measuring primitives of the benchmark: making the corpus file, scanning it through the real
 * path (UTF-8 bytes from a file, {@code Engine.scanUtf8}, findings finished with masking and a keyed
 * hash), decoding it alone, and timing ripgrep on it.
 */
final class ScanBench {
    /** Fixed, obviously-not-secret key: the bench must hash like production, never with a real key. */
    static final byte[] TEST_KEY = new byte[32];

    static {
        for (int i = 0; i < TEST_KEY.length; i++) TEST_KEY[i] = (byte) (0xB0 + i);
    }

    /** The yardstick: the NHS number as one regex, spaced, hyphenated or bare. */
    static final String NHS_REGEX = "\\b[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}\\b";

    /** The default CLI threshold; findings below it are neither hashed nor counted. */
    static final Likelihood THRESHOLD = Likelihood.LIKELY;

    private ScanBench() {
    }

    /**
     * Generates the corpus at {@code file} with the corpus module's bulk mode unless it is already
     * there (the file name carries seed and size). The generator's own counts are kept beside it in
     * a {@code .properties} file, so a cached corpus still reports them. Returns those counts.
     */
    static Properties ensureCorpus(Path file, long seed, long targetBytes, double sensitiveShare) throws IOException {
        Path meta = file.resolveSibling(file.getFileName() + ".properties");
        Properties p = new Properties();
        if (Files.isRegularFile(file) && Files.size(file) >= targetBytes && Files.isRegularFile(meta)) {
            try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            p.setProperty("cached", "true");
            return p;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        long t0 = System.nanoTime();
        CorpusGenerator.MixStats stats;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
            stats = CorpusGenerator.writeMixed(seed, targetBytes, out, sensitiveShare);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        p.setProperty("generator", "org.custodian.corpus.CorpusGenerator.writeMixed, " + (sensitiveShare < 0
                ? "default document weights" : "sensitive-document share " + sensitiveShare));
        p.setProperty("generatorFingerprint", generatorFingerprint());
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("bytes", Long.toString(stats.bytes()));
        p.setProperty("documents", Long.toString(stats.documents()));
        p.setProperty("labels", Long.toString(stats.labels()));
        p.setProperty("hardNegatives", Long.toString(stats.hardNegatives()));
        p.setProperty("generationSeconds", String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        try (Writer w = Files.newBufferedWriter(meta, StandardCharsets.UTF_8)) {
            p.store(w, "what the corpus generator wrote");
        }
        p.setProperty("cached", "false");
        return p;
    }

    /**
     * A fingerprint of the corpus module's compiled classes, part of the corpus file's name: when the
     * generator changes, the benchmark makes a new corpus instead of reusing one it can no longer
     * reproduce.
     */
    static String generatorFingerprint() {
        CRC32 crc = new CRC32();
        try {
            Path code = Path.of(CorpusGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (var files = Files.walk(code)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        crc.update(Files.readAllBytes(f));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(code.toFile())) {
                    for (JarEntry e : jar.stream().filter(e -> e.getName().endsWith(".class"))
                            .sorted(Comparator.comparing(JarEntry::getName)).toList()) {
                        try (InputStream in = jar.getInputStream(e)) {
                            crc.update(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
        return String.format("%08x", crc.getValue());
    }

    static Engine engine(List<Detector> detectors, boolean hashing) {
        Engine.Builder b = Engine.builder().addAll(detectors).minLikelihood(THRESHOLD);
        if (hashing) b.hasher(new ValueHasher(TEST_KEY));
        return b.build();
    }

    /**
     * One scan's outcome: bytes read, wall time, CPU time (see {@link #cpuNow()}), findings per
     * infoType.
     */
    record Scan(long bytes, long nanos, long cpuNanos, long findings, Map<String, Long> byType) {
        double mbPerSecond() {
            return Throughput.mb(bytes) / (nanos / 1e9);
        }

        /** Throughput per CPU-second: what one core does, whatever else is running on the machine. */
        double mbPerCpuSecond() {
            return Throughput.mb(bytes) / (cpuNanos / 1e9);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * CPU time charged to a scan: the scanning thread's own CPU time (nanosecond resolution, unlike
     * the process clock's 10 ms ticks) plus garbage collection time, which the serial collector
     * spends on behalf of the scan in another thread.
     */
    static long cpuNow() {
        long gcMillis = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        return THREADS.getCurrentThreadCpuTime() + gcMillis * 1_000_000L;
    }

    /** Scans the first {@code maxBytes} of the file the way the CLI scans a UTF-8 file. */
    static Scan scan(Engine engine, Path file, long maxBytes) throws IOException {
        Map<String, long[]> counts = new TreeMap<>();
        long c0 = cpuNow();
        long t0 = System.nanoTime();
        ScanStats stats;
        try (InputStream in = limited(Files.newInputStream(file), maxBytes)) {
            stats = engine.scanUtf8(in, (f, raw) ->
                    counts.computeIfAbsent(f.infoType().name(), k -> new long[1])[0]++);
        }
        long nanos = System.nanoTime() - t0;
        long cpu = cpuNow() - c0;
        Map<String, Long> byType = new TreeMap<>();
        counts.forEach((k, v) -> byType.put(k, v[0]));
        return new Scan(stats.bytes(), nanos, cpu, stats.findings(), byType);
    }

    /** The floor under any scan: reading and UTF-8 decoding with the same buffer sizes, no engine. */
    static Scan decodeOnly(Path file, long maxBytes) throws IOException {
        char[] buf = new char[1 << 16];
        long c0 = cpuNow();
        long t0 = System.nanoTime();
        long chars = 0;
        try (Reader r = new InputStreamReader(limited(Files.newInputStream(file), maxBytes),
                StandardCharsets.UTF_8.newDecoder())) {
            int n;
            while ((n = r.read(buf)) > 0) chars += n;
        }
        long nanos = System.nanoTime() - t0;
        long cpu = cpuNow() - c0;
        return new Scan(Math.min(Files.size(file), maxBytes), nanos, cpu, 0, Map.of("chars", chars));
    }

    /** Bytes of the corpus by line shape: JSON lines, delimited rows, prose; and the line count. */
    static Map<String, Long> profile(Path file) throws IOException {
        Map<String, Long> mix = new TreeMap<>();
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long count = 0;
            while ((line = lines.readLine()) != null) {
                count++;
                String kind;
                if (line.isBlank()) kind = "blank";
                else if (line.startsWith("{")) kind = "json log lines";
                else if (delimiters(line) >= 3 && line.indexOf(". ") < 0) kind = "csv rows";
                else kind = "prose / letters";
                mix.merge(kind, (long) line.length() + 1, Long::sum);
            }
            mix.put("lines", count);
        }
        return mix;
    }

    private static int delimiters(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ',' || c == '\t' || c == '|' || c == ';') n++;
        }
        return n;
    }

    /** What one ripgrep run did: matching lines, wall time (process start included) and its CPU time. */
    record Grep(long matchingLines, long nanos, long cpuNanos, long bytes) {
        double mbPerSecond() {
            return Throughput.mb(bytes) / (nanos / 1e9);
        }

        double mbPerCpuSecond() {
            return Throughput.mb(bytes) / (cpuNanos / 1e9);
        }
    }

    /**
     * {@code rg -j1 -c NHS_REGEX file}, or null when ripgrep is not installed. It runs under bash so
     * that {@code times} can report ripgrep's own user + system CPU time. {@code asciiOnly} adds
     * {@code --no-unicode}: ripgrep's Unicode-aware {@code \b} (its default) keeps it off its fastest
     * engine on digit-heavy text, about four times slower here.
     */
    static Grep ripgrep(Path file, boolean asciiOnly) throws IOException, InterruptedException {
        if (!ripgrepInstalled()) return null;
        String flags = asciiOnly ? "-j1 -c --no-unicode" : "-j1 -c";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "rg " + flags + " \"$0\" \"$1\" || exit 1; times",
                NHS_REGEX, file.toString()).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("ripgrep did not finish");
        }
        long nanos = System.nanoTime() - t0;
        if (p.exitValue() != 0 || out.size() < 3) throw new IOException("ripgrep failed: " + out);
        // times prints the shell's own user/sys line, then its children's: "0m0.483s 0m0.068s"
        String[] children = out.get(out.size() - 1).trim().split("\\s+");
        long cpu = duration(children[0]) + duration(children[1]);
        return new Grep(Long.parseLong(out.get(0).trim()), nanos, cpu, Files.size(file));
    }

    private static boolean ripgrepInstalled() {
        try {
            Process p = new ProcessBuilder("rg", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** bash's {@code 1m2.345s} as nanoseconds. */
    private static long duration(String minutesSeconds) {
        int m = minutesSeconds.indexOf('m');
        long minutes = Long.parseLong(minutesSeconds.substring(0, m));
        double seconds = Double.parseDouble(minutesSeconds.substring(m + 1, minutesSeconds.length() - 1));
        return minutes * 60_000_000_000L + Math.round(seconds * 1e9);
    }

    /** A stream that ends after {@code max} bytes, so a prefix of the corpus can be scanned in place. */
    static InputStream limited(InputStream in, long max) {
        if (max == Long.MAX_VALUE) return in;
        return new FilterInputStream(in) {
            long left = max;

            @Override
            public int read() throws IOException {
                if (left <= 0) return -1;
                int c = super.read();
                if (c >= 0) left--;
                return c;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) return -1;
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) left -= n;
                return n;
            }
        };
    }
}
