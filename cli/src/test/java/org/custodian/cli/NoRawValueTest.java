package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.custodian.engine.Canonical;
import org.custodian.engine.Engine;
import org.custodian.engine.Likelihood;
import org.custodian.engine.ValueHasher;
import org.custodian.engine.json.FindingJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the detectors find, neither FindingJson nor detect's output contains a raw value, in
 * the spelling found or in its canonical forms. Runs over every built-in at the lowest threshold.
 */
class NoRawValueTest {
    private static final Path LETTER = Path.of("..", "docs", "examples", "letter.txt");

    @TempDir
    Path home;

    @Test
    void findingJsonNeverCarriesTheValue() throws IOException {
        Engine engine = EngineAssembly.build(null, Likelihood.VERY_UNLIKELY, Set.of(), new ValueHasher(new byte[32]));
        List<String> raws = new ArrayList<>();
        StringBuilder json = new StringBuilder();
        engine.scan(Files.readString(LETTER), (finding, matched) -> {
            raws.add(matched.toString());
            FindingJson.write(finding, true, json);
            json.append('\n');
        });
        assertThat(raws).isNotEmpty();
        for (String raw : raws) assertAbsent(json.toString(), raw);
    }

    @Test
    void detectPrintsNoValueEvenAtTheLowestThreshold() throws IOException {
        assertThat(new CliRunner(home).run("init").exit()).isZero();
        CliRunner.Result r = new CliRunner(home).run("detect", "--min-likelihood", "VERY_UNLIKELY", LETTER.toString());
        Engine engine = EngineAssembly.build(null, Likelihood.VERY_UNLIKELY, Set.of(), null);
        List<String> raws = new ArrayList<>();
        engine.scan(Files.readString(LETTER), (finding, matched) -> raws.add(matched.toString()));
        assertThat(r.lines()).hasSize(raws.size());
        for (String raw : raws) assertAbsent(r.out() + r.err(), raw);
    }

    private static void assertAbsent(String output, String raw) {
        assertThat(output).doesNotContain(raw);
        String digits = Canonical.digitsOnly(raw);
        if (digits.length() >= 6) assertThat(output).doesNotContain(digits);
        String alnum = Canonical.upperAlnum(raw);
        if (alnum.length() >= 6) assertThat(output.toUpperCase(java.util.Locale.ROOT)).doesNotContain(alnum);
    }
}
