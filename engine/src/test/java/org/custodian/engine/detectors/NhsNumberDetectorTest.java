package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class NhsNumberDetectorTest {
    private final Engine engine = Engine.builder().add(new NhsNumberDetector())
            .minLikelihood(Likelihood.VERY_UNLIKELY).build();

    @Test
    void checksumFollowsTheModulus11Rule() {
        // python-stdnum's documented examples: 943 476 5870 is valid, 943 476 5871 is not
        assertThat(NhsNumberDetector.isValid("9434765870")).isTrue();
        assertThat(NhsNumberDetector.isValid("9434765871")).isFalse();
        assertThat(NhsNumberDetector.isValid("9434765919")).isTrue();
        // remainder 10 is never issued: 401 023 203 has weighted sum 89, 11 - 89 % 11 = 10
        assertThat(NhsNumberDetector.isValid("4010232030")).isFalse();
        assertThat(NhsNumberDetector.isValid("4010232039")).isFalse();
        assertThat(NhsNumberDetector.isValid("4010232137")).isTrue();
    }

    @Test
    void findsAllCommonSpellingsWithContext() {
        for (String s : List.of("NHS No: 943 476 5919", "NHS number 943-476-5919", "nhs_number=9434765919")) {
            List<Finding> f = engine.scan(s);
            assertThat(f).as(s).singleElement().satisfies(x -> {
                assertThat(x.infoType()).isEqualTo(InfoType.UK_NHS_NUMBER);
                assertThat(x.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
                assertThat(x.masked()).endsWith("19").doesNotContain("943").doesNotContain("476");
            });
        }
    }

    @Test
    void contextRaisesAndOtherNumberWordsLowerTheScore() {
        double withContext = engine.scan("NHS number: 4505577104").get(0).score();
        double bare = engine.scan("value 4505577104").get(0).score();
        double order = engine.scan("Order no 4505577104").get(0).score();
        assertThat(withContext).isGreaterThan(bare);
        assertThat(order).isLessThan(bare);
    }

    @Test
    void ignoresPartsOfLongerNumbersAndFailedChecksums() {
        assertThat(engine.scan("NHS 943 476 5871")).isEmpty();
        assertThat(engine.scan("NHS 94347659190")).isEmpty();
        assertThat(engine.scan("NHS 1-9434765919")).isEmpty();
        assertThat(engine.scan("NHS 9434765919.5")).isEmpty();
        assertThat(engine.scan("NHS 943 476 59190")).isEmpty();
    }

    @Test
    void csvColumnHeaderIsContext() {
        String csv = "id,nhs_number,city\n1,4505577104,Leeds\n2,9434765919,York\n";
        List<Finding> f = engine.scan(csv);
        assertThat(f).hasSize(2).allSatisfy(x -> assertThat(x.likelihood()).isEqualTo(Likelihood.VERY_LIKELY));
        assertThat(f.get(1).location().line()).isEqualTo(3);
        assertThat(f.get(1).location().column()).isEqualTo(3);
    }
}
