package org.custodian.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.custodian.engine.detectors.BuiltInDetectors;
import org.junit.jupiter.api.Test;

/** Gates only skip calls that would reject: the built-ins find exactly the same with and without. */
class WordStartGateTest {

    /** A built-in with its gates removed, so it is called at every word start it names. */
    private record Ungated(Detector d) implements Detector {
        @Override
        public String id() {
            return d.id();
        }

        @Override
        public Set<InfoType> infoTypes() {
            return d.infoTypes();
        }

        @Override
        public Triggers triggers() {
            return d.triggers().withoutGates();
        }

        @Override
        public void detect(ScanWindow w, int pos, Matches out) {
            d.detect(w, pos, out);
        }
    }

    private static final String[] VALUES = {
            "943 476 5919", "9434765919", "943-476-5919", "4505577104", "AB123456C", "AB 12 34 56 C", "ab123456c",
            "QQ 12 34 56 A", "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "378282246310005",
            "3056 930902 5904", "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "gb82west12345698765432",
            "DE89 3704 0044 0532 0130 00", "12-34-56", "123456", "12345678", "20-00-00 55779911", "925665416",
            "GB925665416", "P<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "MORGA657054SM9IJ", "MORGA 657054 SM9IJ",
            "SW1A 1AA", "M1 1AA", "B11AA", "GIR 0AA", "EC1A1BB", "020 7946 0000", "07700 900123", "+44 20 7946 0000",
            "(020) 7946 0000", "07700900123", "192.168.1.20", "10.0.0.1", "2001:db8::1", "fe80::1ff:fe23:4567:890a",
            "::1", "12/03/1980", "1980-03-12", "12 March 1980", "March 12, 1980", "12th March 1980", "19800312",
            "12-Mar-1980", "12.03.1980", "2026-11-24T01:15:00Z", "AKIAIOSFODNN7EXAMPLE", "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
            "password=hunter2secret", "John Smith", "Dr Jane O'Brien", "SMITH, John", "12 High Street", "12a Oak Road, Leeds",
            "Zoë Müller", "1st", "3rd", "v1.2.3", "order 12345678", "A1", "Ab1", "x9", "E", "I", "42", "0", "7", "1234567890123456789012345678901234567890",
            "john.smith@example.co.uk", "NHS number", "date of birth", "DOB:", "sort code", "account no", "passport",
    };
    private static final String[] GLUE = {" ", "  ", "\n", ", ", ": ", "\t", "; ", "\"", "=", "-", ".", "/", "(", ")", "|", " — ", "<"};

    private static String text(long seed, int tokens) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            b.append(VALUES[r.nextInt(VALUES.length)]).append(GLUE[r.nextInt(GLUE.length)]);
        }
        return b.toString();
    }

    private static List<String> findings(Engine engine, String text) {
        List<String> out = new ArrayList<>();
        engine.scan(text, (f, raw) -> out.add(f.infoType() + "@" + f.location().offset() + "+"
                + f.location().length() + " " + f.score() + " " + f.detector()));
        return out;
    }

    @Test
    void builtInsFindTheSameWithAndWithoutGates() {
        List<Detector> ungated = new ArrayList<>();
        for (Detector d : BuiltInDetectors.all()) ungated.add(new Ungated(d));
        Engine gated = Engine.builder().addAll(BuiltInDetectors.all()).minLikelihood(Likelihood.VERY_UNLIKELY).build();
        Engine plain = Engine.builder().addAll(ungated).minLikelihood(Likelihood.VERY_UNLIKELY).build();
        for (long seed = 0; seed < 40; seed++) {
            String text = text(seed, 400);
            List<String> expected = findings(plain, text);
            assertThat(expected).isNotEmpty();
            assertThat(findings(gated, text)).as("seed %d", seed).isEqualTo(expected);
        }
    }

    private static final class Recording implements Detector {
        final Triggers triggers;
        final List<Integer> calls = new ArrayList<>();

        Recording(Triggers triggers) {
            this.triggers = triggers;
        }

        @Override
        public String id() {
            return "recording-" + System.identityHashCode(this);
        }

        @Override
        public Set<InfoType> infoTypes() {
            return Set.of();
        }

        @Override
        public Triggers triggers() {
            return triggers;
        }

        @Override
        public void detect(ScanWindow w, int pos, Matches out) {
            calls.add(pos);
        }
    }

    @Test
    void gatesPickWordStartsByFirstDigitGroupAndWordShape() {
        Recording tenDigits = new Recording(Triggers.create().digits().digitGroup(10, 10));
        Recording threeThenSpace = new Recording(Triggers.create().digits().digitGroup(3, 3, " "));
        Recording anyDigit = new Recording(Triggers.create().digits());
        Recording twoLettersThenDigit = new Recording(Triggers.create().upperCase().wordShape("AA9"));
        Recording letterAfterDigits = new Recording(Triggers.create().digits().digitGroup(1, 2, "a"));
        Engine e = Engine.builder().add(tenDigits).add(threeThenSpace).add(anyDigit).add(twoLettersThenDigit)
                .add(letterAfterDigits).build();
        //          0         1         2         3         4
        //          0123456789012345678901234567890123456789012345
        String t = "9434765919 943 476 AB12 Ab12 A 12th 943.1 XYZ";
        e.scan(t);
        assertThat(tenDigits.calls).containsExactly(0);
        assertThat(threeThenSpace.calls).containsExactly(11, 15);
        assertThat(anyDigit.calls).containsExactly(0, 11, 15, 31, 36, 40);
        assertThat(twoLettersThenDigit.calls).containsExactly(19);
        assertThat(letterAfterDigits.calls).containsExactly(31);
    }
}
