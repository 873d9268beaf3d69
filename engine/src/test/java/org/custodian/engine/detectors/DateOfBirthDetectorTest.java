package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Canonical;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.validate.Dates;
import org.junit.jupiter.api.Test;

class DateOfBirthDetectorTest {
    private final DetectorHarness h = new DetectorHarness(new DateOfBirthDetector());

    @Test
    void everyFormatWithBirthContextHashesTheIsoDate() {
        for (String d : List.of("12/03/1985", "12-03-1985", "12.03.1985", "1985-03-12", "12/3/1985", "12 March 1985",
                "12th March 1985", "12 Mar 1985", "12 Mar. 1985", "March 12, 1985", "Mar 12th 1985", "12-Mar-1985",
                "12/03/85", "12 march 1985", "12 March, 1985", "1985/03/12")) {
            DetectorHarness.Hit hit = h.only("Date of birth: " + d + ".");
            assertThat(hit.text()).as(d).isEqualTo(d);
            assertThat(hit.likelihood()).as(d).isEqualTo(Likelihood.VERY_LIKELY);
            assertThat(hit.finding().hash()).as(d).isEqualTo(h.hashOf(InfoType.DATE_OF_BIRTH, "1985-03-12"));
            assertThat(Canonical.of(InfoType.DATE_OF_BIRTH, d)).as(d).isEqualTo("1985-03-12");
        }
    }

    @Test
    void dayFirstUnlessOnlyTheUsOrderIsACalendarDate() {
        assertThat(Canonical.of(InfoType.DATE_OF_BIRTH, "05/06/1990")).isEqualTo("1990-06-05");
        assertThat(Canonical.of(InfoType.DATE_OF_BIRTH, "06/25/1990")).isEqualTo("1990-06-25");
        assertThat(Canonical.of(InfoType.DATE_OF_BIRTH, "25/06/1990")).isEqualTo("1990-06-25");
    }

    @Test
    void contextWordsAndColumnHeaders() {
        for (String s : List.of("DOB 01/02/1970", "D.O.B.: 01/02/1970", "born on 1 February 1970", "Birthday: 1970-02-01",
                "birth_date=1970-02-01", "01/02/1970 (date of birth)")) {
            assertThat(h.only(s).likelihood()).as(s).isEqualTo(Likelihood.VERY_LIKELY);
            assertThat(h.only(s).finding().hash()).as(s).isEqualTo(h.hashOf(InfoType.DATE_OF_BIRTH, "1970-02-01"));
        }
        List<DetectorHarness.Hit> rows = h.scan("name,date_of_birth,visit\nJo,01/02/1970,03/04/2020\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(rows.get(1).likelihood()).isLessThan(Likelihood.POSSIBLE);
    }

    @Test
    void aHeaderBelowATitleStillNamesItsColumn() {
        // an export pasted into a document: title, blank line, header, rows
        List<DetectorHarness.Hit> rows = h.scan("Payroll export\n\nname,date_of_birth,start_date\nJo,01/02/1970,03/04/2020\n"
                + "Al,05/06/1981,07/08/2019\n");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(rows.get(1).likelihood()).isLessThan(Likelihood.POSSIBLE);
        assertThat(rows.get(2).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        // a sentence with commas two lines down is no header: nothing follows it with as many cells
        List<DetectorHarness.Hit> prose = h.scan("Notes\n\nWe met Jo, Al and Sam.\nThe visit, on 01/02/1970, went well.\n");
        assertThat(prose).allSatisfy(hit -> assertThat(hit.likelihood()).isLessThan(Likelihood.LIKELY));
    }

    @Test
    void aBareDateIsUnlikelyAtMost() {
        assertThat(h.only("The meeting moved to 12/03/2019 instead.").likelihood()).isLessThanOrEqualTo(Likelihood.UNLIKELY);
        assertThat(h.only("on 4 July 1976 something").likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void otherKindsOfDateStayLowEvenNearBirthWords() {
        assertThat(h.only("Invoice date: 12/03/2019").likelihood()).isLessThan(Likelihood.UNLIKELY);
        assertThat(h.only("Appointment 12/03/2019").likelihood()).isLessThan(Likelihood.UNLIKELY);
        List<DetectorHarness.Hit> both = h.scan("DOB 01/02/1970, appointment 03/04/2020");
        assertThat(both).hasSize(2);
        assertThat(both.get(0).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(both.get(1).likelihood()).isLessThan(Likelihood.UNLIKELY);
        assertThat(h.only("2024-03-12 10:15:02 INFO started").likelihood()).isLessThan(Likelihood.UNLIKELY);
        assertThat(h.only("2024-03-12T10:15:02Z INFO started").likelihood()).isLessThan(Likelihood.UNLIKELY);
        assertThat(h.only("\"dob\":\"1985-03-12T00:00:00Z\"").likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void rejectsImpossibleAndImplausibleDates() {
        assertThat(h.scan("DOB 31/02/1985 DOB 29/02/1985 DOB 13/13/1985 DOB 00/01/1985")).isEmpty();
        assertThat(h.scan("DOB 12/03/1899 DOB 12/03/2999 DOB 12/03/19850")).isEmpty();
        assertThat(h.only("DOB 29/02/1984").finding().hash()).isEqualTo(h.hashOf(InfoType.DATE_OF_BIRTH, "1984-02-29"));
    }

    @Test
    void rejectsPartsOfLongerNumbersAndVersions() {
        assertThat(h.scan("DOB 1.12.03.1985 DOB 12/03/1985/7 DOB 12.03.1985.4 DOB 12/03-1985")).isEmpty();
        assertThat(h.scan("DOB v2019.03.12 DOB 12/03/1985x")).isEmpty();
    }

    @Test
    void compactDigitsNeedContext() {
        assertThat(h.only("dob=19850312").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(h.scan("order 19850312")).isEmpty();
    }

    @Test
    void monthWordsThatAreNotDates() {
        assertThat(h.scan("May I help? March 2020 was odd. Mayday 12. Dec 45 1985")).isEmpty();
    }

    @Test
    void parserPackingRoundTrips() {
        char[] c = "12th March 1985!".toCharArray();
        long p = Dates.parse(c, 0, c.length, 25);
        assertThat(Dates.end(p)).isEqualTo(15);
        assertThat(Dates.iso(p)).isEqualTo("1985-03-12");
        assertThat(Dates.toIso("1st Jan 2000")).isEqualTo("2000-01-01");
        assertThat(Dates.toIso("2nd Sept 2001")).isEqualTo("2001-09-02");
        assertThat(Dates.toIso("2th Sept 2001")).isNull();
    }

    @Test
    void aLaterDateIsNotTheBirthDateOfTheWordBeforeAnEarlierOne() {
        // the corpus's misses: the birth word belongs to the first date after it
        assertThat(likely("Date of birth 1981-05-18. Pick-up on 25th July 2025 at the depot."))
                .containsExactly("1981-05-18");
        assertThat(likely("Born 23/11/1962\nBank: sort code 16-04-44")).containsExactly("23/11/1962");
        assertThat(likely("DOB January 8, 1965 and NI HA-05-31-60-D")).containsExactly("January 8, 1965");
    }

    private java.util.List<String> likely(String text) {
        return h.scan(text).stream().filter(x -> x.likelihood().atLeast(Likelihood.LIKELY))
                .map(DetectorHarness.Hit::text).toList();
    }
}
