package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.custodian.engine.Engine;
import org.custodian.engine.Likelihood;
import org.custodian.engine.StreamScanner;
import org.junit.jupiter.api.Test;

/**
 * These detectors read backwards (e-mail local parts, context) and forwards (phone groups, IPv6),
 * so each must find the same values whatever the chunk boundaries are.
 */
class ContactDateNetworkStreamingTest {
    private final Engine engine = Engine.builder()
            .add(new EmailAddressDetector()).add(new PhoneNumberDetector()).add(new UkPostcodeDetector())
            .add(new IpAddressDetector()).add(new DateOfBirthDetector())
            .minLikelihood(Likelihood.VERY_UNLIKELY).build();

    private static String sample() {
        String[] values = {
            "email jane.doe@example.co.uk", "tel +44 (0)20 7946 0123", "mobile 07700 900456", "Postcode: EC1A 1BB",
            "from 81.2.69.160 port", "client 2001:db8:85a3::8a2e:370:7334 ok", "DOB 12th March 1985",
            "Date of birth: 03/04/1975", "CR2 6XH", "invoice 01/02/2020", "fax 01632 960 001"
        };
        Random r = new Random(11);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            b.append(values[r.nextInt(values.length)]).append(r.nextBoolean() ? "\n" : ", ");
            b.append("filler text ".repeat(r.nextInt(6)));
        }
        return b.toString();
    }

    private List<String> scan(String text, int chunk) {
        List<String> out = new ArrayList<>();
        new StreamScanner(engine, null, chunk).scan(text, (f, raw) ->
                out.add(f.infoType() + "@" + f.location().offset() + "+" + f.location().length() + " " + f.likelihood()));
        return out;
    }

    @Test
    void everyChunkSizeFindsTheSameValues() {
        String text = sample();
        List<String> whole = scan(text, text.length() + 1);
        assertThat(whole).hasSizeGreaterThan(100);
        for (int chunk : new int[] {1, 3, 7, 13, 64, 511, 513, 4096}) {
            assertThat(scan(text, chunk)).as("chunk " + chunk).isEqualTo(whole);
        }
    }
}
