package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

/**
 * False positives and misses found by the accuracy runs (docs/accuracy.md), each checked the way
 * the command line sees it: the whole built-in pack at the default threshold. Values are synthetic.
 */
class DefaultPackRegressionTest {
    private final Engine engine = Engine.builder().addAll(BuiltInDetectors.all()).minLikelihood(Likelihood.LIKELY).build();

    private List<String> found(String text) {
        return engine.scan(text).stream()
                .map(f -> f.infoType() + ":" + text.substring((int) f.location().offset(),
                        (int) (f.location().offset() + f.location().length())))
                .toList();
    }

    @Test
    void aLuhnValidIbanTailIsPartOfTheIbanNotACard() {
        assertThat(found("IBAN GB57 SRLG 3910 8173 8277 63"))
                .containsExactly("IBAN:GB57 SRLG 3910 8173 8277 63");
    }

    @Test
    void theGroupsOfAnAmexNumberAreNotAPhoneNumber() {
        assertThat(found("card 3487 070945 26465"))
                .containsExactly("PAYMENT_CARD_NUMBER:3487 070945 26465");
    }

    @Test
    void compositesStillReportTheValuesTheyContain() {
        List<String> f = found("Send it to 16 Prince's Street, Leeds, LS1 4DY please.");
        assertThat(f).anyMatch(s -> s.startsWith(InfoType.STREET_ADDRESS + ":"));
        assertThat(f).contains("UK_POSTCODE:LS1 4DY");
    }

    @Test
    void nhsInAnEmailDomainIsNotContextForAnNhsNumber() {
        assertThat(found("craig_p77@nhs.net,+44 (0)191 498 0972,Leeds"))
                .noneMatch(s -> s.startsWith(InfoType.UK_NHS_NUMBER + ":"));
        assertThat(found("Details at www.nhs.uk - ref 4010232137"))
                .noneMatch(s -> s.startsWith(InfoType.UK_NHS_NUMBER + ":"));
        assertThat(found("NHS number: 401 023 2137")).contains("UK_NHS_NUMBER:401 023 2137");
    }

    @Test
    void aLowerCaseNinoNeedsAContextWord() {
        assertThat(found("NI number yh290533c")).contains("UK_NATIONAL_INSURANCE_NUMBER:yh290533c");
        assertThat(found("My national insurance is yh290533c, thanks")).contains("UK_NATIONAL_INSURANCE_NUMBER:yh290533c");
        assertThat(found("ref yh290533c")).isEmpty();
    }

    @Test
    void aReferenceRightBeforeTheValueOutweighsPassportWordingAfterIt() {
        assertThat(found("Parcel ref 624240902 collected.  Passport number to follow."))
                .noneMatch(s -> s.startsWith(InfoType.UK_PASSPORT_NUMBER + ":"));
        assertThat(found("Parcel ref AB1234567 collected.  Passport number to follow."))
                .noneMatch(s -> s.startsWith(InfoType.UK_PASSPORT_NUMBER + ":"));
        assertThat(found("Passport number 624240902 (ref kept on file)"))
                .contains("UK_PASSPORT_NUMBER:624240902");
        assertThat(found("Holder's 624240902 is the passport number."))
                .contains("UK_PASSPORT_NUMBER:624240902");
    }
}
