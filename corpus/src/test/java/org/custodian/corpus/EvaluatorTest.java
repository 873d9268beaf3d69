package org.custodian.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.custodian.engine.Detector;
import org.custodian.engine.Engine;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    /** Reports every word starting with "Z" as an IP address, to test the scoring rules alone. */
    static final class ZWords implements Detector {
        @Override
        public String id() {
            return "z-words";
        }

        @Override
        public Set<InfoType> infoTypes() {
            return Set.of(InfoType.IP_ADDRESS);
        }

        @Override
        public Triggers triggers() {
            return Triggers.create().wordStartingWith("Z");
        }

        @Override
        public void detect(ScanWindow w, int pos, Matches out) {
            int end = w.wordEnd(pos);
            out.add(InfoType.IP_ADDRESS, pos, end, 0.9, w.substring(pos, end), this);
        }
    }

    private final Evaluator evaluator = new Evaluator(
            Engine.builder().add(new ZWords()).minLikelihood(Likelihood.LIKELY).build());

    @Test
    void overlapWithSameTypeLabelIsTruePositiveAndEverythingElseIsFalse() {
        // "Zab" overlaps the IP label; "Zcd" sits on a planted trap; "Zef" is on unplanted text;
        // "Zgh" overlaps a label of another type; the last IP label is not found.
        String text = "Zab.1 x Zcd y Zef w Zgh v 10.0.0.1";
        LabelledDocument doc = new LabelledDocument("t", text,
                List.of(new Label(InfoType.IP_ADDRESS, 0, 5), new Label(InfoType.EMAIL_ADDRESS, 20, 23),
                        new Label(InfoType.IP_ADDRESS, 26, 34)),
                List.of(new HardNegative("version-string", 8, 11)));
        Evaluator.Report r = evaluator.evaluate(List.of(doc));
        Evaluator.Score ip = r.scores().get(InfoType.IP_ADDRESS);
        assertThat(ip.findings()).isEqualTo(4);
        assertThat(ip.truePositives()).isEqualTo(1);
        assertThat(ip.precision()).isEqualTo(0.25);
        assertThat(ip.labels()).isEqualTo(2);
        assertThat(ip.recall()).isEqualTo(0.5);
        assertThat(r.trapHits().get(InfoType.IP_ADDRESS))
                .containsEntry("version-string", 1).containsEntry("(unplanted text)", 2);
        assertThat(r.measured(InfoType.IP_ADDRESS)).isTrue();
        assertThat(r.measured(InfoType.EMAIL_ADDRESS)).isFalse();
        assertThat(r.table()).contains("not yet").contains("IP_ADDRESS");
    }

    @Test
    void nothingFoundAndNothingReportedIsPerfectPrecisionZeroRecall() {
        LabelledDocument doc = new LabelledDocument("t", "host 10.0.0.1", List.of(new Label(InfoType.IP_ADDRESS, 5, 13)));
        Evaluator.Score s = evaluator.evaluate(List.of(doc)).scores().get(InfoType.IP_ADDRESS);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.0);
    }

    @Test
    void defaultEngineIsTheCliDefault() {
        assertThat(Evaluator.defaultEngine().minLikelihood()).isEqualTo(Likelihood.LIKELY);
    }
}
