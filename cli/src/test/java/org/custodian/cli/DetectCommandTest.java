package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectCommandTest {
    /** NHS Digital's published example number, grouped as people write it. */
    private static final String NHS = "943 476 5919";
    private static final String TEXT = "Dear patient,\nNHS number: " + NHS + "\nThanks";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path home;

    @BeforeEach
    void setUp() {
        home = tmp.resolve("home");
    }

    private CliRunner cli() {
        return new CliRunner(home);
    }

    private CliRunner initialised() {
        assertThat(cli().run("init").exit()).isZero();
        return cli();
    }

    @Test
    void printsOneJsonFindingPerLineWithAHashAndExitsOneWhenSomethingIsFound() throws IOException {
        CliRunner.Result r = initialised().stdin(TEXT).run("detect");
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.lines()).hasSize(1);
        JsonNode f = JSON.readTree(r.lines()[0]);
        assertThat(f.get("infoType").asText()).isEqualTo("UK_NHS_NUMBER");
        assertThat(f.get("likelihood").asText()).isEqualTo("VERY_LIKELY");
        assertThat(f.get("masked").asText()).isEqualTo("*** *** **19");
        assertThat(f.get("hash").asText()).matches("hmac-sha256:v1:[0-9a-f]{16}:[0-9a-f]{64}");
        JsonNode loc = f.get("location");
        assertThat(loc.get("offset").asLong()).isEqualTo(TEXT.indexOf(NHS));
        assertThat(loc.get("line").asLong()).isEqualTo(2);
        assertThat(loc.get("column").asInt()).isEqualTo("NHS number: ".length() + 1);
        assertThat(loc.get("byteOffset").asLong()).isEqualTo(TEXT.indexOf(NHS));
        assertThat(r.out()).doesNotContain(NHS).doesNotContain("9434765919");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void readsAFileAndReportsUtf8ByteOffsets() throws IOException {
        Path file = tmp.resolve("letter.txt");
        String text = "Zoë’s NHS number: " + NHS + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliRunner.Result r = initialised().run("detect", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode loc = JSON.readTree(r.lines()[0]).get("location");
        assertThat(loc.get("offset").asLong()).isEqualTo(text.indexOf(NHS));
        assertThat(loc.get("byteOffset").asLong())
                .isEqualTo(text.substring(0, text.indexOf(NHS)).getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void nothingFoundExitsZeroWithNoOutput() {
        CliRunner.Result r = initialised().stdin("nothing to see: order 12345, version 4.3.1\n").run("detect", "-");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void minLikelihoodFiltersWeakerFindings() {
        // a valid number with no context: below LIKELY, so only reported at a lower threshold
        String bare = "ref line 9434765919 end";
        CliRunner c = initialised();
        assertThat(c.stdin(bare).run("detect", "--min-likelihood", "VERY_LIKELY").exit()).isEqualTo(ExitCodes.OK);
        assertThat(c.stdin(bare).run("detect", "--min-likelihood", "very_unlikely").exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(c.stdin(bare).run("detect", "--min-likelihood", "SOMETIMES").exit()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void infoTypesFilterRefusesUnknownTypes() {
        CliRunner c = initialised();
        assertThat(c.stdin(TEXT).run("detect", "--info-types", "UK_NHS_NUMBER").exit()).isEqualTo(ExitCodes.FINDINGS);
        CliRunner.Result unknown = c.stdin(TEXT).run("detect", "--info-types", "MARTIAN_ID");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err()).contains("MARTIAN_ID").contains("custodian detectors");
        assertThat(c.stdin(TEXT).run("detect", "--info-types", "not a type").exit()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void withoutAKeyDetectStillWorksAndSaysFindingsCarryNoHash() {
        CliRunner.Result r = cli().stdin(TEXT).run("detect");
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).doesNotContain("\"hash\"");
        assertThat(r.err()).contains("no installation key").contains("custodian init").hasLineCount(1);
        assertThat(Files.exists(home)).as("detect never creates a key by itself").isFalse();

        CliRunner.Result strict = cli().stdin(TEXT).run("detect", "--with-hash");
        assertThat(strict.exit()).isEqualTo(ExitCodes.KEY);
    }

    @Test
    void noHashLeavesHashesOutAndDoesNotTouchTheKey() throws IOException {
        CliRunner c = initialised();
        Files.setPosixFilePermissions(home.resolve("installation.key"), PosixFilePermissions.fromString("rw-r--r--"));
        CliRunner.Result r = c.stdin(TEXT).run("detect", "--no-hash");
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).doesNotContain("\"hash\"");
        assertThat(c.stdin(TEXT).run("detect", "--no-hash", "--with-hash").exit()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anUnsafeKeyStopsDetectWithTheKeyExitCode() throws IOException {
        CliRunner c = initialised();
        Files.setPosixFilePermissions(home.resolve("installation.key"), PosixFilePermissions.fromString("rw-r--r--"));
        CliRunner.Result r = c.stdin(TEXT).run("detect");
        assertThat(r.exit()).isEqualTo(ExitCodes.KEY);
        assertThat(r.err()).contains("chmod 600");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void outputWritesTheLinesToAFileAndNothingToStandardOutput() throws IOException {
        Path out = tmp.resolve("findings.jsonl");
        CliRunner.Result r = initialised().stdin(TEXT).run("detect", "--output", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(1).allMatch(l -> l.contains("UK_NHS_NUMBER"));
        assertThat(Files.readString(out)).doesNotContain(NHS);
    }

    @Test
    void revealIsRefusedOffATerminalAndWithOutput() {
        CliRunner c = initialised();
        CliRunner.Result piped = c.stdin(TEXT).run("detect", "--reveal");
        assertThat(piped.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(piped.err()).contains("not a terminal");
        assertThat(piped.out()).doesNotContain(NHS);

        CliRunner.Result toFile = cli().terminal(p -> new char[0]).stdin(TEXT)
                .run("detect", "--reveal", "--output", tmp.resolve("x").toString());
        assertThat(toFile.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(Files.exists(tmp.resolve("x"))).isFalse();
    }

    @Test
    void revealOnATerminalShowsTheRawValueWithoutHashes() {
        CliRunner.Result r = initialised().terminal(p -> new char[0]).stdin(TEXT).run("detect", "--reveal");
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).isEqualTo("2:13\tUK_NHS_NUMBER\tVERY_LIKELY\t" + NHS + "\n");
    }

    @Test
    void missingFileIsAnError() {
        CliRunner.Result r = cli().run("detect", tmp.resolve("nope.txt").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("nope.txt");
        assertThat(cli().run("detect", tmp.toString()).exit()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void configurationAddsCustomDetectorsAndSwitchesOffBuiltIns() throws IOException {
        Path config = tmp.resolve("custodian.yaml");
        java.nio.file.Files.writeString(config, """
                version: 1
                detection:
                  disable: [UK_NHS_NUMBER]
                  custom:
                    - name: EMPLOYEE_ID
                      pattern: "EMP-[0-9]{6}"
                      context: [employee]
                      likelihood: POSSIBLE
                      contextLikelihood: VERY_LIKELY
                """);
        CliRunner.Result r = initialised().stdin("employee EMP-204518, NHS number 943 476 5919\n")
                .run("detect", "--config", config.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("\"infoType\":\"EMPLOYEE_ID\"").doesNotContain("UK_NHS_NUMBER")
                .doesNotContain("204518");
    }

    @Test
    void anInvalidConfigurationIsAUsageErrorNamingThePath() throws IOException {
        Path config = tmp.resolve("bad.yaml");
        java.nio.file.Files.writeString(config, "version: 1\ndetection:\n  minLikelyhood: LIKELY\n");
        CliRunner.Result r = cli().stdin(TEXT).run("detect", "--config", config.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("detection.minLikelyhood");
        CliRunner.Result missing = cli().stdin(TEXT).run("detect", "--config", tmp.resolve("none.yaml").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains("none.yaml");
    }

    @Test
    void theExampleLetterFromTheReadmeHasFindingsAndNoRawValuesInTheOutput() throws IOException {
        Path letter = Path.of("..", "docs", "examples", "letter.txt");
        CliRunner.Result r = initialised().run("detect", letter.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("UK_NHS_NUMBER").doesNotContain(NHS).doesNotContain("4111 1111")
                .doesNotContain("AB 12 34 56 C").doesNotContain("outpatients@example.com");
        // the invoice and order numbers pass the NHS checksum but are named as other numbers
        assertThat(r.lines()).hasSize((int) java.util.Arrays.stream(r.lines()).filter(l -> !l.contains("UK_NHS_NUMBER")).count() + 1);
    }
}
