package org.custodian.scan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.custodian.corpus.tree.Format;
import org.custodian.corpus.tree.SampleTree;
import org.custodian.engine.InfoType;
import org.custodian.store.Store;
import org.custodian.store.findings.FileWithFindings;
import org.custodian.store.findings.StoredFinding;

/**
 * Scans a generated sample tree end to end (real extractor, engine from the default configuration,
 * H2 in memory) and compares the findings with the tree's manifest, per format of the file or
 * member and per infoType. See docs/accuracy.md, "File scans by format".
 *
 * <p>A finding belongs to the manifest entry whose path is the longest prefix of its part path at a
 * part boundary ({@code a.zip!/b.xlsx!/Sheet1} belongs to {@code a.zip!/b.xlsx}). Recall counts
 * planted values found, capped per entry and infoType: min(findings, planted) / planted. An
 * unexpected finding is one of an infoType the entry holds none of — the precision proxy.
 */
final class FormatAccuracy {
    /** Counts for one format (or one format and infoType). */
    static final class Score {
        int planted;
        int found;
        int findings;
        int unexpected;

        double recall() {
            return planted == 0 ? 1.0 : (double) found / planted;
        }

        double unexpectedShare() {
            return findings == 0 ? 0.0 : (double) unexpected / findings;
        }
    }

    /** A planted value's entry and type that was not fully found, for reading the misses. */
    record Miss(String entry, InfoType type, int planted, int found) {
    }

    final Map<Format, Score> byFormat = new TreeMap<>();
    final Map<String, Score> byFormatAndType = new TreeMap<>();
    final List<Miss> misses = new ArrayList<>();
    final List<String> unexpected = new ArrayList<>();

    static FormatAccuracy measure(int files, long seed, Path dir) throws IOException {
        SampleTree.Summary tree = SampleTree.generate(dir.resolve("share"), files, seed);
        Files.delete(tree.manifest()); // not itself part of the share being measured
        try (Store store = Store.open(Store.memoryUrl("accuracy-" + seed + "-" + System.nanoTime()))) {
            ScanFixture fixture = new ScanFixture(store);
            ScanRequest request = ScanFixture.request(tree.root());
            long scanId = fixture.scan("accuracy").run(request, new ScanListener() {
            }).scanId();
            return compare(tree, fixture.files(scanId));
        }
    }

    static FormatAccuracy compare(SampleTree.Summary tree, List<FileWithFindings> scanned) {
        Map<String, SampleTree.Entry> entries = new HashMap<>();
        for (SampleTree.WrittenFile f : tree.files()) {
            for (SampleTree.Entry e : f.entries()) entries.put(e.path(), e);
        }
        String root = tree.root().toString() + "/";
        Map<String, Map<InfoType, Integer>> foundCounts = new HashMap<>();
        FormatAccuracy a = new FormatAccuracy();
        for (FileWithFindings file : scanned) {
            for (StoredFinding finding : file.findings()) {
                String part = finding.partPath().startsWith(root) ? finding.partPath().substring(root.length()) : finding.partPath();
                SampleTree.Entry entry = owner(entries, part);
                if (entry == null) continue; // a file the generator did not list (none expected)
                foundCounts.computeIfAbsent(entry.path(), k -> new HashMap<>()).merge(finding.infoType(), 1, Integer::sum);
            }
        }
        for (SampleTree.Entry e : entries.values()) {
            Map<InfoType, Integer> found = foundCounts.getOrDefault(e.path(), Map.of());
            Score format = a.byFormat.computeIfAbsent(e.format(), k -> new Score());
            for (Map.Entry<InfoType, Integer> planted : e.expected().entrySet()) {
                if (planted.getValue() == 0) continue;
                int hit = Math.min(planted.getValue(), found.getOrDefault(planted.getKey(), 0));
                Score typed = a.byFormatAndType.computeIfAbsent(key(e.format(), planted.getKey()), k -> new Score());
                format.planted += planted.getValue();
                typed.planted += planted.getValue();
                format.found += hit;
                typed.found += hit;
                if (hit < planted.getValue()) a.misses.add(new Miss(e.path(), planted.getKey(), planted.getValue(), hit));
            }
            for (Map.Entry<InfoType, Integer> f : found.entrySet()) {
                format.findings += f.getValue();
                if (e.expected().getOrDefault(f.getKey(), 0) == 0) {
                    format.unexpected += f.getValue();
                    a.byFormatAndType.computeIfAbsent(key(e.format(), f.getKey()), k -> new Score()).unexpected += f.getValue();
                    a.unexpected.add(e.path() + " " + f.getKey().name() + " x" + f.getValue());
                }
            }
        }
        a.misses.sort(Comparator.comparing(Miss::entry));
        return a;
    }

    private static String key(Format format, InfoType type) {
        return format.extension() + " " + type.name();
    }

    /** The entry a part belongs to: itself, or the nearest enclosing entry at a "!/" boundary. */
    private static SampleTree.Entry owner(Map<String, SampleTree.Entry> entries, String part) {
        String path = part;
        while (true) {
            SampleTree.Entry e = entries.get(path);
            if (e != null) return e;
            int bang = path.lastIndexOf("!/");
            if (bang < 0) return null;
            path = path.substring(0, bang);
        }
    }

    void print(PrintStream out, boolean details) {
        out.println("| format | planted values | recall | findings | of a type the file does not hold |");
        out.println("|---|---:|---:|---:|---:|");
        byFormat.forEach((format, s) -> {
            if (s.planted + s.findings > 0) out.printf(Locale.ROOT, "| %s | %d | %.2f | %d | %d |%n",
                    format.extension(), s.planted, floor(s.recall()), s.findings, s.unexpected);
        });
        if (!details) return;
        out.println();
        out.println("| format, infoType (recall below 1.00 or unexpected findings) | planted | recall | unexpected |");
        out.println("|---|---:|---:|---:|");
        byFormatAndType.forEach((key, s) -> {
            if (s.recall() < 1.0 || s.unexpected > 0) out.printf(Locale.ROOT, "| %s | %d | %.2f | %d |%n",
                    key, s.planted, floor(s.recall()), s.unexpected);
        });
    }

    static double floor(double value) {
        return Math.floor(value * 100) / 100;
    }

    /** {@code java ... FormatAccuracy FILES SEED [misses]}: the table, and each miss when asked. */
    public static void main(String[] args) throws IOException {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261124L;
        Path dir = Files.createTempDirectory("custodian-accuracy-");
        FormatAccuracy a = measure(files, seed, dir);
        a.print(System.out, true);
        if (args.length > 2) {
            System.out.println();
            a.misses.forEach(m -> System.out.println("miss " + m));
            a.unexpected.forEach(u -> System.out.println("unexpected " + u));
            System.out.println("tree kept in " + dir);
        }
    }
}
