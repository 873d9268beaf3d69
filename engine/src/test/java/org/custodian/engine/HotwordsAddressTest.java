package org.custodian.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A context word inside an e-mail address or a domain is part of the address, not a word. */
class HotwordsAddressTest {
    private static final Hotwords NHS = Hotwords.of("nhs", "nhs number", "dob");

    @Test
    void wordsInsideAddressesAndDomainsDoNotCount() {
        assertThat(raw("craig_p77@nhs.net,")).isFalse();
        assertThat(raw("see www.nhs.uk for")).isFalse();
        assertThat(raw("write to nhs@example.org")).isFalse();
        assertThat(raw("x.nhs")).isFalse();
    }

    @Test
    void wordsNextToOrdinaryPunctuationStillCount() {
        assertThat(raw("Your NHS. Number")).isTrue();
        assertThat(raw("NHS.123")).isTrue();
        assertThat(raw("(NHS number):")).isTrue();
        assertThat(raw("end of the line.\nNHS")).isTrue();
    }

    @Test
    void labelsAndHeadersAreMatchedWithoutTheRule() {
        assertThat(NHS.occursIn("patient.dob")).isTrue();
    }

    @Test
    void rawMatchingAgreesWithNormaliseThenMatchAroundAddresses() {
        String alphabet = "nhsNHS dob.@_-:x1\u00e9";
        SplittableRandom rnd = new SplittableRandom(5);
        char[] scratch = new char[256];
        for (int round = 0; round < 100_000; round++) {
            char[] text = new char[rnd.nextInt(20) + 2];
            for (int i = 0; i < text.length; i++) text[i] = alphabet.charAt(rnd.nextInt(alphabet.length()));
            int from = rnd.nextInt(2);
            int to = from + rnd.nextInt(text.length - from + 1);
            int n = Hotwords.normaliseInto(text, from, to, scratch);
            assertThat(NHS.occursInRaw(text, from, to))
                    .as("%s in [%d,%d)", new String(text), from, to).isEqualTo(NHS.occursIn(scratch, n));
        }
    }

    private static boolean raw(String s) {
        return NHS.occursInRaw(s.toCharArray(), 0, s.length());
    }
}
