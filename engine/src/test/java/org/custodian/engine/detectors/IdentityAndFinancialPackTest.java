package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.StreamScanner;
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
    void csvColumnHeadersAreContextForEveryType() {
        String csv = """
                id,ni_number,passport_no,driving_licence,card_number,iban,sort_code,account_number
                1,jg103759a,925076473,MORGA761165SM9IJ,4111111111111111,gb29nwbk60161331926819,200000,31926819
                """;
        Map<InfoType, List<Finding>> byType = engine.scan(csv).stream().collect(Collectors.groupingBy(Finding::infoType));
        assertThat(byType.keySet()).containsExactlyInAnyOrder(InfoType.UK_NATIONAL_INSURANCE_NUMBER,
                InfoType.UK_PASSPORT_NUMBER, InfoType.UK_DRIVING_LICENCE_NUMBER, InfoType.PAYMENT_CARD_NUMBER,
                InfoType.IBAN, InfoType.UK_BANK_ACCOUNT);
        byType.forEach((type, fs) -> assertThat(fs).as(type.name()).singleElement()
                .satisfies(f -> assertThat(f.likelihood()).isEqualTo(Likelihood.VERY_LIKELY)));
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

    @Test
    void chunkBoundariesNeitherLoseNorRepeatAValue() {
        String record = """
                Sarah Morgan (16/11/1975) NINO JG 10 37 59 A, passport 925076473, licence MORGA761165SM9IJ,
                card 3782 822463 10005, IBAN GB29 NWBK 6016 1331 9268 19, sort code 40-47-84 account 31926819.
                """;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) text.append(record).append("filler ".repeat(i * 3));
        List<String> whole = scanWithChunk(text.toString(), text.length() + 1);
        assertThat(whole).hasSize(12 * 7); // six identity values and the name, per record
        for (int chunk : new int[] {1, 7, 64, 100, 511, 513, 1000}) {
            assertThat(scanWithChunk(text.toString(), chunk)).as("chunk " + chunk).isEqualTo(whole);
        }
    }

    private List<String> scanWithChunk(String text, int chunk) {
        List<String> out = new ArrayList<>();
        new StreamScanner(engine, null, chunk).scan(text, (f, raw) -> out.add(f.infoType() + "@"
                + f.location().offset() + "+" + f.location().length() + " " + f.likelihood()));
        return out;
    }
}
