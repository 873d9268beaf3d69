package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Canonical;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class UkPostcodeDetectorTest {
    private final DetectorHarness h = new DetectorHarness(new UkPostcodeDetector());

    @Test
    void everyFormat() {
        // one per format: A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA, and GIR 0AA
        for (String pc : List.of("M1 1AE", "B33 8TH", "W1A 0AX", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "GIR 0AA",
                "SW1A 2AA", "BT1 5GS", "LS1 4AP")) {
            DetectorHarness.Hit hit = h.only("Flat 2, 10 High St, Town " + pc + ".");
            assertThat(hit.text()).as(pc).isEqualTo(pc);
            assertThat(hit.likelihood()).as(pc).isEqualTo(Likelihood.LIKELY);
            assertThat(hit.finding().hash()).as(pc).isEqualTo(h.hashOf(InfoType.UK_POSTCODE, pc));
        }
    }

    @Test
    void withoutTheSpaceItScoresLowerButHashesTheSame() {
        DetectorHarness.Hit hit = h.only("see SW1A2AA here");
        assertThat(hit.likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(hit.finding().hash()).isEqualTo(h.hashOf(InfoType.UK_POSTCODE, "SW1A 2AA"));
        assertThat(h.only("B11AA").finding().hash()).isEqualTo(h.hashOf(InfoType.UK_POSTCODE, "B1 1AA"));
        assertThat(Canonical.of(InfoType.UK_POSTCODE, "sw1a2aa")).isEqualTo("SW1A 2AA");
    }

    @Test
    void contextRaisesToVeryLikely() {
        assertThat(h.only("Postcode: EC1A 1BB").likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(h.only("Address: 1 Main Road, Leeds LS1 4AP").likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(h.scan("name,postcode\nJo,EC1A 1BB\n").get(0).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(h.scan("name,postcode\nJo,EC1A1BB\n").get(0).likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void rejectsUnknownAreasAndForbiddenInwardLetters() {
        assertThat(h.scan("QA1 1AA XX1 1AA JJ1 1AA")).isEmpty();
        assertThat(h.scan("SW1A 1CA EC1A 1BI M1 1AV M1 1KA")).isEmpty();
        // district letters only where Royal Mail uses them
        assertThat(h.scan("W1I 1AA SW1C 1AA")).isEmpty();
    }

    @Test
    void rejectsLookAlikesInsideLongerTokens() {
        assertThat(h.scan("ID-SW1A1AA ref_EC1A1BB SW1A1AAX XSW1A 1AA SW1A 1AA9 M1 1AE-2")).isEmpty();
        assertThat(h.scan("sw1a 1aa")).isEmpty();
    }

    @Test
    void productAndReferenceCodesScoreLower() {
        assertThat(h.only("Part no M25 4RT").likelihood()).isLessThan(Likelihood.POSSIBLE);
    }
}
