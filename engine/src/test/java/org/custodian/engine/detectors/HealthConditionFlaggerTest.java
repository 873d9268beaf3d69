package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class HealthConditionFlaggerTest {
    private final Engine flagged = Engine.builder().addAll(BuiltInDetectors.all())
            .specialCategories(SpecialCategories.defaultFlagger()).minLikelihood(Likelihood.LIKELY).build();
    private final Engine unflagged = Engine.builder().addAll(BuiltInDetectors.all())
            .minLikelihood(Likelihood.LIKELY).build();

    private Finding first(Engine e, String text, InfoType type) {
        return e.scan(text).stream().filter(f -> f.infoType().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void healthTermNearAPersonFlagsIt() {
        for (String s : List.of(
                "Mrs Okafor was diagnosed with type 2 diabetes in 2019.",
                "Sarah Whitfield - chemotherapy from March",
                "Patient Sarah Whitfield, mental health referral",
                "Mr Pemberton is pregnant? No: his wife is.",
                "Mrs Okafor (Alzheimer's, lives alone)",
                "Mrs Okafor: ASTHMA")) {
            assertThat(first(flagged, s, InfoType.PERSON_NAME).specialCategories()).as(s).containsExactly("HEALTH");
        }
        Finding nhs = first(flagged, "NHS number 943 476 5919, prescribed sertraline", InfoType.UK_NHS_NUMBER);
        assertThat(nhs.specialCategories()).containsExactly(HealthConditionFlagger.FLAG);
        Finding address = first(flagged, "14 Mill Lane, Leeds LS6 2AB. Dialysis three times a week.",
                InfoType.STREET_ADDRESS);
        assertThat(address.specialCategories()).containsExactly("HEALTH");
    }

    @Test
    void multiWordTermsNeedEveryWord() {
        assertThat(first(flagged, "Mrs Okafor has a long history of mental illness", InfoType.PERSON_NAME)
                .specialCategories()).containsExactly("HEALTH");
        assertThat(first(flagged, "Mrs Okafor is in good mental shape", InfoType.PERSON_NAME)
                .specialCategories()).isEmpty();
        assertThat(first(flagged, "Mrs Okafor has heart\ndisease", InfoType.PERSON_NAME)
                .specialCategories()).containsExactly("HEALTH");
    }

    @Test
    void wholeWordsOnly() {
        for (String s : List.of(
                "Mrs Okafor ordered cancerous-looking props", // prefix of a word, not "cancer"
                "Mrs Okafor uses hearing aids and visual aids",
                "Mrs Okafor disabled the account",
                "Mrs Okafor signed the contract termination",
                "Mrs Okafor chivalrous", // contains "hiv"
                "Thanks, Sarah Whitfield, for the report and diagnosis.",
                "Mrs Okafor used the prescribed format")) {
            assertThat(first(flagged, s, InfoType.PERSON_NAME).specialCategories()).as(s).isEmpty();
        }
    }

    @Test
    void farAwayTermsOnAnotherLineDoNotCount() {
        String text = "Mrs Okafor called about the boiler.\n" + "x ".repeat(100) + "\nThe diabetes clinic moved.";
        assertThat(first(flagged, text, InfoType.PERSON_NAME).specialCategories()).isEmpty();
        String sameLine = "Mrs Okafor called about the boiler. " + "x ".repeat(100) + " The diabetes clinic moved.";
        assertThat(first(flagged, sameLine, InfoType.PERSON_NAME).specialCategories()).containsExactly("HEALTH");
    }

    @Test
    void onlyPersonIdentifyingTypesAreFlagged() {
        HealthConditionFlagger f = new HealthConditionFlagger();
        assertThat(HealthConditionFlagger.PERSON_TYPES).contains(InfoType.PERSON_NAME, InfoType.UK_NHS_NUMBER,
                InfoType.DATE_OF_BIRTH, InfoType.EMAIL_ADDRESS).doesNotContain(InfoType.IBAN, InfoType.IP_ADDRESS);
        assertThat(f).isNotNull();
    }

    @Test
    void withoutAFlaggerNothingIsFlagged() {
        String s = "Mrs Okafor was diagnosed with diabetes";
        assertThat(first(unflagged, s, InfoType.PERSON_NAME).specialCategories()).isEmpty();
        assertThat(first(flagged, s, InfoType.PERSON_NAME).specialCategories()).isNotEmpty();
    }

    @Test
    void customTermLists() {
        Engine e = Engine.builder().add(new PersonNameDetector())
                .specialCategories(new HealthConditionFlagger(List.of("gout", "bunion surgery")))
                .minLikelihood(Likelihood.LIKELY).build();
        assertThat(e.scan("Mrs Okafor has gout").get(0).specialCategories()).containsExactly("HEALTH");
        assertThat(e.scan("Mrs Okafor needs bunion surgery").get(0).specialCategories()).containsExactly("HEALTH");
        assertThat(e.scan("Mrs Okafor has diabetes").get(0).specialCategories()).isEmpty();
    }
}
