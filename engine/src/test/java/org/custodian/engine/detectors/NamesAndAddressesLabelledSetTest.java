package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall at LIKELY on a small hand-written set that does not come from any generator.
 * Floors are the values reached when the set was written; lower them only with a reason.
 */
class NamesAndAddressesLabelledSetTest {
    private static final double NAME_PRECISION_FLOOR = 1.0;
    private static final double NAME_RECALL_FLOOR = 1.0;
    private static final double ADDRESS_PRECISION_FLOOR = 1.0;
    private static final double ADDRESS_RECALL_FLOOR = 1.0;

    record Span(InfoType type, int start, int end) {
    }

    @Test
    void precisionAndRecallAtLikely() throws IOException {
        String marked;
        try (InputStream in = getClass().getResourceAsStream("names-addresses-labelled.txt")) {
            marked = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        Set<Span> expected = new HashSet<>();
        for (String line : marked.split("\n", -1)) {
            if (line.startsWith("#")) continue;
            text.append(line).append('\n');
        }
        String plain = strip(text.toString(), expected);
        Engine engine = Engine.builder().add(new PersonNameDetector()).add(new StreetAddressDetector())
                .minLikelihood(Likelihood.LIKELY).build();
        Set<Span> found = new HashSet<>();
        int docStart = 0;
        for (String doc : plain.split("\n----\n", -1)) {
            for (Finding f : engine.scan(doc)) {
                int s = docStart + (int) f.location().offset();
                found.add(new Span(f.infoType(), s, s + f.location().length()));
            }
            docStart += doc.length() + "\n----\n".length();
        }
        check(InfoType.PERSON_NAME, expected, found, plain, NAME_PRECISION_FLOOR, NAME_RECALL_FLOOR);
        check(InfoType.STREET_ADDRESS, expected, found, plain, ADDRESS_PRECISION_FLOOR, ADDRESS_RECALL_FLOOR);
    }

    private static void check(InfoType type, Set<Span> expected, Set<Span> found, String text, double pFloor,
            double rFloor) {
        List<String> falsePositives = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        int truePositives = 0;
        for (Span s : found) {
            if (!s.type().equals(type)) continue;
            if (expected.contains(s)) truePositives++;
            else falsePositives.add(text.substring(s.start(), s.end()));
        }
        for (Span s : expected) {
            if (s.type().equals(type) && !found.contains(s)) missed.add(text.substring(s.start(), s.end()));
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives.size());
        double recall = truePositives / (double) Math.max(1, truePositives + missed.size());
        assertThat(precision).as(type + " precision; false positives " + falsePositives).isGreaterThanOrEqualTo(pFloor);
        assertThat(recall).as(type + " recall; missed " + missed).isGreaterThanOrEqualTo(rFloor);
    }

    /** Removes {{TYPE:value}} markup, recording each value's span in the plain text. */
    private static String strip(String marked, Set<Span> spans) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("{{", i);
            if (open < 0) {
                out.append(marked, i, marked.length());
                break;
            }
            out.append(marked, i, open);
            int colon = marked.indexOf(':', open);
            int close = marked.indexOf("}}", colon);
            InfoType type = InfoType.of(marked.substring(open + 2, colon));
            int start = out.length();
            out.append(marked, colon + 1, close);
            spans.add(new Span(type, start, out.length()));
            i = close + 2;
        }
        return out.toString();
    }
}
