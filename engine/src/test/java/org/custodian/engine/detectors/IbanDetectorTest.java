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
    void presidioIbanCases() {
        // a selection of Presidio's IBAN recognizer cases: valid contiguous and printed forms, then a
        // character of the wrong class, a missing character and a wrong check, per country
        List<String> valid = List.of("AL47212110090000000235698741", "AL47 2121 1009 0000 0002 3569 8741",
                "AD12 0001 2030 2003 5910 0100", "AZ21 NABZ 0000 0000 1370 1000 1944", "BY13 NBRB 3600 9000 0000 2Z00 AB00",
                "BE71 0961 2345 6769", "BR97 0036 0305 0000 1000 9795 493P 1", "HR12 1001 0051 8630 0016 0",
                "DK50 0040 0440 1162 43", "TL38 0080 0123 4567 8910 157", "FR14 2004 1010 0505 0001 3M02 606",
                "GE29 NB00 0000 0101 9049 17", "GI75 NWBK 0000 0000 7099 453", "IS14 0159 2600 7654 5510 7303 39",
                "JO94 CBJO 0010 0000 0000 0131 0003 02", "KZ86 125K ZT50 0410 0100", "XK05 1212 0123 4567 8906",
                "LI21 0881 0000 2324 013A A", "MU17 BOMM 0101 1010 3030 0200 000M UR", "MD24 AG00 0225 1000 1310 4168",
                "QA58 DOHB 0000 1234 5678 90AB CDEF G", "RO49 AAAA 1B31 0075 9384 0000", "SM86 U032 2509 8000 0000 0270 100",
                "CH93 0076 2011 6238 5295 7", "TR33 0006 1005 1978 6457 8413 26", "AE07 0331 2345 6789 0123 456");
        for (String iban : valid) {
            assertThat(t.one(iban).location().length()).as(iban).isEqualTo(iban.length());
        }
        List<String> invalid = List.of("AL47 212A 1009 0000 0002 3569 8741", "AL47 212A 1009 0000 0002 3569 874",
                "AL47 2121 1009 0000 0002 3569 8740", "AD12000A2030200359100100", "AZ21NABZ0000000013701000194",
                "BH67BMA100001299123456", "BY13NBRBA600900000002Z00AB00", "BR9700360305000010009795493P",
                "CR05 0152 0200 1026 2840 6A", "HR12 001 0051 8630 0016 A", "EE38 2200 2210  014 5686",
                "GI75 aWBK 0000 0000 7099 453", "G T82 TRAJ 0102 0000 0012 1002 9690", "KW81 aBKU 0000 0000 0000 1234 5601 01",
                "LV80 bANK 0000 4351 9500 1", "NL91 1BNA 0417 1643 00", "QA58 0OHB 0000 1234 5678 90AB CDEF G",
                "SM86 0032 2509 8000 0000 0270 100", "GB29 1WBK 6016 1331 9268 19", "GB29 NWBK 6016 1331 9268 10");
        for (String s : invalid) {
            assertThat(t.scan(s)).as(s).isEmpty();
        }
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
