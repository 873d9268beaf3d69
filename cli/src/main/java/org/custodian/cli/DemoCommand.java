package org.custodian.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custodian.corpus.tree.Exposure;
import org.custodian.corpus.tree.SampleTree;
import org.custodian.engine.InfoType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Write a sample file share with synthetic personal data to scan.",
            "Department folders with letters, exports, e-mails, spreadsheets, archives, logs and",
            "clean files; the personal data is synthetic (checksum-valid, never real). Some files",
            "are world-readable, writable or stale on purpose. The same seed always gives the same",
            "tree; DIR/manifest.csv lists what was planted where (docs/sample-tree.md)."})
final class DemoCommand implements Callable<Integer> {
    static final String DEFAULT_DIR = "custodian-demo";

    @ParentCommand
    CustodianCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Where to write it (default: ./" + DEFAULT_DIR + ").")
    Path dir;

    @Option(names = "--files", paramLabel = "N", description = "How many files (default: ${DEFAULT-VALUE}).")
    int files = SampleTree.DEMO_FILES;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = 20261124L;

    @Option(names = "--force", description = "Write into DIR even if it is not empty (files of the same names are replaced).")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (files < 1) throw new UserError("--files must be at least 1, not " + files);
        Path target = dir == null ? Path.of(DEFAULT_DIR) : dir;
        if (Files.exists(target) && !Files.isDirectory(target)) throw new UserError(target + " exists and is not a directory");
        if (!force && Files.isDirectory(target) && !isEmpty(target)) {
            if (Files.isRegularFile(target.resolve(SampleTree.MANIFEST))) {
                // the README's first command runs demo every time: a share already written is kept
                root.env().out().println(target + " already holds a sample share (" + SampleTree.MANIFEST
                        + "); keeping it (--force writes it again).");
                root.env().out().println();
                root.env().out().println("Next: ./custodian scan " + shellWord(target.toString()));
                return ExitCodes.OK;
            }
            throw new UserError(target + " is not empty; choose another directory or add --force");
        }
        quietPdfFontFallback();
        root.env().out().printf("Writing %d files to %s (seed %d)...%n", files, target, seed);
        long started = System.nanoTime();
        SampleTree.Summary tree = SampleTree.generate(target, files, seed);
        double seconds = (System.nanoTime() - started) / 1e9;
        print(root.env().out(), tree, target, seconds);
        return ExitCodes.OK;
    }

    /**
     * PDFBox warns once that no system font has Helvetica's exact glyphs: that matters for drawing
     * a page, not for writing one, and would be the only line on stderr. Only that class's logger
     * is quietened, and only if nobody configured it.
     */
    private static void quietPdfFontFallback() {
        String logger = "org.slf4j.simpleLogger.log.org.apache.pdfbox.pdmodel.font.PDType1Font";
        if (System.getProperty(logger) == null) System.setProperty(logger, "error");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private void print(PrintStream out, SampleTree.Summary tree, Path target, double seconds) {
        out.printf("Wrote %d files (%.1f MB) in %.1f s.%n", tree.files().size(), tree.bytes() / 1e6, seconds);
        out.println("Formats: " + tree.filesByFormat().entrySet().stream()
                .map(e -> e.getKey().extension() + " " + e.getValue()).collect(Collectors.joining(", ")));
        out.printf("Exposed on purpose: %d world-readable, %d group-writable, %d world-writable, %d not modified for %d years.%n",
                tree.count(Exposure.WORLD_READABLE), tree.count(Exposure.GROUP_WRITABLE),
                tree.count(Exposure.WORLD_WRITABLE), tree.stale(), SampleTree.STALE_YEARS);
        out.printf("Synthetic values planted (%d files and archive members hold some):%n", tree.entriesWithValues());
        for (Map.Entry<InfoType, Integer> e : tree.expectedTotals().entrySet()) {
            if (e.getValue() > 0) out.printf("  %-30s %8d%n", e.getKey().name(), e.getValue());
        }
        out.println("Per file: " + tree.manifest());
        out.println();
        out.println("Next: ./custodian scan " + shellWord(target.toString()));
    }

    /** The directory as one shell word, so the printed command can be pasted as it is. */
    static String shellWord(String s) {
        return s.matches("[A-Za-z0-9_./@%+=:,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
