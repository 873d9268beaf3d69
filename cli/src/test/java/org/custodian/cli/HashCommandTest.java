package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashCommandTest {
    @TempDir
    Path home;

    private CliRunner initialised() {
        assertThat(new CliRunner(home).run("init").exit()).isZero();
        return new CliRunner(home);
    }

    @Test
    void theHashOfAValueEqualsTheHashDetectGivesForAnySpellingOfIt() throws Exception {
        CliRunner c = initialised();
        String detected = new ObjectMapper().readTree(
                c.stdin("NHS number: 943-476-5919").run("detect").lines()[0]).get("hash").asText();
        for (String spelling : new String[] {"9434765919\n", "943 476 5919", " 943 476 5919 \r\n"}) {
            CliRunner.Result r = c.stdin(spelling).run("hash", "--info-type", "UK_NHS_NUMBER");
            assertThat(r.exit()).as(spelling).isZero();
            assertThat(r.out().trim()).isEqualTo(detected);
        }
    }

    @Test
    void everyValueDetectFindsInTheExampleLetterHashesTheSameThroughHash() throws Exception {
        CliRunner c = initialised();
        var key = new org.custodian.keys.KeyStore(home).load();
        var engine = EngineAssembly.build(null, org.custodian.engine.Likelihood.LIKELY, java.util.Set.of(), key.hasher());
        java.util.Map<String, String[]> byRaw = new java.util.LinkedHashMap<>();
        engine.scan(java.nio.file.Files.readString(Path.of("..", "docs", "examples", "letter.txt")), (f, raw) ->
                byRaw.put(raw.toString(), new String[] {f.infoType().name(), f.hash().encoded()}));
        assertThat(byRaw).isNotEmpty();
        byRaw.forEach((raw, typeAndHash) -> {
            CliRunner.Result r = c.stdin(raw + "\n").run("hash", "--info-type", typeAndHash[0]);
            assertThat(r.out().trim()).as(typeAndHash[0]).isEqualTo(typeAndHash[1]);
        });
    }

    @Test
    void typesWithoutADetectorUseTheCanonicalForm() {
        CliRunner c = initialised();
        String a = c.stdin("Jane.Doe@Example.com").run("hash", "--info-type", "EMAIL_ADDRESS").out();
        String b = c.stdin("jane.doe@example.com\n").run("hash", "--info-type", "email_address").out();
        assertThat(a).isEqualTo(b).startsWith("hmac-sha256:v1:");
    }

    @Test
    void readsExactlyOneValueAndNeverPrintsIt() {
        CliRunner c = initialised();
        CliRunner.Result two = c.stdin("9434765919\n4010232137\n").run("hash", "--info-type", "UK_NHS_NUMBER");
        assertThat(two.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(two.err()).contains("one value").doesNotContain("9434765919");
        assertThat(c.stdin("").run("hash", "--info-type", "UK_NHS_NUMBER").exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(c.stdin("x".repeat(5000)).run("hash", "--info-type", "UK_NHS_NUMBER").exit()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void onATerminalTheValueIsReadWithoutEcho() {
        CliRunner.Result r = initialised().terminal(prompt -> "9434765919".toCharArray())
                .run("hash", "--info-type", "UK_NHS_NUMBER");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("hmac-sha256:v1:").doesNotContain("9434765919");
    }

    @Test
    void needsAKeyAndAnInfoType() {
        assertThat(new CliRunner(home).stdin("9434765919").run("hash", "--info-type", "UK_NHS_NUMBER").exit())
                .isEqualTo(ExitCodes.KEY);
        assertThat(initialised().stdin("9434765919").run("hash").exit()).isEqualTo(ExitCodes.ERROR);
    }
}
