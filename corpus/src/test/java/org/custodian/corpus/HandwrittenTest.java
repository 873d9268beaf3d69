package org.custodian.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.custodian.engine.InfoType;
import org.junit.jupiter.api.Test;

class HandwrittenTest {
    @Test
    void markersBecomeLabelsAndTrapsOnCleanText() {
        LabelledDocument d = Handwritten.parse("t", "## note\nNHS [[UK_NHS_NUMBER|943 476 5919]], order [[!order-number|4505577104]].\n[[[!ts|14/Mar/2025]]] x");
        assertThat(d.text()).isEqualTo("NHS 943 476 5919, order 4505577104.\n[14/Mar/2025] x");
        assertThat(d.labels()).containsExactly(new Label(InfoType.UK_NHS_NUMBER, 4, 16));
        assertThat(d.hardNegatives()).containsExactly(new HardNegative("order-number", 24, 34), new HardNegative("ts", 37, 48));
    }

    @Test
    void unterminatedMarkerIsAnError() {
        assertThatThrownBy(() -> Handwritten.parse("t", "x [[EMAIL_ADDRESS|a@b.co")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSetCoversEveryInfoTypeWithKnownTypeNames() {
        List<LabelledDocument> docs = Handwritten.loadFromClasspath();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(12);
        long labels = docs.stream().mapToLong(d -> d.labels().size()).sum();
        assertThat(labels).isGreaterThanOrEqualTo(100);
        assertThat(docs.stream().flatMap(d -> d.labels().stream()).map(Label::type).distinct())
                .containsExactlyInAnyOrderElementsOf(CorpusTypes.ALL);
        for (LabelledDocument d : docs) {
            assertThat(d.text()).doesNotContain("[[").doesNotContain("]]");
        }
    }
}
