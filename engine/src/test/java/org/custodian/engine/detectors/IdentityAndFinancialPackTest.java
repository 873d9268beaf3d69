package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

/** The identity and financial detectors together in the default pack: each value is found once, as its own type. */
class IdentityAndFinancialPackTest {
    private final Engine engine = Engine.builder().addAll(BuiltInDetectors.all()).minLikelihood(Likelihood.LIKELY).build();

    @Test
    void aRecordWithEveryTypeGivesOneFindingPerValue() {
        String text = """
                Customer record (synthetic)
                Name: Sarah Morgan, DOB 16/11/1975
                NI number: JG 10 37 59 A
                Passport no: 925076473
                Driving licence: MORGA761165SM9IJ
                Card: 4111 1111 1111 1111 exp 12/27
                IBAN: GB29 NWBK 6016 1331 9268 19
                Sort code 40-47-84 Account 31926819
                """;
        Map<InfoType, List<Finding>> byType = engine.scan(text).stream()
                .collect(Collectors.groupingBy(Finding::infoType));
        for (InfoType type : List.of(InfoType.UK_NATIONAL_INSURANCE_NUMBER, InfoType.UK_PASSPORT_NUMBER,
                InfoType.UK_DRIVING_LICENCE_NUMBER, InfoType.PAYMENT_CARD_NUMBER, InfoType.IBAN,
                InfoType.UK_BANK_ACCOUNT)) {
            assertThat(byType.get(type)).as(type.name()).singleElement()
                    .satisfies(f -> assertThat(f.likelihood()).isEqualTo(Likelihood.VERY_LIKELY));
        }
        // the name and the date of birth are found too, by their own detectors
        assertThat(byType.keySet()).containsExactlyInAnyOrder(InfoType.UK_NATIONAL_INSURANCE_NUMBER,
                InfoType.UK_PASSPORT_NUMBER, InfoType.UK_DRIVING_LICENCE_NUMBER, InfoType.PAYMENT_CARD_NUMBER,
                InfoType.IBAN, InfoType.UK_BANK_ACCOUNT, InfoType.PERSON_NAME, InfoType.DATE_OF_BIRTH);
    }

    @Test
    void proseVersionsAndOrderNumbersStayQuiet() {
        String text = """
                Release 2.4.1 (build 20240115) fixes AB12 and GB29 parsing; see ticket JIRA-4411.
                Order no 4111111111111111 shipped 12-03-2024, invoice 925076473, tracking 1Z999AA10123456784.
                Call 020 7946 0000 between 09 00 and 17 30. Version 12-34-56 of the SDK.
                """;
        // the one real value in it is the (drama-range) phone number
        assertThat(engine.scan(text)).extracting(Finding::infoType).containsExactly(InfoType.PHONE_NUMBER);
    }
}
