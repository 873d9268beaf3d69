package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class CriminalOffenceFlaggerTest {
    private final Engine engine = Engine.builder().addAll(BuiltInDetectors.all())
            .specialCategories(SpecialCategories.defaultFlagger()).minLikelihood(Likelihood.LIKELY).build();

    private Finding name(String text) {
        return engine.scan(text).stream().filter(f -> f.infoType().equals(InfoType.PERSON_NAME)).findFirst()
                .orElseThrow();
    }

    @Test
    void convictionsAndSentencesNearAPerson() {
        for (String s : List.of(
                "Mr Pemberton was convicted of fraud in 2015",
                "Mr Pemberton has an unspent conviction",
                "Mr Pemberton: criminal record disclosed",
                "Mr Pemberton was sentenced to 18 months",
                "Mr Pemberton was arrested for assault")) {
            assertThat(name(s).specialCategories()).as(s).containsExactly("CRIMINAL_OFFENCE");
        }
    }

    @Test
    void ordinaryUsesOfLegalWordsAreNotFlagged() {
        for (String s : List.of(
                "Mr Pemberton spoke with conviction",
                "Mr Pemberton charged his phone",
                "Mr Pemberton is on probation in his new job",
                "Mr Pemberton wrote a long sentence",
                "Mr Pemberton booked the tennis court",
                "Mr Pemberton was charged £20 for parking")) {
            assertThat(name(s).specialCategories()).as(s).isEmpty();
        }
    }

    @Test
    void bothFlagsCanBeRaisedTogether() {
        assertThat(name("Mr Pemberton, convicted in 2015, has schizophrenia").specialCategories())
                .containsExactlyInAnyOrder("CRIMINAL_OFFENCE", "HEALTH");
    }
}
