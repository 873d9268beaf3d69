package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.engine.InfoType.UK_PASSPORT_NUMBER;

import org.custodian.engine.Finding;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class UkPassportNumberDetectorTest {
    private final DetectorTesting t = new DetectorTesting(new UkPassportNumberDetector());

    @Test
    void icaoCheckDigitsMatchTheSpecimenInDoc9303() {
        // ICAO 9303 part 4 specimen: document number L898902C3 check digit 6, birth date 740812 check 2
        assertThat(UkPassportNumberDetector.checkDigit("L898902C3")).isEqualTo(6);
        assertThat(UkPassportNumberDetector.checkDigit("740812")).isEqualTo(2);
        assertThat(UkPassportNumberDetector.checkDigit("120415")).isEqualTo(9);
        assertThat(UkPassportNumberDetector.checkDigit("ZE184226B<<<<<")).isEqualTo(1);
    }

    @Test
    void nineDigitsOnlyWithPassportWords() {
        Finding f = t.one("Passport no: 925076473");
        assertThat(f.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(f.hash()).isEqualTo(DetectorTesting.hashOf(UK_PASSPORT_NUMBER, "925076473"));
        assertThat(f.masked()).isEqualTo("*******73");
        assertThat(t.one("travel document 925076473").likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(t.scan("Customer 925076473 called")).isEmpty();
    }

    @Test
    void twoLettersAndSevenDigitsNeverLikelyWithoutContext() {
        assertThat(t.one("code AB1234567 here").likelihood()).isEqualTo(Likelihood.UNLIKELY);
        assertThat(t.one("passport number AB1234567").likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(t.one("Order ref AB1234567").likelihood()).isEqualTo(Likelihood.VERY_UNLIKELY);
    }

    @Test
    void hardNegatives() {
        assertThat(t.scan("passport 9250764731")).isEmpty();
        assertThat(t.scan("passport 92507647")).isEmpty();
        assertThat(t.scan("passport 1-925076473")).isEmpty();
        assertThat(t.scan("passport 925076473.5")).isEmpty();
        assertThat(t.scan("passport AB12345678")).isEmpty();
        assertThat(t.scan("passport ABC1234567")).isEmpty();
        assertThat(t.scan("passport Ab1234567")).isEmpty();
    }

    @Test
    void machineReadableZoneValidatesWithoutAnyWords() {
        String line2 = mrzLine2("925076473", "850101", "300101");
        String mrz = "P<GBRSPECIMEN<<ANGELA<ZOE<<<<<<<<<<<<<<<<<<<\n" + line2 + "\n";
        Finding f = t.one(mrz);
        assertThat(f.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(f.location().line()).isEqualTo(2);
        assertThat(f.location().length()).isEqualTo(9);
        assertThat(f.hash()).isEqualTo(DetectorTesting.hashOf(UK_PASSPORT_NUMBER, "925076473"));

        // a wrong document check digit, or another issuing state, is not a UK passport MRZ
        char bad = (char) ('0' + (line2.charAt(9) - '0' + 1) % 10);
        String broken = line2.substring(0, 9) + bad + line2.substring(10);
        assertThat(t.scan("P<GBRSPECIMEN<<ANGELA<ZOE<<<<<<<<<<<<<<<<<<<\n" + broken + "\n")).isEmpty();
        assertThat(t.scan("P<UTOSPECIMEN<<ANGELA<ZOE<<<<<<<<<<<<<<<<<<<\n" + line2 + "\n")).isEmpty();
    }

    private static String mrzLine2(String number, String birth, String expiry) {
        String personal = "<<<<<<<<<<<<<<";
        String s = number + UkPassportNumberDetector.checkDigit(number) + "GBR" + birth
                + UkPassportNumberDetector.checkDigit(birth) + "F" + expiry + UkPassportNumberDetector.checkDigit(expiry)
                + personal + "0";
        String composite = s.substring(0, 10) + s.substring(13, 20) + s.substring(21, 43);
        return s + UkPassportNumberDetector.checkDigit(composite);
    }
}
