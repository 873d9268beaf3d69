package org.custodian.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.custodian.engine.detectors.NhsNumberDetector;
import org.junit.jupiter.api.Test;

class RegionDetectorTest {
    private static final InfoType CODE = InfoType.of("TEST_CODE");

    /** Reports every "QX" followed by four digits, reading the window itself. */
    private static final class CodeFinder implements RegionDetector {
        @Override
        public String id() {
            return "test-code";
        }

        @Override
        public Set<InfoType> infoTypes() {
            return Set.of(CODE);
        }

        @Override
        public void detectRegion(ScanWindow w, int from, int to, Matches out) {
            for (int i = from; i < to; i++) {
                if (i + 6 <= w.limit() && w.charAt(i) == 'Q' && w.charAt(i + 1) == 'X'
                        && Character.isDigit(w.charAt(i + 2)) && Character.isDigit(w.charAt(i + 5))) {
                    out.add(CODE, i, i + 6, 0.7, w.substring(i, i + 6), this);
                }
            }
        }
    }

    @Test
    void regionMatchesAreReportedOncePerValueWhateverTheChunking() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 120; i++) b.append("row ").append(i).append(" QX").append(1000 + i).append(' ').append("-".repeat(i % 17));
        String text = b.toString();
        Engine engine = Engine.builder().addRegion(new CodeFinder()).minLikelihood(Likelihood.LIKELY).build();
        List<Long> whole = offsets(engine, text, text.length() + 1);
        assertThat(whole).hasSize(120);
        for (int chunk : new int[] {1, 3, 6, 100, 512, 513}) {
            assertThat(offsets(engine, text, chunk)).as("chunk " + chunk).isEqualTo(whole);
        }
    }

    private static List<Long> offsets(Engine engine, String text, int chunk) {
        List<Long> out = new ArrayList<>();
        new StreamScanner(engine, null, chunk).scan(text, (f, raw) -> out.add(f.location().offset()));
        return out;
    }

    @Test
    void regionDetectorsShareTheIdSpaceAndCanBeRemovedByInfoType() {
        assertThatThrownBy(() -> Engine.builder().addRegion(new CodeFinder()).addRegion(new CodeFinder()))
                .isInstanceOf(IllegalArgumentException.class);
        Engine e = Engine.builder().add(new NhsNumberDetector()).addRegion(new CodeFinder()).remove("TEST_CODE").build();
        assertThat(e.regionDetectors()).isEmpty();
        assertThat(e.detectors()).hasSize(1);
    }
}
