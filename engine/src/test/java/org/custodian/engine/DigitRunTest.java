package org.custodian.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A run moved to one of its later groups must read exactly as the run computed there afresh. */
class DigitRunTest {
    @Test
    void runAtALaterGroupEqualsAFreshRunThere() {
        String alphabet = "0123456789012345678901234567890123456789 -./:,aT";
        SplittableRandom rnd = new SplittableRandom(7);
        DigitRun moved = new DigitRun();
        DigitRun fresh = new DigitRun();
        int shifts = 0;
        for (int round = 0; round < 100_000; round++) {
            char[] text = new char[1 + rnd.nextInt(60)];
            for (int i = 0; i < text.length; i++) text[i] = alphabet.charAt(rnd.nextInt(alphabet.length()));
            text[0] = (char) ('0' + rnd.nextInt(10));
            int limit = 1 + rnd.nextInt(text.length);
            moved.compute(text, 0, limit);
            // the engine asks at each later group start in turn, so walk them in order
            for (int pos = 1; pos < limit; pos++) {
                if (!Character.isDigit(text[pos]) || Character.isDigit(text[pos - 1])) continue;
                fresh.compute(text, pos, limit);
                if (moved.startAtLaterGroup(pos)) {
                    shifts++;
                    assertSame(moved, fresh, new String(text, 0, limit) + " @" + pos);
                } else if (moved.start() != pos) {
                    moved.compute(text, pos, limit);
                }
            }
        }
        assertThat(shifts).as("the suffix path was exercised").isGreaterThan(10_000);
    }

    private static void assertSame(DigitRun a, DigitRun b, String where) {
        assertThat(a.start()).as(where).isEqualTo(b.start());
        assertThat(a.end()).as(where).isEqualTo(b.end());
        assertThat(a.groups()).as(where).isEqualTo(b.groups());
        assertThat(a.digitCount()).as(where).isEqualTo(b.digitCount());
        for (int g = 0; g < a.groups(); g++) {
            assertThat(a.groupStart(g)).as(where).isEqualTo(b.groupStart(g));
            assertThat(a.groupLength(g)).as(where).isEqualTo(b.groupLength(g));
        }
        for (int i = 0; i < a.digitCount(); i++) assertThat(a.digit(i)).as(where).isEqualTo(b.digit(i));
        if (a.digitCount() > 0) {
            int n = Math.min(a.digitCount(), 18);
            assertThat(a.value(0, n)).as(where).isEqualTo(b.value(0, n));
        }
    }
}
