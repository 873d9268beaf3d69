package org.custodian.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class CustodianConfigTest {

    private static List<String> problems(String yaml) {
        try {
            CustodianConfig.parse(yaml);
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("expected the configuration to be rejected:\n" + yaml);
    }

    @Test
    void theDocumentedExampleIsValid() throws Exception {
        CustodianConfig c = CustodianConfig.load(Path.of("..", "docs", "examples", "custodian.yaml"));
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.detection().custom()).extracting(CustomDetectorConfig::name)
                .containsExactly("EMPLOYEE_ID", "MEMBERSHIP_CARD");
        assertThat(c.detection().custom().get(1).validator()).isEqualTo("luhn");
        assertThat(c.detection().exclusions()).hasSize(2);
    }

    @Test
    void defaultsNeedNoFileAndReportAtLikely() {
        CustodianConfig d = CustodianConfig.defaults();
        assertThat(d.detection().minLikelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(d.detection().custom()).isEmpty();
        assertThat(CustodianConfig.parse("version: 1\n")).isEqualTo(d);
        // keys left empty (all entries commented out) mean "not set"
        assertThat(CustodianConfig.parse("version: 1\ndetection:\n  disable:\n  # - CREDENTIALS\n")).isEqualTo(d);
    }

    @Test
    void missingRequiredKeysAreNamedByPath() {
        assertThat(problems("version: 1\ndetection:\n  custom:\n    - name: EMPLOYEE_ID\n"))
                .containsExactly("detection.custom[0].pattern: required");
        assertThat(problems("")).containsExactly("version: required");
    }

    @Test
    void unknownKeysAreErrorsSoTyposAreNotSilent() {
        assertThat(problems("version: 1\ndetection:\n  minLikelyhood: LIKELY\n"))
                .singleElement().asString()
                .startsWith("detection.minLikelyhood: unknown key");
        assertThat(problems("version: 1\nretention:\n  days: 30\n"))
                .singleElement().asString().startsWith("retention.days: unknown key");
        assertThat(problems("version: 1\nproxy:\n  port: 3128\n"))
                .singleElement().asString().startsWith("proxy: unknown key");
    }

    @Test
    void retentionPeriodsReadAsPeopleWriteThem() throws Exception {
        CustodianConfig c = CustodianConfig.parse("version: 1\nretention:\n  staleAfter: 6y\n  scanData: P1Y6M\n");
        assertThat(c.retention().staleAfter()).isEqualTo(java.time.Period.ofYears(6));
        assertThat(c.retention().scanData()).isEqualTo(java.time.Period.of(1, 6, 0));
        assertThat(CustodianConfig.defaults().retention().scanData()).isNull();
        assertThat(problems("version: 1\nretention:\n  scanData: soon\n")).singleElement().asString()
                .startsWith("retention.scanData");
    }

    @Test
    void wrongValuesSayWhatIsAllowed() {
        assertThat(problems("version: 2\n")).singleElement().asString().startsWith("version: must be 1");
        assertThat(problems("version: 1\ndetection:\n  minLikelihood: HIGH\n"))
                .singleElement().asString()
                .startsWith("detection.minLikelihood: must be one of")
                .contains("VERY_LIKELY");
        assertThat(problems("version: 1\ndetection:\n  custom:\n    - name: employee id\n      pattern: x\n"))
                .singleElement().asString().startsWith("detection.custom[0].name: ");
        assertThat(problems("version: 1\ndetection:\n  custom:\n    - {name: EMP, pattern: x, validator: crc}\n"))
                .singleElement().asString().startsWith("detection.custom[0].validator: must be one of");
        assertThat(problems("version: 1\ndetection:\n  allow: [\"sha1:abc\"]\n"))
                .singleElement().asString().startsWith("detection.allow[0]: ");
        assertThat(problems("version: 1\ndetection:\n  exclusions:\n    - infoTypes: [UK_NHS_NUMBER]\n"))
                .containsExactly("detection.exclusions[0]: needs at least one of valuePattern, contextWords");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String yaml = """
                version: 1
                detection:
                  custom:
                    - name: EMP
                    - pattern: 'x'
                  exclusions:
                    - valuePattern: 'y'
                """;
        assertThat(problems(yaml)).containsExactlyInAnyOrder(
                "detection.custom[0].pattern: required",
                "detection.custom[1].name: required",
                "detection.exclusions[0].infoTypes: required");
    }

    @Test
    void meaningIsCheckedAfterShape() {
        String yaml = """
                version: 1
                detection:
                  disable: [UK_NHS_NUMBERS]
                  custom:
                    - {name: EMP, pattern: 'EMP-([0-9]+'}
                    - {name: EMP, pattern: 'E[0-9]+'}
                  exclusions:
                    - {infoTypes: [EMPLOYEE], contextWords: [test]}
                """;
        assertThat(problems(yaml)).containsExactlyInAnyOrder(
                "detection.custom[0].pattern: not a valid Java regular expression: Unclosed group near index 11",
                "detection.custom[1].name: EMP is defined twice",
                "detection.disable[0]: no detector or infoType is called UK_NHS_NUMBERS",
                "detection.exclusions[0].infoTypes[0]: no detector reports EMPLOYEE");
    }

    @Test
    void yamlSyntaxErrorsAndDuplicateKeysGiveTheLine() {
        assertThat(problems("version: 1\ndetection:\n  minLikelihood: LIKELY\n  minLikelihood: POSSIBLE\n"))
                .singleElement().asString().startsWith("line 4").contains("minLikelihood");
        assertThat(problems("version: 1\ndetection: [\n")).singleElement().asString()
                .contains("not valid YAML");
    }

    @Test
    void theSchemaIsOnTheClasspath() {
        assertThat(CustodianConfig.class.getResource(CustodianConfig.SCHEMA_RESOURCE)).isNotNull();
    }
}
