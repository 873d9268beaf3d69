package org.custodian.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.custodian.engine.detectors.BuiltInDetectors;
import org.junit.jupiter.api.Test;

class StreamScannerTest {
    private final Engine engine = Engine.builder().addAll(BuiltInDetectors.all())
            .minLikelihood(Likelihood.VERY_UNLIKELY).build();

    private static String sampleText(long seed, int records) {
        Random r = new Random(seed);
        String[] nhs = {"943 476 5919", "4505577104", "943-476-5870"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < records; i++) {
            b.append("Patient ").append(i).append(" NHS No: ").append(nhs[r.nextInt(nhs.length)]);
            b.append(r.nextBoolean() ? "\n" : " — ".repeat(r.nextInt(3) + 1));
            b.append("filler ".repeat(r.nextInt(40)));
        }
        return b.toString();
    }

    private List<String> scanWithChunk(String text, int chunk) {
        List<String> out = new ArrayList<>();
        new StreamScanner(engine, null, chunk).scan(text, (f, raw) ->
                out.add(f.infoType() + "@" + f.location().offset() + "+" + f.location().length()
                        + " line " + f.location().line() + ":" + f.location().column()));
        return out;
    }

    @Test
    void everyChunkSizeFindsEachValueExactlyOnce() {
        String text = sampleText(7, 200);
        List<String> whole = scanWithChunk(text, text.length() + 1);
        assertThat(whole).hasSize(200);
        for (int chunk : new int[] {1, 2, 3, 5, 7, 11, 13, 64, 100, 511, 512, 513, 1000, 4096}) {
            assertThat(scanWithChunk(text, chunk)).as("chunk " + chunk).isEqualTo(whole);
        }
    }

    @Test
    void utf8ByteOffsetsCountMultiByteCharacters() throws Exception {
        String text = "£€ naïve 😀 NHS 943 476 5919";
        List<Finding> found = new ArrayList<>();
        engine.scanUtf8(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), (f, raw) -> found.add(f));
        Finding f = found.get(0);
        int expected = text.substring(0, text.indexOf("943")).getBytes(StandardCharsets.UTF_8).length;
        assertThat(f.location().byteOffset()).isEqualTo(expected);
        assertThat(f.location().offset()).isEqualTo(text.indexOf("943"));
    }

    @Test
    void rawValueIsOnlyHandedToTheSinkNeverKeptInTheFinding() {
        List<CharSequence> raw = new ArrayList<>();
        List<Finding> f = new ArrayList<>();
        engine.scan("NHS 943 476 5919", (x, r) -> {
            f.add(x);
            raw.add(r.toString());
        });
        assertThat(raw).containsExactly("943 476 5919");
        assertThat(f.get(0).toString()).doesNotContain("943 476 5919").doesNotContain("9434765919");
    }
}
