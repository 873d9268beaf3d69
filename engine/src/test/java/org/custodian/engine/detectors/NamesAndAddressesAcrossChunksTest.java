package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.custodian.engine.Engine;
import org.custodian.engine.Likelihood;
import org.custodian.engine.StreamScanner;
import org.junit.jupiter.api.Test;

/** Values that straddle the engine's chunk boundary are found once, whole. */
class NamesAndAddressesAcrossChunksTest {
    private final Engine engine = Engine.builder().add(new PersonNameDetector()).add(new StreetAddressDetector())
            .minLikelihood(Likelihood.LIKELY).build();

    @Test
    void nameAndMultiLineAddressAcrossTheChunkBoundary() {
        String value = "Mrs Sarah Okafor\nFlat 3, 12 High Street\nLeeds\nLS1 4AB";
        for (int back = 0; back <= value.length() + 1; back++) {
            StringBuilder b = new StringBuilder();
            int at = StreamScanner.DEFAULT_CHUNK - back;
            while (b.length() < at - 1) b.append(b.length() % 60 == 59 ? '\n' : 'x');
            b.append(' ').append(value).append(" and more text.\n");
            String text = b.toString();
            List<String> found = new ArrayList<>();
            engine.scan(text, (f, raw) -> found.add(f.infoType() + " " + text.substring((int) f.location().offset(),
                    (int) f.location().offset() + f.location().length())));
            assertThat(found).as("value starting " + back + " before the boundary")
                    .containsExactly("PERSON_NAME Mrs Sarah Okafor", "STREET_ADDRESS Flat 3, 12 High Street\nLeeds\nLS1 4AB");
        }
    }
}
