package org.custodian.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The plain-code +44 path must give libphonenumber's answer (validity and E.164 form) for every
 * spelling: national "0...", "+44...", "+440..." (trunk written after the country code).
 */
class UkNumberRangesTest {
    private static final String[] SPELLINGS = {"0", "+44", "+440"};

    @Test
    void agreesWithLibphonenumberOnEveryFourDigitPrefixAndLength() {
        SplittableRandom random = new SplittableRandom(44);
        List<String> nsns = new ArrayList<>();
        for (int prefix = 1000; prefix <= 9999; prefix++) {
            for (int len = 6; len <= 11; len++) nsns.add(prefix + digits(random, len - 4));
        }
        int valid = assertAgreement(nsns);
        // the sample must reach both answers in bulk, or it proves little
        assertThat(valid).isGreaterThan(5_000).isLessThan(nsns.size() * SPELLINGS.length / 2);
    }

    @Test
    void agreesWithLibphonenumberInsideAllocatedBlocks() {
        // every six-digit prefix of ten-digit numbers in the finely split ranges (01 geographic
        // sub-blocks, 07 mobile/pager blocks, 08/09 tariffs), plus the drama ranges
        SplittableRandom random = new SplittableRandom(7);
        List<String> nsns = new ArrayList<>();
        for (int prefix = 110000; prefix <= 199999; prefix += 1 + random.nextInt(5)) nsns.add(prefix + digits(random, 4));
        for (int prefix = 700000; prefix <= 999999; prefix += 1 + random.nextInt(11)) nsns.add(prefix + digits(random, 4));
        for (int prefix = 110000; prefix <= 199999; prefix += 1 + random.nextInt(9)) nsns.add(prefix + digits(random, 3));
        for (String drama : List.of("7700900", "1632960", "2079460", "1134960", "1614960", "1214960",
                "1314960", "1414960", "1514960", "1174960", "8081570")) {
            nsns.add(drama + digits(random, 3));
        }
        nsns.add("8001111");
        nsns.add("8454641");
        nsns.add("1800208001111");
        assertAgreement(nsns);
    }

    @Test
    void crownDependenciesAreValidUnderPlus44() {
        // Guernsey, Jersey and Isle of Man ranges: libphonenumber accepts them for +44 through
        // its GG, JE and IM metadata
        assertThat(PhoneNumbers.validE164("01481256789")).isEqualTo("+441481256789");
        assertThat(PhoneNumbers.validE164("01534456789")).isEqualTo("+441534456789");
        assertThat(PhoneNumbers.validE164("+447624456789")).isEqualTo("+447624456789");
        assertThat(PhoneNumbers.validE164("04123456789")).isNull();
    }

    @Test
    void ukNumbersAreNeverParsed() {
        long before = PhoneNumbers.parseCalls();
        PhoneNumbers.validE164("02079460123");
        PhoneNumbers.validE164("+4402079460123");
        PhoneNumbers.validE164("+447911123456");
        assertThat(PhoneNumbers.parseCalls() - before).isZero();
    }

    private static int assertAgreement(List<String> nsns) {
        int valid = 0;
        List<String> disagreements = new ArrayList<>();
        for (String nsn : nsns) {
            for (String spelling : SPELLINGS) {
                String compact = spelling + nsn;
                String expected = PhoneNumbers.libphonenumberE164(compact);
                String actual = PhoneNumbers.validE164(compact);
                char[] chars = ("x" + compact + "x").toCharArray();
                String fromChars = PhoneNumbers.validE164(chars, 1, chars.length - 1, compact.startsWith("+"));
                if (expected != null) valid++;
                if (!java.util.Objects.equals(expected, actual) || !java.util.Objects.equals(expected, fromChars)) {
                    disagreements.add(compact + " libphonenumber=" + expected + " ours=" + actual + "/" + fromChars);
                }
            }
        }
        assertThat(disagreements).isEmpty();
        return valid;
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append((char) ('0' + random.nextInt(10)));
        return b.toString();
    }
}
