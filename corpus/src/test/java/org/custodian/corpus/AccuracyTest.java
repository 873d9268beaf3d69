package org.custodian.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custodian.engine.InfoType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Precision and recall per infoType of the default engine (built-in detectors, threshold LIKELY)
 * must stay at or above the floors in {@code accuracy-floors.properties}, on a fixed generated
 * corpus and on the hand-written set. A type with no detector yet is reported as "not yet
 * measured" (a skipped test with that message), never as a pass; a detector without floors fails.
 */
class AccuracyTest {
    /** The checksum-validated types the issue holds to 0.98 precision and recall. */
    static final Set<InfoType> MANDATED = Set.of(InfoType.UK_NHS_NUMBER, InfoType.UK_NATIONAL_INSURANCE_NUMBER,
            InfoType.PAYMENT_CARD_NUMBER, InfoType.IBAN);
    static final double MANDATED_FLOOR = 0.98;

    private static final Properties FLOORS = loadFloors();
    private static final Evaluator EVALUATOR = new Evaluator(Evaluator.defaultEngine());
    private static Evaluator.Report generated;
    private static Evaluator.Report handwritten;

    private static synchronized Evaluator.Report generated() {
        if (generated == null) {
            int docs = Integer.parseInt(FLOORS.getProperty("generated.docs"));
            long seed = Long.parseLong(FLOORS.getProperty("generated.seed"));
            generated = EVALUATOR.evaluate(new CorpusGenerator(seed).generate(docs));
            System.out.println("Generated corpus, " + docs + " documents, seed " + seed + ":\n" + generated.table());
        }
        return generated;
    }

    private static synchronized Evaluator.Report handwritten() {
        if (handwritten == null) {
            handwritten = EVALUATOR.evaluate(Handwritten.loadFromClasspath());
            System.out.println("Hand-written set:\n" + handwritten.table());
        }
        return handwritten;
    }

    @TestFactory
    Stream<DynamicTest> generatedCorpusMeetsFloors() {
        return floorTests("generated", AccuracyTest::generated);
    }

    @TestFactory
    Stream<DynamicTest> handwrittenSetMeetsFloors() {
        return floorTests("handwritten", AccuracyTest::handwritten);
    }

    private Stream<DynamicTest> floorTests(String set, java.util.function.Supplier<Evaluator.Report> report) {
        List<DynamicTest> tests = new ArrayList<>();
        for (InfoType type : CorpusTypes.ALL) {
            for (String metric : List.of("precision", "recall")) {
                tests.add(DynamicTest.dynamicTest(set + " " + type + " " + metric, () -> {
                    Assumptions.assumeTrue(EVALUATOR.detectedTypes().contains(type),
                            "not yet measured: no built-in detector reports " + type);
                    String floor = FLOORS.getProperty(set + "." + type + "." + metric);
                    assertThat(floor).as("a detector reports %s but %s has no %s floor for it", type,
                            "accuracy-floors.properties", set).isNotNull();
                    Evaluator.Score s = report.get().scores().get(type);
                    double value = "precision".equals(metric) ? s.precision() : s.recall();
                    assertThat(value).as("%s %s %s (labels %d, found %d, findings %d, false positives %d; by trap %s)",
                            set, type, metric, s.labels(), s.found(), s.findings(), s.falsePositives(),
                            report.get().trapHits().get(type)).isGreaterThanOrEqualTo(Double.parseDouble(floor));
                }));
            }
        }
        return tests.stream();
    }

    /** The floors file must describe the detectors that exist: no silent gaps in either direction. */
    @Test
    void floorsFileMatchesTheDetectorsThatExist() {
        Set<InfoType> notYet = listed("not-yet-measured");
        Set<InfoType> detected = EVALUATOR.detectedTypes();
        for (InfoType type : CorpusTypes.ALL) {
            if (detected.contains(type)) {
                assertThat(notYet).as("%s has a detector now: measure it and give it floors", type).doesNotContain(type);
                for (String set : List.of("generated", "handwritten")) {
                    for (String metric : List.of("precision", "recall")) {
                        assertThat(FLOORS.getProperty(set + "." + type + "." + metric))
                                .as("floor %s.%s.%s", set, type, metric).isNotNull();
                    }
                }
            } else {
                // either declared unmeasured, or floors measured ahead on the detector's branch
                boolean preset = FLOORS.getProperty("generated." + type + ".precision") != null;
                assertThat(notYet.contains(type) || preset)
                        .as("%s has no detector: list it under not-yet-measured (or give floors measured on its branch)", type)
                        .isTrue();
            }
        }
        System.out.println("Not yet measured (no detector): "
                + CorpusTypes.ALL.stream().filter(t -> !detected.contains(t)).map(InfoType::name).collect(Collectors.joining(", ")));
    }

    /** The bar for the checksum-validated types on the generated corpus; floors may not undercut it. */
    @Test
    void checksumValidatedTypesAreHeldToTheMandatedFloor() {
        Set<String> waived = new TreeSet<>();
        for (InfoType type : MANDATED) {
            for (String metric : List.of("precision", "recall")) {
                String floor = FLOORS.getProperty("generated." + type + "." + metric);
                if (floor == null) continue; // no detector yet: reported as not yet measured above
                if (Double.parseDouble(floor) < MANDATED_FLOOR) {
                    String reason = FLOORS.getProperty("known-failure." + type + "." + metric);
                    assertThat(reason).as("generated %s %s floor %s is below the mandated %s and names no known detector failure",
                            type, metric, floor, MANDATED_FLOOR).isNotBlank();
                    waived.add(type + " " + metric + ": " + reason);
                }
            }
        }
        // A waived type is a detector bug on record, shown as an aborted test rather than a pass.
        Assumptions.assumeTrue(waived.isEmpty(), "BELOW THE MANDATED 0.98 (known detector failures): " + waived);
    }

    private static Set<InfoType> listed(String key) {
        String v = FLOORS.getProperty(key, "").strip();
        if (v.isEmpty()) return Set.of();
        return Arrays.stream(v.split("\\s*,\\s*")).map(InfoType::of).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Properties loadFloors() {
        Properties p = new Properties();
        try (InputStream in = AccuracyTest.class.getResourceAsStream("/accuracy-floors.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
