package org.custodian.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The raw-text matcher must give exactly the answer of normalising first and matching after. */
class HotwordsRawMatchTest {
    private static final Hotwords WORDS = Hotwords.of("nhs", "nhs no", "date of birth", "dob", "sort code",
            "a", "née", "Ölçü", "patient id", "kid");

    @Test
    void matchesPhrasesAcrossPunctuationCaseAndSpacing() {
        assertThat(raw("Patient's DATE-OF_BIRTH: ", WORDS)).isTrue();
        assertThat(raw("NHS  No.", WORDS)).isTrue();
        assertThat(raw("nhsno", WORDS)).isFalse();
        assertThat(raw("xdob", WORDS)).isFalse();
        assertThat(raw("sort codes", WORDS)).isFalse();
        assertThat(raw("NÉE Smith", WORDS)).isTrue();
        assertThat(raw("\u212aID", WORDS)).as("Kelvin sign lower-cases to k").isTrue();
    }

    @Test
    void agreesWithNormaliseThenMatchOnRandomText() {
        String alphabet = "nhsNHS odateOfbirthDOB ,.-_:/\u00e9\u00c9\u00f6\u00d6\u00e7\u00fc\u00dc01aA\n\tkid\u212a\u0130";
        SplittableRandom rnd = new SplittableRandom(11);
        char[] scratch = new char[256];
        for (int round = 0; round < 200_000; round++) {
            int len = rnd.nextInt(24);
            char[] text = new char[len + 4];
            for (int i = 0; i < text.length; i++) text[i] = alphabet.charAt(rnd.nextInt(alphabet.length()));
            int from = rnd.nextInt(3);
            int to = from + rnd.nextInt(text.length - from + 1);
            int n = Hotwords.normaliseInto(text, from, to, scratch);
            boolean expected = WORDS.occursIn(scratch, n);
            assertThat(WORDS.occursInRaw(text, from, to))
                    .as("%s in [%d,%d)", new String(text), from, to).isEqualTo(expected);
        }
    }

    /** Every phrase holds a 'b', so ranges without one are rejected before the word-start walk. */
    private static final Hotwords BIRTH = Hotwords.of("dob", "d o b", "date of birth", "born", "bday", "Bébé");

    @Test
    void aListWithALetterInEveryPhraseAgreesWithNormaliseThenMatch() {
        String alphabet = "dobDOB birthBIRTHate ,.-_:/@\u00e9\u00c9y\n\u212a\u0130";
        SplittableRandom rnd = new SplittableRandom(13);
        char[] scratch = new char[256];
        for (int round = 0; round < 200_000; round++) {
            int len = rnd.nextInt(24);
            char[] text = new char[len + 4];
            for (int i = 0; i < text.length; i++) text[i] = alphabet.charAt(rnd.nextInt(alphabet.length()));
            int from = rnd.nextInt(3);
            int to = from + rnd.nextInt(text.length - from + 1);
            int n = Hotwords.normaliseInto(text, from, to, scratch);
            boolean expected = BIRTH.occursIn(scratch, n);
            assertThat(BIRTH.occursInRaw(text, from, to)).as("%s in [%d,%d)", new String(text), from, to).isEqualTo(expected);
            assertThat(BIRTH.lastStart(text, from, to) >= 0).as("%s in [%d,%d)", new String(text), from, to).isEqualTo(expected);
        }
        assertThat(BIRTH.occursInRaw("Date of Birth:".toCharArray(), 0, 14)).isTrue();
        assertThat(BIRTH.occursInRaw("Date of issue:".toCharArray(), 0, 14)).isFalse();
    }

    @Test
    void lastStartFindsTheNearestOccurrenceOnRandomText() {
        String alphabet = "nhsNHS odateOfbirthDOB ,.-_:/\u00e9\u00c9\u00f6\u00d6\u00e7\u00fc\u00dc01aA\n\tkid\u212a\u0130";
        SplittableRandom rnd = new SplittableRandom(12);
        for (int round = 0; round < 200_000; round++) {
            char[] text = new char[rnd.nextInt(24) + 4];
            for (int i = 0; i < text.length; i++) text[i] = alphabet.charAt(rnd.nextInt(alphabet.length()));
            int from = rnd.nextInt(3);
            int to = from + rnd.nextInt(text.length - from + 1);
            int last = WORDS.lastStart(text, from, to);
            String where = new String(text) + " in [" + from + "," + to + ")";
            assertThat(last >= 0).as(where).isEqualTo(WORDS.occursInRaw(text, from, to));
            if (last < 0) continue;
            // it starts a word, an occurrence begins there, and none begins after it
            assertThat(last == from || !ScanWindow.isWordChar(text[last - 1])).as(where).isTrue();
            assertThat(WORDS.occursInRaw(text, last, to)).as(where).isTrue();
            for (int later = last + 1; later < to; later++) {
                if (ScanWindow.isWordChar(text[later - 1])) continue;
                // an occurrence right after '@' or '.' is part of an address inside the range; cut
                // off at that punctuation it would look like a word, so it proves nothing here
                if (text[later - 1] == '@' || text[later - 1] == '.') continue;
                assertThat(WORDS.occursInRaw(text, later, to)).as(where + " after " + last).isFalse();
            }
        }
    }

    @Test
    void lastStartPrefersTheNearerOfTwo() {
        String s = "dob then date of birth 1";
        assertThat(WORDS.lastStart(s.toCharArray(), 0, s.length())).isEqualTo(s.indexOf("birth") - 8);
    }

    private static boolean raw(String s, Hotwords w) {
        return w.occursInRaw(s.toCharArray(), 0, s.length());
    }
}
