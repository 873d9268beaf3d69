package org.custodian.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.custodian.engine.Detector;
import org.custodian.engine.Engine;
import org.custodian.engine.InfoType;
import org.custodian.engine.ValueHasher;
import org.custodian.engine.detectors.BuiltInDetectors;
import org.custodian.engine.validate.PhoneNumbers;

/**
 * Single-thread throughput of the default detector pack over a generated mixed corpus, with ripgrep's
 * NHS-number regex on the same file as the yardstick, and the cost of each detector.
 *
 * <p>Timed configurations run interleaved (one round of every configuration, then the next round)
 * and each reports its median, so a burst of load from elsewhere on a shared machine hits all of
 * them alike instead of skewing one. MB means 10^6 bytes of the UTF-8 file.
 *
 * <p>Usage: {@code bench/run.sh [--mb 200] [--seed N] [--sensitive-share 0..1] [--runs 5] [--detector-mb 50]
 * [--detector-runs 3] [--no-detectors] [--out bench/out]}. {@code --sensitive-share} is the corpus
 * generator's density knob (the share of documents holding personal data); without it the
 * generator's default document weights apply.
 */
public final class Throughput {
    private Throughput() {
    }

    /** What to run; {@code detectorMb == 0} skips the per-detector table. */
    public record Options(Path outDir, long mb, long seed, double sensitiveShare, int warmups, int runs,
                          long detectorMb, int detectorRuns) {
        public static Options defaults() {
            return new Options(Path.of("bench", "out"), 200, 20261123L, -1, 2, 5, 50, 3);
        }

        Path corpusFile() {
            String share = sensitiveShare < 0 ? "" : String.format(java.util.Locale.ROOT, "-share%.2f", sensitiveShare);
            return outDir.resolve("corpus-seed" + seed + "-" + mb + "MB" + share + "-gen"
                    + ScanBench.generatorFingerprint() + ".txt");
        }
    }

    /** Medians of one configuration. */
    public record Timing(String name, double mbPerSecond, double wallMbPerSecond, long findings) {
    }

    /** One detector's cost, measured alone over the bare pass and as the pack minus it. */
    public record DetectorCost(String id, double aloneMbPerSecond, double aloneNsPerByte, long aloneFindings,
                               double withoutMbPerSecond, double shareOfPack) {
    }

    public record Result(long corpusBytes, long labels, Map<String, Long> mix, long findings, Map<String, Long> byType,
                         List<Timing> timings, List<DetectorCost> detectors,
                         double hmacNanos) {
        public double findingsPerMb() {
            return findings / mb(corpusBytes);
        }

        public Timing timing(String name) {
            return timings.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        }

        /** The yardstick's timing, or null when ripgrep is not installed. */
        public Timing ripgrep() {
            return timings.stream().filter(t -> t.name().equals(RIPGREP)).findFirst().orElse(null);
        }
    }

    static final String DECODE = "UTF-8 decode only";
    static final String BARE = "engine, no detectors";
    static final String PACK_NO_HASH = "full pack, no HMAC";
    static final String PACK = "full pack (real path)";
    static final String RIPGREP = "rg -j1 -c '" + ScanBench.NHS_REGEX + "'";
    static final String RIPGREP_ASCII = "rg -j1 -c --no-unicode (ASCII \\b), same regex";

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        run(o, System.out);
    }

    static Options parse(String[] args) {
        Options d = Options.defaults();
        Path out = d.outDir();
        long mb = d.mb();
        long seed = d.seed();
        double share = d.sensitiveShare();
        int warmups = d.warmups();
        int runs = d.runs();
        long detectorMb = d.detectorMb();
        int detectorRuns = d.detectorRuns();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = Path.of(args[++i]);
                case "--mb" -> mb = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--sensitive-share" -> share = Double.parseDouble(args[++i]);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--detector-mb" -> detectorMb = Long.parseLong(args[++i]);
                case "--detector-runs" -> detectorRuns = Integer.parseInt(args[++i]);
                case "--no-detectors" -> detectorMb = 0;
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (options: --mb --seed --sensitive-share --runs --warmups --detector-mb --detector-runs"
                        + " --no-detectors --out)");
            }
        }
        return new Options(out, mb, seed, share, warmups, runs, detectorMb, detectorRuns);
    }

    public static Result run(Options o, PrintStream log) throws IOException, InterruptedException {
        List<Detector> pack = BuiltInDetectors.all();
        log.println("# Custodian throughput, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        log.println();
        log.println("- machine: " + machine());
        log.println("- load average at start: " + loadAverage());

        Path file = o.corpusFile();
        Properties made = ScanBench.ensureCorpus(file, o.seed(), o.mb() * 1_000_000L, o.sensitiveShare());
        long bytes = Files.size(file);
        long documents = Long.parseLong(made.getProperty("documents", "0"));
        long labels = Long.parseLong(made.getProperty("labels", "0"));
        log.printf("- corpus: %s, %.1f MB, seed %d, %s (generated in %s s%s)%n", file, mb(bytes), o.seed(),
                made.getProperty("generator"), made.getProperty("generationSeconds"),
                Boolean.parseBoolean(made.getProperty("cached")) ? ", cached from an earlier run" : "");
        log.printf("- generator's count: %d documents (mean %.1f KB), %d labelled values (%.0f per MB), %s hard negatives%n",
                documents, documents == 0 ? 0 : bytes / 1e3 / documents, labels, labels / mb(bytes),
                made.getProperty("hardNegatives"));
        Map<String, Long> mix = ScanBench.profile(file);
        log.println("- mix by line shape: " + mixLine(mix, bytes));
        log.println("- detectors (" + pack.size() + "): " + String.join(", ", pack.stream().map(Detector::id).toList()));
        log.println("- JVM: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        log.println();

        Engine full = ScanBench.engine(pack, true);
        long phoneParses = PhoneNumbers.parseCalls();
        ScanBench.Scan density = ScanBench.scan(full, file, Long.MAX_VALUE);
        phoneParses = PhoneNumbers.parseCalls() - phoneParses;
        log.printf("## Density at threshold %s: %d findings, %.0f per MB%n%n", ScanBench.THRESHOLD,
                density.findings(), density.findings() / mb(bytes));
        log.println("| infoType | findings | per MB |");
        log.println("|---|---:|---:|");
        density.byType().forEach((type, n) -> log.printf("| %s | %d | %.1f |%n", type, n, n / mb(bytes)));
        log.println();
        log.printf("libphonenumber parse calls in one full-pack scan: %d (%.0f per MB)%n%n", phoneParses,
                phoneParses / mb(bytes));

        Map<String, Engine> configs = new LinkedHashMap<>();
        configs.put(BARE, ScanBench.engine(List.of(), true));
        configs.put(PACK_NO_HASH, ScanBench.engine(pack, false));
        configs.put(PACK, full);
        for (int w = 0; w < o.warmups(); w++) {
            for (Engine e : configs.values()) ScanBench.scan(e, file, Long.MAX_VALUE);
        }
        Map<String, double[]> cpuRates = new LinkedHashMap<>();
        Map<String, double[]> wallRates = new LinkedHashMap<>();
        Map<String, Long> found = new LinkedHashMap<>();
        for (String k : List.of(DECODE, BARE, PACK_NO_HASH, PACK, RIPGREP, RIPGREP_ASCII)) {
            cpuRates.put(k, new double[o.runs()]);
            wallRates.put(k, new double[o.runs()]);
        }
        boolean haveRg = true;
        for (int r = 0; r < o.runs(); r++) {
            ScanBench.Scan d = ScanBench.decodeOnly(file, Long.MAX_VALUE);
            cpuRates.get(DECODE)[r] = d.mbPerCpuSecond();
            wallRates.get(DECODE)[r] = d.mbPerSecond();
            for (var e : configs.entrySet()) {
                ScanBench.Scan s = ScanBench.scan(e.getValue(), file, Long.MAX_VALUE);
                cpuRates.get(e.getKey())[r] = s.mbPerCpuSecond();
                wallRates.get(e.getKey())[r] = s.mbPerSecond();
                found.put(e.getKey(), s.findings());
            }
            for (String rg : List.of(RIPGREP, RIPGREP_ASCII)) {
                ScanBench.Grep g = haveRg ? ScanBench.ripgrep(file, rg.equals(RIPGREP_ASCII)) : null;
                if (g == null) {
                    haveRg = false;
                } else {
                    cpuRates.get(rg)[r] = g.mbPerCpuSecond();
                    wallRates.get(rg)[r] = g.mbPerSecond();
                    found.put(rg, g.matchingLines());
                }
            }
        }
        if (!haveRg) {
            for (String rg : List.of(RIPGREP, RIPGREP_ASCII)) {
                cpuRates.remove(rg);
                wallRates.remove(rg);
            }
        }
        List<Timing> timings = new ArrayList<>();
        cpuRates.forEach((k, v) -> timings.add(
                new Timing(k, median(v), median(wallRates.get(k)), found.getOrDefault(k, 0L))));

        log.printf("## Throughput, one thread, median of %d runs (%d warm-up)%n%n", o.runs(), o.warmups());
        log.println("MB/s per core = MB / CPU-seconds (scanning thread + GC; ripgrep: its user + system time), which");
        log.println("a busy shared machine disturbs far less than wall time; wall-clock MB/s is shown beside it.");
        log.println();
        log.println("| configuration | MB/s per core | wall MB/s | findings (rg: matching lines) | runs, MB/s per core |");
        log.println("|---|---:|---:|---:|---|");
        for (Timing t : timings) {
            log.printf("| %s | %.1f | %.1f | %d | %s |%n", t.name(), t.mbPerSecond(), t.wallMbPerSecond(),
                    t.findings(), runs(cpuRates.get(t.name())));
        }
        if (!haveRg) {
            log.println();
            log.println("ripgrep (rg) is not installed: yardstick skipped (Debian: apt-get install -y ripgrep).");
        }
        log.println();

        double hmacNanos = hmacNanos();
        double packNsPerByte = 1e3 / timings.stream().filter(t -> t.name().equals(PACK)).findFirst().orElseThrow()
                .mbPerSecond();
        double hmacNsPerByte = hmacNanos * density.findings() / bytes;
        log.printf("HMAC-SHA256 per finding: %.0f ns; at this density %.3f ns/byte = %.1f%% of the full pack's time.%n%n",
                hmacNanos, hmacNsPerByte, 100 * hmacNsPerByte / packNsPerByte);

        List<DetectorCost> costs = o.detectorMb() > 0 ? detectorCosts(pack, file, o, log) : List.of();
        log.println("- load average at end: " + loadAverage());
        return new Result(bytes, labels, mix, density.findings(), density.byType(), timings, costs, hmacNanos);
    }

    /**
     * Each detector alone (its cost over the bare pass) and the pack without it (its share of the
     * pack), on a prefix of the corpus so the table takes minutes, not tens of minutes.
     */
    private static List<DetectorCost> detectorCosts(List<Detector> pack, Path file, Options o, PrintStream log)
            throws IOException {
        long max = Math.min(o.detectorMb() * 1_000_000L, Files.size(file));
        Engine bare = ScanBench.engine(List.of(), true);
        Engine full = ScanBench.engine(pack, true);
        int n = pack.size();
        Engine[] alone = new Engine[n];
        Engine[] without = new Engine[n];
        for (int i = 0; i < n; i++) {
            alone[i] = ScanBench.engine(List.of(pack.get(i)), true);
            List<Detector> rest = new ArrayList<>(pack);
            rest.remove(i);
            without[i] = ScanBench.engine(rest, true);
        }
        int runs = o.detectorRuns();
        long[] bareNs = new long[runs];
        long[] fullNs = new long[runs];
        long[][] aloneNs = new long[n][runs];
        long[][] withoutNs = new long[n][runs];
        long[] aloneFound = new long[n];
        for (int i = 0; i < n; i++) ScanBench.scan(alone[i], file, max); // warm each detector's code
        for (int r = 0; r < runs; r++) {
            bareNs[r] = ScanBench.scan(bare, file, max).cpuNanos();
            fullNs[r] = ScanBench.scan(full, file, max).cpuNanos();
            for (int i = 0; i < n; i++) {
                ScanBench.Scan s = ScanBench.scan(alone[i], file, max);
                aloneNs[i][r] = s.cpuNanos();
                aloneFound[i] = s.findings();
                if (n > 1) withoutNs[i][r] = ScanBench.scan(without[i], file, max).cpuNanos();
            }
        }
        double bareT = median(bareNs);
        double fullT = median(fullNs);
        log.printf("## Cost per detector, first %.0f MB, median of %d runs%n%n", mb(max), runs);
        log.printf("Bare pass (decode + dispatch, no detectors): %.1f MB/s per core; full pack: %.1f MB/s per core.%n",
                mb(max) / (bareT / 1e9), mb(max) / (fullT / 1e9));
        log.println("\"alone\" is the pack of that one detector; \"extra ns/byte\" is its time over the bare pass;");
        log.println("\"share\" is how much of the full pack's time goes away without it.");
        log.println();
        log.println("| detector | alone MB/s per core | extra ns/byte | findings alone | pack without it MB/s | share of pack |");
        log.println("|---|---:|---:|---:|---:|---:|");
        List<DetectorCost> costs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = median(aloneNs[i]);
            double wo = n > 1 ? median(withoutNs[i]) : bareT;
            DetectorCost c = new DetectorCost(pack.get(i).id(), mb(max) / (a / 1e9), (a - bareT) / max,
                    aloneFound[i], mb(max) / (wo / 1e9), (fullT - wo) / fullT);
            costs.add(c);
        }
        costs.sort((x, y) -> Double.compare(y.aloneNsPerByte(), x.aloneNsPerByte()));
        for (DetectorCost c : costs) {
            log.printf("| %s | %.1f | %.3f | %d | %.1f | %.1f%% |%n", c.id(), c.aloneMbPerSecond(),
                    c.aloneNsPerByte(), c.aloneFindings(), c.withoutMbPerSecond(), 100 * c.shareOfPack());
        }
        log.println();
        return costs;
    }

    /** CPU nanoseconds per keyed hash of a typical canonical value, as {@code Engine.finish} makes it. */
    static double hmacNanos() {
        ValueHasher h = new ValueHasher(ScanBench.TEST_KEY);
        String[] values = new String[1024];
        for (int i = 0; i < values.length; i++) values[i] = Long.toString(9_434_765_000L + i * 7919L);
        int sink = 0;
        for (int i = 0; i < 200_000; i++) sink += h.hash(InfoType.UK_NHS_NUMBER, values[i & 1023]).hex().length();
        int n = 500_000;
        long c0 = ScanBench.cpuNow();
        for (int i = 0; i < n; i++) sink += h.hash(InfoType.UK_NHS_NUMBER, values[i & 1023]).hex().length();
        long nanos = ScanBench.cpuNow() - c0;
        if (sink == 42) System.out.print("");
        return (double) nanos / n;
    }

    static double mb(long bytes) {
        return bytes / 1e6;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double median(long[] v) {
        return median(Arrays.stream(v).asDoubleStream().toArray());
    }

    private static String runs(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double x : v) b.append(b.length() == 0 ? "" : " ").append(String.format("%.0f", x));
        return b.toString();
    }

    private static String mixLine(Map<String, Long> mix, long bytes) {
        StringBuilder b = new StringBuilder();
        mix.forEach((k, v) -> {
            if (k.equals("lines") || k.equals("blank")) return;
            b.append(b.length() == 0 ? "" : ", ").append(String.format("%s %.0f%%", k, 100.0 * v / bytes));
        });
        return b + String.format(" of bytes; %d lines", mix.getOrDefault("lines", 0L));
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: the CPU model is only informative
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", Java "
                + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
