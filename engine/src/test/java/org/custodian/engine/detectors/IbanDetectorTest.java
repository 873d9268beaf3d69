package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.engine.InfoType.IBAN;

import java.util.List;
import org.custodian.engine.Finding;
import org.custodian.engine.Likelihood;
import org.custodian.engine.validate.Checksums;
import org.junit.jupiter.api.Test;

class IbanDetectorTest {
    private final DetectorTesting t = new DetectorTesting(new IbanDetector());

    /** The registry's published example IBANs (ISO 13616 / SWIFT IBAN registry). */
    private static final List<String> REGISTRY_EXAMPLES = List.of(
            "GB29NWBK60161331926819", "DE89370400440532013000", "FR1420041010050500013M02606",
            "NL91ABNA0417164300", "BE68539007547034", "NO9386011117947", "IT60X0542811101000000123456",
            "MT84MALT011000012345MTLCAST001S", "CH9300762011623852957", "ES9121000418450200051332",
            "IE29AIBK93115212345678", "PL61109010140000071219812874", "LC55HEMM000100010012001200023015",
            "BR1800360305000010009795493C1", "MU17BOMM0101101030300200000MUR", "SC18SSCB11010000000000001497USD");

    @Test
    void registryExamplesPassAndTheirLengthsMatchTheTable() {
        for (String iban : REGISTRY_EXAMPLES) {
            assertThat(Checksums.mod97(iban)).as(iban).isTrue();
            assertThat(IbanDetector.length(iban.substring(0, 2))).as(iban).isEqualTo(iban.length());
            Finding f = t.one("IBAN: " + iban);
            assertThat(f.likelihood()).as(iban).isEqualTo(Likelihood.VERY_LIKELY);
            assertThat(f.hash()).isEqualTo(DetectorTesting.hashOf(IBAN, iban));
        }
        assertThat(IbanDetector.length("US")).isZero();
        assertThat(IbanDetector.length("NO")).isEqualTo(15);
        assertThat(IbanDetector.length("RU")).isEqualTo(33);
    }

    @Test
    void printedGroupsAndLowerCaseGiveTheSameHash() {
        var expected = DetectorTesting.hashOf(IBAN, "GB29 NWBK 6016 1331 9268 19");
        Finding printed = t.one("Pay to GB29 NWBK 6016 1331 9268 19 by Friday");
        assertThat(printed.hash()).isEqualTo(expected);
        assertThat(printed.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(printed.masked()).isEqualTo("**** **** **** **** **68 19");
        Finding lower = t.one("pay to gb29nwbk60161331926819 by friday");
        assertThat(lower.hash()).isEqualTo(expected);
        assertThat(lower.score()).isLessThan(printed.score());
        assertThat(t.one("iban gb29 nwbk 6016 1331 9268 19").likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
    }

    @Test
    void hardNegatives() {
        assertThat(t.scan("IBAN GB29NWBK60161331926818")).isEmpty(); // check digits fail
        assertThat(t.scan("IBAN GB29NWBK6016133192681")).isEmpty(); // one short
        assertThat(t.scan("IBAN GB29NWBK601613319268190")).isEmpty(); // one long
        assertThat(t.scan("IBAN GB29 NWBK 6016 1331 9268 190")).isEmpty();
        assertThat(t.scan("IBAN US29NWBK60161331926819")).isEmpty(); // no IBAN country
        assertThat(t.scan("IBAN GB291WBK60161331926819")).isEmpty(); // GB bank code is four letters
        assertThat(t.scan("IBAN Gb29NWBK60161331926819")).isEmpty();
        assertThat(t.scan("IBAN GB29NWBK 60161331926819")).isEmpty(); // half grouped
        assertThat(t.scan("The AB12 CD34 release notes mention GB29 twice.")).isEmpty();
    }
}
