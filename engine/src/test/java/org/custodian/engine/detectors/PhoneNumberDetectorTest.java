package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Canonical;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.validate.PhoneNumbers;
import org.junit.jupiter.api.Test;

class PhoneNumberDetectorTest {
    private final DetectorHarness h = new DetectorHarness(new PhoneNumberDetector());

    @Test
    void everyUkSpellingGivesTheSameE164Hash() {
        // Ofcom's drama ranges: never issued, so safe for fixtures
        for (String s : List.of("020 7946 0000", "(020) 7946 0000", "020-7946-0000", "+44 20 7946 0000",
                "+44 (0)20 7946 0000", "0044 20 7946 0000", "+442079460000", "(020)7946 0000")) {
            DetectorHarness.Hit hit = h.only("Tel: " + s + " (office)");
            assertThat(hit.text()).as(s).isEqualTo(s);
            assertThat(hit.likelihood()).as(s).isEqualTo(Likelihood.VERY_LIKELY);
            assertThat(hit.finding().hash()).as(s).isEqualTo(h.hashOf(InfoType.PHONE_NUMBER, "+442079460000"));
            assertThat(Canonical.of(InfoType.PHONE_NUMBER, s)).as(s).isEqualTo("+442079460000");
        }
    }

    @Test
    void everyOfcomDramaBlockIsANumber() {
        // the whole published list: synthetic fixtures may use any of them, including the ranges
        // libphonenumber's metadata calls unallocated (0115 496 0xxx was missed before)
        for (String n : List.of("0113 496 0123", "0114 496 0123", "0115 496 0447", "0116 496 0123",
                "0117 496 0123", "0118 496 0123", "0121 496 0123", "0131 496 0123", "0141 496 0123",
                "0151 496 0123", "0161 496 0123", "020 7946 0123", "0191 498 0123", "028 9649 6123",
                "029 2018 0123", "01632 960123", "07700 900123", "08081 570123", "0909 879 0123",
                "03069 990123", "+44 115 496 0181")) {
            assertThat(h.only("Phone: " + n).likelihood()).as(n).isEqualTo(Likelihood.VERY_LIKELY);
        }
        assertThat(PhoneNumbers.isOfcomDramaNumber("+441154960447")).isTrue();
        assertThat(PhoneNumbers.isOfcomDramaNumber("+441154970447")).isFalse();
        assertThat(PhoneNumbers.isOfcomDramaNumber("+4411549604x7")).isFalse();
    }

    @Test
    void mobileAndRegionalDramaNumbersCount() {
        // libphonenumber calls 07700 900xxx and 01632 960xxx unallocated; fixtures use exactly these
        assertThat(h.only("mobile 07700 900123").finding().hash()).isEqualTo(h.hashOf(InfoType.PHONE_NUMBER, "+447700900123"));
        assertThat(h.only("Call 01632 960123 today").likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(h.only("ring 07700 900 123").text()).isEqualTo("07700 900 123");
        assertThat(h.only("0161 496 0000").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(h.only("Jo (07700 900123)").text()).isEqualTo("07700 900123");
    }

    @Test
    void otherCountriesInInternationalForm() {
        // libphonenumber's documented examples: a Swiss, a US and a German number
        assertThat(h.only("phone +41 44 668 18 00").finding().hash()).isEqualTo(h.hashOf(InfoType.PHONE_NUMBER, "+41446681800"));
        assertThat(h.only("Tel +1 650-253-0000.").finding().hash()).isEqualTo(h.hashOf(InfoType.PHONE_NUMBER, "+16502530000"));
        assertThat(h.only("+49 30 1234567").likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void bareDigitsWithoutContextAreAtMostPossible() {
        assertThat(h.only("value 02079460000").likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(h.only("phone: 02079460000").likelihood()).isEqualTo(Likelihood.LIKELY);
        // named as another kind of number: not even parsed
        assertThat(h.scan("Order no 07700900123, ref 02079460000")).isEmpty();
    }

    @Test
    void hardNegatives() {
        assertThat(h.scan("NHS No: 943 476 5919")).isEmpty();
        assertThat(h.scan("born 01/02/1985, seen 2023-01-15 10:15:00")).isEmpty();
        assertThat(h.scan("host 10.0.0.1 and 010.000.000.001")).isEmpty();
        assertThat(h.scan("id 020794600001234567")).isEmpty();
        assertThat(h.scan("ids 12-02079460000 and 02079460000-12 and 02079460000x")).isEmpty();
        assertThat(h.scan("sort code 04-00-04 account 0123456789")).isEmpty();
        assertThat(h.scan("no UK numbers start 04 or 06: 0600 123 4567, 04123 456789")).isEmpty();
        assertThat(h.scan("3+44 sums and +0 and + 44")).isEmpty();
    }

    @Test
    void aFollowingNumberDoesNotSpoilTheMatch() {
        assertThat(h.only("tel 020 7946 0000 2 lines").text()).isEqualTo("020 7946 0000");
        assertThat(h.only("tel +44 20 7946 0000 12 lines").text()).isEqualTo("+44 20 7946 0000");
    }

    @Test
    void shapeFilterKeepsLibphonenumberCallsRare() {
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            noise.append("Order ").append(100000 + i).append(" on 2024-03-").append(10 + i % 18)
                    .append(" from 10.0.").append(i % 200).append(".1, NHS 943 476 5919, total £")
                    .append(i).append(".99, v1.2.").append(i).append('\n');
        }
        long before = PhoneNumbers.parseCalls();
        assertThat(h.scan(noise.toString())).isEmpty();
        assertThat(h.scan("order 07700900223, invoice 02079460223")).isEmpty();
        assertThat(PhoneNumbers.parseCalls() - before).isZero();

        long before2 = PhoneNumbers.parseCalls();
        assertThat(h.scan("Tel 020 7946 0987, mobile 07700 900987, +44 7700 900987")).hasSize(3);
        assertThat(PhoneNumbers.parseCalls() - before2).as("+44 numbers are checked in plain code").isZero();

        long before3 = PhoneNumbers.parseCalls();
        assertThat(h.scan("Tel +41 44 668 18 01, again +41 44 668 18 01, +41 44 668 18 02")).hasSize(3);
        assertThat(PhoneNumbers.parseCalls() - before3).as("other countries' repeats are memoised").isEqualTo(2);
    }
}
