package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.engine.InfoType.UK_NATIONAL_INSURANCE_NUMBER;

import java.util.List;
import org.custodian.engine.Finding;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class NationalInsuranceNumberDetectorTest {
    private final DetectorTesting t = new DetectorTesting(new NationalInsuranceNumberDetector());

    @Test
    void hmrcPrefixAndSuffixRules() {
        assertThat(NationalInsuranceNumberDetector.isValid("AB123456C")).isTrue();
        assertThat(NationalInsuranceNumberDetector.isValid("ab 12 34 56 d")).isTrue();
        // first letter never D F I Q U V; HMRC's own "QQ 12 34 56 C" example is therefore never a real number
        for (String p : List.of("DA", "FA", "IA", "QQ", "UA", "VA")) {
            assertThat(NationalInsuranceNumberDetector.isValid(p + "123456A")).as(p).isFalse();
        }
        // second letter never D F I Q U V O
        for (String p : List.of("AD", "AF", "AI", "AQ", "AU", "AV", "AO")) {
            assertThat(NationalInsuranceNumberDetector.isValid(p + "123456A")).as(p).isFalse();
        }
        for (String p : List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")) {
            assertThat(NationalInsuranceNumberDetector.isValid(p + "123456A")).as(p).isFalse();
        }
        assertThat(NationalInsuranceNumberDetector.isValid("OA123456A")).isTrue(); // O is fine first
        assertThat(NationalInsuranceNumberDetector.isValid("AB123456E")).isFalse();
        assertThat(NationalInsuranceNumberDetector.isValid("AB12345C")).isFalse();
    }

    @Test
    void presidioUkNinoCases() {
        // the positive and negative examples of Presidio's UK NINO recognizer tests
        assertThat(t.one("AA 12 34 56 B").location().length()).isEqualTo(13);
        assertThat(t.one("hh 01 02 03 d").location().length()).isEqualTo(13);
        assertThat(t.one("tw987654a").location().length()).isEqualTo(9);
        Finding f = t.one("nino: PR 123612C");
        assertThat(f.location().offset()).isEqualTo(6);
        assertThat(f.location().length()).isEqualTo(10);
        assertThat(f.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        // Presidio counts the space before the number into its span; ours starts at the first letter
        assertThat(t.one("Here is my National Insurance Number YZ 61 48 68 B").location().offset()).isEqualTo(37);
        for (String s : List.of("AA 12 34 56 H", "FQ 00 00 00 C", "BG123612A", "nino: nt 99 88 77 a",
                "This isn't a valid national insurance number UV 98 76 54 B")) {
            assertThat(t.scan(s)).as(s).isEmpty();
        }
    }

    @Test
    void everyCommonSpellingGivesTheSameHash() {
        var expected = DetectorTesting.hashOf(UK_NATIONAL_INSURANCE_NUMBER, "JG103759A");
        for (String s : List.of("NI number: JG103759A", "NINO JG 10 37 59 A", "National Insurance: JG 103759 A",
                "NI no. JG-10-37-59-A", "national insurance number jg103759a", "nino=JG103759 A")) {
            Finding f = t.one(s);
            assertThat(f.infoType()).isEqualTo(UK_NATIONAL_INSURANCE_NUMBER);
            assertThat(f.hash()).as(s).isEqualTo(expected);
            assertThat(f.likelihood()).as(s).isEqualTo(Likelihood.VERY_LIKELY);
        }
    }

    @Test
    void withoutContextUpperCaseIsLikelyLowerCaseOnlyPossible() {
        assertThat(t.one("holder JG103759A moved").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("holder JG 10 37 59 A moved").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("holder jg103759a moved").likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void suffixlessFormNeedsContextToBeLikely() {
        Finding bare = t.one("part JG103759 shipped");
        assertThat(bare.likelihood()).isEqualTo(Likelihood.UNLIKELY);
        Finding withContext = t.one("NI number JG103759");
        assertThat(withContext.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(withContext.hash()).isEqualTo(DetectorTesting.hashOf(UK_NATIONAL_INSURANCE_NUMBER, "JG103759"));
    }

    @Test
    void masksAllButTheSuffix() {
        assertThat(t.one("NINO JG 10 37 59 A").masked()).isEqualTo("** ** ** ** A");
        assertThat(t.one("NINO JG103759A").masked()).isEqualTo("********A");
    }

    @Test
    void hardNegatives() {
        assertThat(t.scan("NINO QQ 12 34 56 C")).isEmpty(); // HMRC's specimen, never allocated
        assertThat(t.scan("NINO GB123456A")).isEmpty();
        assertThat(t.scan("NINO JG103759E")).isEmpty();
        assertThat(t.scan("NINO JG1037591A")).isEmpty();
        assertThat(t.scan("NINO JG10375A")).isEmpty();
        assertThat(t.scan("code JG103759-4")).isEmpty();
        assertThat(t.scan("code JG103759AB")).isEmpty();
        assertThat(t.scan("NINO Jg103759A")).isEmpty(); // mixed-case prefix is not how anyone writes it
        assertThat(t.scan("Order ref JG103759A").get(0).likelihood()).isEqualTo(Likelihood.UNLIKELY);
        assertThat(t.scan("The quick brown fox JUMPS 12 over AB 1234")).isEmpty();
        assertThat(t.scan("see NIST SP 800-131A and SP 800-53A")).isEmpty(); // mixed separators
        assertThat(t.scan("NINO JG 10-37-59 A")).isEmpty();
    }
}
