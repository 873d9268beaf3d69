package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.engine.InfoType.UK_DRIVING_LICENCE_NUMBER;

import java.util.List;
import org.custodian.engine.Finding;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class UkDrivingLicenceNumberDetectorTest {
    private final DetectorTesting t = new DetectorTesting(new UkDrivingLicenceNumberDetector());

    // synthetic: surname Morgan, born 16 November 1975, initials S M
    private static final String MALE = "MORGA711165SM9IJ";
    private static final String FEMALE = "MORGA761165SM9IJ";

    @Test
    void structureWithContextIsVeryLikelyAndSpellingsHashAlike() {
        var expected = DetectorTesting.hashOf(UK_DRIVING_LICENCE_NUMBER, MALE);
        for (String s : List.of("Driving licence: MORGA711165SM9IJ", "DVLA licence no MORGA 711165 SM9IJ 35",
                "driver licence MORGA711165SM9IJ.")) {
            Finding f = t.one(s);
            assertThat(f.likelihood()).as(s).isEqualTo(Likelihood.VERY_LIKELY);
            assertThat(f.hash()).as(s).isEqualTo(expected);
            assertThat(f.masked()).endsWith("IJ").doesNotContain("MORGA");
        }
        assertThat(t.one("licence " + FEMALE).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
    }

    @Test
    void bareStructureIsOnlyPossible() {
        assertThat(t.one("ID " + MALE + " on file").likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void agreeingSurnameOrBirthDateRaisesConfidence() {
        assertThat(t.one("Holder: Sarah Morgan, id " + MALE).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("id " + MALE + " for MORGAN S").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("Born 16/11/1975. id " + MALE).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("id " + MALE + " dob 1975-11-16").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("id " + FEMALE + " born 16th November 1975").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("Sarah Morgan (16-11-75) id " + MALE).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        // short surnames are padded with 9: LEE -> LEE99, and then only "Lee" agrees, not "Leeds"
        assertThat(t.one("Tom Lee id LEE99711165TL9AB").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("In Leeds id LEE99711165TL9AB").likelihood()).isEqualTo(Likelihood.POSSIBLE);
        // "Mac" is coded as "Mc"
        assertThat(t.one("Ian MacDonald id MCDON711165IA9XY").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("Ian McDonald id MCDON711165IA9XY").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("Ian Macey id MCDON711165IA9XY").likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void disagreeingNeighboursChangeNothing() {
        double bare = t.one("id " + MALE).score();
        assertThat(t.one("Sarah Morrison id " + MALE).score()).isEqualTo(bare);
        assertThat(t.one("born 17/11/1975 id " + MALE).score()).isEqualTo(bare);
        assertThat(t.one("born 16/11/1985 id " + MALE).score()).isEqualTo(bare);
        assertThat(t.one("born 16/10/1975 id " + MALE).score()).isEqualTo(bare);
    }

    @Test
    void hardNegatives() {
        assertThat(t.scan("licence MORGA713165SM9IJ")).isEmpty(); // month 13
        assertThat(t.scan("licence MORGA763165SM9IJ")).isEmpty(); // female month 63
        assertThat(t.scan("licence MORGA700165SM9IJ")).isEmpty(); // month 00
        assertThat(t.scan("licence MORGA711315SM9IJ")).isEmpty(); // 31 November
        assertThat(t.scan("licence MORGA702305SM9IJ")).isEmpty(); // 30 February
        assertThat(t.scan("licence MOR9A711165SM9IJ")).isEmpty(); // padding only at the end
        assertThat(t.scan("licence MORGA711165SM9IJK")).isEmpty();
        assertThat(t.scan("licence MORGA711165SM9I")).isEmpty();
        assertThat(t.scan("licence MORGA7111659M9IJ")).isEmpty(); // initials padded only at the end
        assertThat(t.scan("licence MORGA711165SMXIJ")).isEmpty();
        assertThat(t.scan("licence morga711165sm9ij")).isEmpty();
        assertThat(t.scan("licence MORGA 711165SM9IJ")).isEmpty(); // half printed
        assertThat(t.scan("HTTP2 ABCDE12345 UPPERCASE WORDS 2024")).isEmpty();
    }
}
