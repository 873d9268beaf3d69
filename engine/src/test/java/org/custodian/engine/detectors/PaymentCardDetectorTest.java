package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.engine.InfoType.PAYMENT_CARD_NUMBER;
import static org.custodian.engine.detectors.PaymentCardDetector.Brand;

import java.util.List;
import java.util.Map;
import org.custodian.engine.Finding;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class PaymentCardDetectorTest {
    private final DetectorTesting t = new DetectorTesting(new PaymentCardDetector());

    /** Public test PANs published by card processors for integration testing; not real accounts. */
    private static final Map<String, Brand> TEST_PANS = Map.ofEntries(
            Map.entry("4111111111111111", Brand.VISA),
            Map.entry("4012888888881881", Brand.VISA),
            Map.entry("4222222222222", Brand.VISA),
            Map.entry("5555555555554444", Brand.MASTERCARD),
            Map.entry("2223003122003222", Brand.MASTERCARD),
            Map.entry("378282246310005", Brand.AMEX),
            Map.entry("371449635398431", Brand.AMEX),
            Map.entry("6011111111111117", Brand.DISCOVER),
            Map.entry("3530111333300000", Brand.JCB),
            Map.entry("30569309025904", Brand.DINERS),
            Map.entry("6759649826438453", Brand.MAESTRO),
            Map.entry("6200000000000005", Brand.UNIONPAY));

    @Test
    void knownTestNumbersHaveTheirBrandAndAreFound() {
        TEST_PANS.forEach((pan, brand) -> {
            assertThat(Brand.of(Integer.parseInt(pan.substring(0, 6)), pan.length())).as(pan).isEqualTo(brand);
            Finding f = t.one("card number " + pan);
            assertThat(f.likelihood()).as(pan).isEqualTo(Likelihood.VERY_LIKELY);
            assertThat(f.hash()).isEqualTo(DetectorTesting.hashOf(PAYMENT_CARD_NUMBER, pan));
        });
    }

    @Test
    void presidioCreditCardCases() {
        // the valid and invalid numbers of Presidio's credit-card recognizer tests
        for (String pan : List.of("4012888888881881", "4012-8888-8888-1881", "4012 8888 8888 1881", "371449635398431",
                "5019717010103742", "30569309025904", "6011000400000000", "3528000700000000", "6759649826438453",
                "4917300800000000", "4484070000000000")) {
            assertThat(t.one("x " + pan + " y").likelihood()).as(pan).isEqualTo(Likelihood.LIKELY);
        }
        assertThat(t.scan("my credit card number is 4012-8888-8888-1882")).isEmpty();
        assertThat(t.scan("my credit card number is 36168002586008")).isEmpty();
        // AirPlus/UATP numbers start with 1, like millisecond timestamps: deliberately not covered
        assertThat(t.scan("my credit card: 122000000000003")).isEmpty();
    }

    @Test
    void brandLengthsAreEnforced() {
        assertThat(Brand.of(378282, 16)).isNull(); // Amex is 15 digits
        assertThat(Brand.of(555555, 15)).isNull();
        assertThat(Brand.of(411111, 14)).isNull();
        assertThat(Brand.of(272099, 16)).isEqualTo(Brand.MASTERCARD);
        assertThat(Brand.of(272100, 16)).isNull();
        assertThat(Brand.of(222099, 16)).isNull();
        assertThat(Brand.of(352799, 16)).isNull();
        assertThat(Brand.of(622126, 16)).isEqualTo(Brand.DISCOVER);
    }

    @Test
    void usualGroupingsAllHashAlike() {
        var visa = DetectorTesting.hashOf(PAYMENT_CARD_NUMBER, "4111111111111111");
        for (String s : List.of("4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111")) {
            Finding f = t.one("Paid with " + s + " today");
            assertThat(f.hash()).as(s).isEqualTo(visa);
            assertThat(f.likelihood()).as(s).isEqualTo(Likelihood.LIKELY);
            assertThat(f.masked()).endsWith("1111").startsWith("****");
        }
        Finding amex = t.one("Amex 3782 822463 10005 exp 12/27");
        assertThat(amex.hash()).isEqualTo(DetectorTesting.hashOf(PAYMENT_CARD_NUMBER, "378282246310005"));
        assertThat(amex.masked()).isEqualTo("**** ****** *0005");
        Finding withExpiry = t.one("card 4111 1111 1111 1111 12/27");
        assertThat(withExpiry.location().length()).isEqualTo(19);
        Finding nineteen = t.one("Visa 4111 1111 1111 1111 003");
        assertThat(nineteen.location().length()).isEqualTo(23);
    }

    @Test
    void hardNegatives() {
        assertThat(t.scan("card 4111 1111 1111 1112")).isEmpty(); // Luhn fails
        assertThat(t.scan("card 1234567812345670")).isEmpty(); // Luhn-valid, no issuer starts with 1
        assertThat(t.scan("card 9111111111111119")).isEmpty();
        assertThat(t.scan("id 41111111111111110")).isEmpty(); // 17 digits: Visa issues 13, 16, 19
        assertThat(t.scan("n 14111111111111111")).isEmpty();
        assertThat(t.scan("ts 1700000000000 epoch millis")).isEmpty();
        assertThat(t.scan("v1.4111111111111111")).isEmpty();
        assertThat(t.scan("x 4111111111111111-2")).isEmpty();
        assertThat(t.scan("x 4111111111111111.5")).isEmpty();
        assertThat(t.scan("serial 1234 4111 1111 1111 1111")).isEmpty();
        assertThat(t.scan("serial 4111 1111 1111 1111 2222")).isEmpty();
        assertThat(t.scan("20231114221320 20240101")).isEmpty();
        assertThat(t.one("Order no 4111111111111111").likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void contiguousThirteenAndNineteenDigitsNeedContext() {
        assertThat(t.one("x 4222222222222").likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(t.one("visa 4222222222222").likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
    }
}
