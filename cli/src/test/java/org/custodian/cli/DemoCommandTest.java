package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.custodian.corpus.tree.SampleTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path work;

    private static long regularFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void writesTheTreeAndSaysWhatToRunNext() throws Exception {
        Path dir = work.resolve("share");
        CliRunner.Result r = new CliRunner(home).run("demo", dir.toString(), "--files", "40", "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(regularFiles(dir)).isEqualTo(41); // and the manifest
        assertThat(dir.resolve(SampleTree.MANIFEST)).exists();
        assertThat(r.out()).contains("Writing 40 files to " + dir + " (seed 7)", "Wrote 40 files", "docx", "world-readable", "UK_NHS_NUMBER")
                .contains("Next: ./custodian scan " + dir);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void refusesANonEmptyDirectoryUnlessForced() throws Exception {
        Path dir = Files.createDirectories(work.resolve("busy"));
        Files.writeString(dir.resolve("keep.txt"), "mine");
        CliRunner.Result refused = new CliRunner(home).run("demo", dir.toString(), "--files", "20");
        assertThat(refused.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(refused.err()).contains("not empty", "--force");
        assertThat(regularFiles(dir)).isEqualTo(1);

        CliRunner.Result forced = new CliRunner(home).run("demo", dir.toString(), "--files", "20", "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(regularFiles(dir)).isEqualTo(22);
        assertThat(dir.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void runningItAgainKeepsTheShareItWrote() throws Exception {
        Path dir = work.resolve("again");
        assertThat(new CliRunner(home).run("demo", dir.toString(), "--files", "20").exit()).isZero();
        String manifest = Files.readString(dir.resolve(SampleTree.MANIFEST));
        CliRunner.Result again = new CliRunner(home).run("demo", dir.toString(), "--files", "20");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("already holds a sample share", "Next: ./custodian scan " + dir);
        assertThat(Files.readString(dir.resolve(SampleTree.MANIFEST))).isEqualTo(manifest);
    }

    @Test
    void sameSeedSameManifestAndAPathWithSpacesIsQuotedInTheHint() throws Exception {
        Path a = work.resolve("a b");
        Path b = work.resolve("c");
        CliRunner.Result first = new CliRunner(home).run("demo", a.toString(), "--files", "25", "--seed", "3");
        new CliRunner(home).run("demo", b.toString(), "--files", "25", "--seed", "3");
        assertThat(Files.readString(a.resolve(SampleTree.MANIFEST))).isEqualTo(Files.readString(b.resolve(SampleTree.MANIFEST)));
        assertThat(first.out()).contains("Next: ./custodian scan '" + a + "'");
    }

    @Test
    void rejectsNonsense() throws Exception {
        Path file = Files.writeString(work.resolve("f"), "x");
        assertThat(new CliRunner(home).run("demo", file.toString()).err()).contains("not a directory");
        assertThat(new CliRunner(home).run("demo", work.resolve("z").toString(), "--files", "0").exit()).isEqualTo(ExitCodes.ERROR);
    }
}
