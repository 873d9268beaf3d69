package org.custodian.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.StreamScanner;
import org.custodian.engine.ValueHasher;
import org.junit.jupiter.api.Test;

class EngineFactoryTest {
    private static Engine engine(String detectionYaml) {
        return EngineFactory.build(CustodianConfig.parse("version: 1\ndetection:\n" + detectionYaml), null);
    }

    private static List<String> found(Engine engine, String text) {
        List<String> out = new ArrayList<>();
        engine.scan(text, (f, raw) -> out.add(f.infoType() + ":" + raw + ":" + f.likelihood()));
        return out;
    }

    @Test
    void defaultsRunEveryBuiltInAtLikely() {
        Engine e = EngineFactory.build(CustodianConfig.defaults(), null);
        assertThat(e.minLikelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(e.detectors()).extracting(d -> d.id()).contains("uk-nhs-number", "credentials");
        assertThat(e.regionDetectors()).isEmpty();
        assertThat(EngineFactory.build(CustodianConfig.defaults(), null, Likelihood.POSSIBLE).minLikelihood())
                .isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void customDetectorWithValidatorAndContext() {
        Engine e = engine("""
                  minLikelihood: POSSIBLE
                  custom:
                    - name: MEMBERSHIP_CARD
                      pattern: '\\b[0-9]{4} ?[0-9]{4} ?[0-9]{4} ?[0-9]{4}\\b'
                      validator: luhn
                      context: [membership]
                      likelihood: POSSIBLE
                      contextLikelihood: VERY_LIKELY
                """);
        assertThat(found(e, "card 1234 5678 1234 5670 on file"))
                .containsExactly("MEMBERSHIP_CARD:1234 5678 1234 5670:POSSIBLE");
        assertThat(found(e, "Membership: 1234567812345670"))
                .containsExactly("MEMBERSHIP_CARD:1234567812345670:VERY_LIKELY");
        assertThat(found(e, "Membership: 1234 5678 1234 5671")).as("fails Luhn").isEmpty();
        List<Finding> f = e.scan("membership 1234567812345670");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.detector()).isEqualTo("custom-membership-card");
            assertThat(x.masked()).doesNotContain("1234");
        });
    }

    @Test
    void namedValueGroupNarrowsTheReportedSpan() {
        Engine e = engine("""
                  custom:
                    - name: EMPLOYEE_ID
                      pattern: 'staff no:? (?<value>[0-9]{6})'
                      likelihood: LIKELY
                """);
        assertThat(found(e, "Staff no: 204816, joined 2019")).isEmpty(); // the pattern is case-sensitive
        assertThat(found(e, "staff no: 204816, joined 2019")).containsExactly("EMPLOYEE_ID:204816:LIKELY");
    }

    @Test
    void keywordPreFilterSkipsWindowsWithoutAKeyword() {
        Engine e = engine("""
                  custom:
                    - name: EMPLOYEE_ID
                      pattern: '\\b[0-9]{6}\\b'
                      keywords: [emp]
                      likelihood: LIKELY
                """);
        assertThat(found(e, "order 204816 shipped")).isEmpty();
        assertThat(found(e, "EMP 204816")).containsExactly("EMPLOYEE_ID:204816:LIKELY");
    }

    @Test
    void customDetectorFindsValuesAcrossChunkBoundariesExactlyOnce() {
        Engine e = engine("""
                  custom:
                    - name: EMPLOYEE_ID
                      pattern: '(?<![A-Z0-9-])EMP-[0-9]{6}\\b'
                      keywords: [EMP-]
                      likelihood: LIKELY
                """);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            b.append("record ").append(i).append(" staff EMP-").append(100000 + i * 7).append(' ');
            b.append("filler ".repeat(i % 23)).append(i % 5 == 0 ? "\n" : "");
        }
        String text = b.toString();
        List<String> whole = offsets(e, text, text.length() + 1);
        assertThat(whole).hasSize(150);
        for (int chunk : new int[] {1, 2, 3, 7, 10, 11, 64, 511, 512, 513, 1000, 4096}) {
            assertThat(offsets(e, text, chunk)).as("chunk " + chunk).isEqualTo(whole);
        }
    }

    private static List<String> offsets(Engine e, String text, int chunk) {
        List<String> out = new ArrayList<>();
        new StreamScanner(e, null, chunk).scan(text, (f, raw) ->
                out.add(f.infoType() + "@" + f.location().offset() + "+" + f.location().length()));
        return out;
    }

    @Test
    void exclusionRulesDropOrLowerFindings() {
        Engine e = engine("""
                  minLikelihood: POSSIBLE
                  exclusions:
                    - infoTypes: [UK_NHS_NUMBER]
                      valuePattern: '999[0-9]{7}'
                    - infoTypes: [UK_NHS_NUMBER]
                      contextWords: [example]
                      likelihood: UNLIKELY
                """);
        assertThat(found(e, "NHS number 943 476 5919")).containsExactly("UK_NHS_NUMBER:943 476 5919:VERY_LIKELY");
        // the pattern is matched against the canonical digits as well as the spaced form
        assertThat(found(e, "NHS number 999 000 0018")).isEmpty();
        assertThat(found(e, "NHS number 9990000018")).isEmpty();
        assertThat(found(e, "for example NHS number 943 476 5919")).isEmpty();
        Engine all = EngineFactory.build(CustodianConfig.parse("""
                version: 1
                detection:
                  exclusions:
                    - {infoTypes: [UK_NHS_NUMBER], contextWords: [example], likelihood: UNLIKELY}
                """), null, Likelihood.VERY_UNLIKELY);
        assertThat(found(all, "for example NHS number 943 476 5919"))
                .containsExactly("UK_NHS_NUMBER:943 476 5919:UNLIKELY");
    }

    @Test
    void allowListDropsAKnownValueByItsKeyedHash() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        ValueHasher hasher = new ValueHasher(key);
        String known = hasher.hashRaw(InfoType.UK_NHS_NUMBER, "943 476 5919").encoded();
        CustodianConfig c = CustodianConfig.parse("version: 1\ndetection:\n  allow:\n    - " + known + "\n");
        Engine e = EngineFactory.build(c, hasher);
        assertThat(found(e, "NHS number 943-476-5919")).isEmpty();
        assertThat(found(e, "NHS number 450 557 7104")).hasSize(1);

        byte[] other = new byte[32];
        Arrays.fill(other, (byte) 9);
        assertThatThrownBy(() -> EngineFactory.build(c, new ValueHasher(other)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("detection.allow[0]: ");
    }

    @Test
    void disableSwitchesOffBuiltInsByIdOrInfoType() {
        String text = "NHS number 943 476 5919 password=Tr0ub4dor99";
        assertThat(found(engine("  minLikelihood: LIKELY\n"), text)).hasSize(2);
        assertThat(found(engine("  disable: [UK_NHS_NUMBER]\n"), text))
                .singleElement().asString().startsWith("CREDENTIALS:");
        assertThat(found(engine("  disable: [credentials]\n"), text))
                .singleElement().asString().startsWith("UK_NHS_NUMBER:");
    }

    @Test
    void customDetectorsCompeteInOverlapResolution() {
        Engine e = engine("""
                  custom:
                    - {name: EMPLOYEE_ID, pattern: '\\b[0-9]{10}\\b', likelihood: POSSIBLE}
                """);
        // the validated NHS number (VERY_LIKELY) wins over the same span from the weaker custom rule
        assertThat(found(e, "NHS number 9434765919")).containsExactly("UK_NHS_NUMBER:9434765919:VERY_LIKELY");
    }
}
