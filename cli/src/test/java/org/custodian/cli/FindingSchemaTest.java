package org.custodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.KeyedHash;
import org.custodian.engine.Likelihood;
import org.custodian.engine.Location;
import org.custodian.engine.json.FindingJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FindingJson output and docs/schema/finding-v1.json must describe the same thing. */
class FindingSchemaTest {
    private static Schema schema;

    @TempDir
    Path home;

    @BeforeAll
    static void loadSchema() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "schema", "finding-v1.json"));
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    private static List<Error> errors(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void everyLineDetectPrintsIsValid() throws IOException {
        assertThat(new CliRunner(home).run("init").exit()).isZero();
        CliRunner.Result withHash = new CliRunner(home).run("detect", Path.of("..", "docs", "examples", "letter.txt").toString());
        CliRunner.Result noHash = new CliRunner(home).run("detect", "--no-hash", "--min-likelihood", "VERY_UNLIKELY",
                Path.of("..", "docs", "examples", "letter.txt").toString());
        assertThat(withHash.lines()).isNotEmpty();
        assertThat(noHash.lines().length).isGreaterThanOrEqualTo(withHash.lines().length);
        for (String line : withHash.lines()) assertThat(errors(line)).as(line).isEmpty();
        for (String line : noHash.lines()) assertThat(errors(line)).as(line).isEmpty();
    }

    @Test
    void findingsWithEveryOptionalPartAreValid() {
        Finding full = new Finding(InfoType.of("CUSTOM_TYPE_1"), Likelihood.LIKELY, 0.7, new Location(0, 3, 1, 1, 0),
                "\"*\\\n", new KeyedHash("0123456789abcdef", "0".repeat(64)), "custom:x", Set.of("HEALTH", "RELIGION"));
        Finding bare = new Finding(InfoType.EMAIL_ADDRESS, Likelihood.VERY_LIKELY, 1.0,
                new Location(5, 20, 3, 2, Location.UNKNOWN), "****@****.com", null, "email", Set.of());
        assertThat(errors(FindingJson.toJson(full))).isEmpty();
        assertThat(errors(FindingJson.toJson(full, false))).isEmpty();
        assertThat(errors(FindingJson.toJson(bare))).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatFindingJsonMustNeverWrite() {
        String valid = FindingJson.toJson(new Finding(InfoType.UK_NHS_NUMBER, Likelihood.LIKELY, 0.7,
                new Location(0, 10, 1, 1, 0), "********19", null, "uk-nhs-number", Set.of()));
        assertThat(errors(valid)).isEmpty();
        // a raw value field, a bad likelihood, a malformed hash, a missing location
        assertThat(errors(valid.replace("\"masked\"", "\"value\":\"9434765919\",\"masked\""))).isNotEmpty();
        assertThat(errors(valid.replace("\"LIKELY\"", "\"PROBABLY\""))).isNotEmpty();
        assertThat(errors(valid.replace("\"detector\"", "\"hash\":\"sha1:abc\",\"detector\""))).isNotEmpty();
        assertThat(errors(valid.replaceAll("\"location\":\\{[^}]*\\},", ""))).isNotEmpty();
    }
}
