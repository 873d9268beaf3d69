package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.engine.InfoType.UK_BANK_ACCOUNT;

import java.util.List;
import org.custodian.engine.Canonical;
import org.custodian.engine.Finding;
import org.custodian.engine.KeyedHash;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class UkBankAccountDetectorTest {
    private final DetectorTesting t = new DetectorTesting(new UkBankAccountDetector());
    private final KeyedHash expected = DetectorTesting.hashOf(UK_BANK_ACCOUNT, "20-00-00 12345678");

    @Test
    void canonicalIsSortCodeThenAccountWhateverTheOrder() {
        assertThat(Canonical.of(UK_BANK_ACCOUNT, "20-00-00 12345678")).isEqualTo("20000012345678");
        assertThat(Canonical.of(UK_BANK_ACCOUNT, "Account 12345678, sort code 20-00-00")).isEqualTo("20000012345678");
        assertThat(Canonical.of(UK_BANK_ACCOUNT, "200000,12345678")).isEqualTo("20000012345678");
        assertThat(Canonical.of(UK_BANK_ACCOUNT, "12345678")).isEqualTo("12345678");
    }

    @Test
    void sortCodeWithAccountNumberInTheUsualWritings() {
        for (String s : List.of(
                "Sort code 20-00-00 Account 12345678",
                "Sort code: 20 00 00, account number: 12345678",
                "sort code 200000 acc no 12345678",
                "Bank details: 20-00-00\nAccount no. 12345678",
                "Account number 12345678 sort code 20-00-00",
                "name,sort_code,account_number\nJ Smith,20-00-00,12345678\n",
                "account_number,sort_code\n12345678,20-00-00\n")) {
            Finding f = t.one(s);
            assertThat(f.infoType()).isEqualTo(UK_BANK_ACCOUNT);
            assertThat(f.likelihood()).as(s).isEqualTo(Likelihood.VERY_LIKELY);
            assertThat(f.hash()).as(s).isEqualTo(expected);
        }
    }

    @Test
    void rowsAreNotPairedAcrossRecords() {
        String accountFirst = "account_number,sort_code\n12345678,20-00-00\n87654321,30-00-00\n";
        assertThat(t.scan(accountFirst)).extracting(Finding::hash).containsExactly(expected,
                DetectorTesting.hashOf(UK_BANK_ACCOUNT, "30-00-00 87654321"));
        String sortFirst = "Sort code: 20-00-00 Account: 12345678\nSort code: 30-00-00 Account: 87654321\n";
        assertThat(t.scan(sortFirst)).extracting(Finding::hash).containsExactly(expected,
                DetectorTesting.hashOf(UK_BANK_ACCOUNT, "30-00-00 87654321"));
        String reversed = "Account: 12345678 Sort code: 20-00-00\nAccount: 87654321 Sort code: 30-00-00\n";
        assertThat(t.scan(reversed)).extracting(Finding::hash).containsExactly(expected,
                DetectorTesting.hashOf(UK_BANK_ACCOUNT, "30-00-00 87654321"));
    }

    @Test
    void pairWithoutWordsIsLikelyUnlessTheSortCodeCouldBeADate() {
        assertThat(t.one("Transfer to 40-47-84 31926819 today").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(t.one("Transfer to 20-04-84 31926819 today").likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void accountNumberAloneNeedsWordsAndStaysLower() {
        assertThat(t.scan("reading 31926819 kWh")).isEmpty();
        assertThat(t.one("Account number: 31926819").likelihood()).isEqualTo(Likelihood.POSSIBLE);
        Finding bank = t.one("Bank account number: 31926819");
        assertThat(bank.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(bank.hash()).isEqualTo(DetectorTesting.hashOf(UK_BANK_ACCOUNT, "31926819"));
        assertThat(bank.masked()).isEqualTo("******19");
        assertThat(t.one("Bank account opened 20240115").likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void hardNegatives() {
        assertThat(t.scan("Date of birth 12-03-85")).isEmpty();
        assertThat(t.scan("born 12-03-85 ref 12345678")).allSatisfy(
                f -> assertThat(f.likelihood()).isEqualTo(Likelihood.VERY_UNLIKELY));
        assertThat(t.scan("Call 01 23 45 67 89 now")).isEmpty();
        assertThat(t.scan("Call 020 7946 0000 or 07700 900123")).isEmpty();
        assertThat(t.scan("part 12-34-56-78 12345678")).isEmpty();
        assertThat(t.scan("v 12-34-56.7 12345678")).isEmpty();
        assertThat(t.scan("Order 123456 item 12345678")).isEmpty(); // six digits need the words "sort code"
        assertThat(t.scan("sort code 20-00-00 account 123456789")).isEmpty();
        assertThat(t.scan("sort code 20-00-00 then 99 then 12345678")).isEmpty();
        assertThat(t.scan("20-00-00\n\n\n12345678")).isEmpty();
        assertThat(t.one("Order 20-00-00 12345678").likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }
}
