package org.custodian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void countsHaveThousandsSeparatorsInEveryLocale() {
        assertThat(Units.count(0)).isEqualTo("0");
        assertThat(Units.count(1234)).isEqualTo("1,234");
        assertThat(Units.count(20_000_000)).isEqualTo("20,000,000");
    }

    @Test
    void bytesInDecimalUnits() {
        assertThat(Units.bytes(0)).isEqualTo("0 B");
        assertThat(Units.bytes(999)).isEqualTo("999 B");
        assertThat(Units.bytes(1000)).isEqualTo("1.0 kB");
        assertThat(Units.bytes(52_341)).isEqualTo("52.3 kB");
        assertThat(Units.bytes(512_000_000)).isEqualTo("512 MB");
        assertThat(Units.bytes(999_960)).isEqualTo("1.0 MB");
        assertThat(Units.bytes(3_500_000_000_000L)).isEqualTo("3.5 TB");
        assertThat(Units.rate(48_200_000)).isEqualTo("48.2 MB/s");
        assertThat(Units.rate(Double.NaN)).isEqualTo("? B/s");
    }

    @Test
    void durationsAsHoursMinutesSeconds() {
        assertThat(Units.duration(Duration.ofSeconds(192))).isEqualTo("0:03:12");
        assertThat(Units.duration(Duration.ofHours(30).plusSeconds(5))).isEqualTo("30:00:05");
        assertThat(Units.duration(Duration.ofSeconds(-3))).isEqualTo("0:00:00");
    }

    @Test
    void elisionKeepsBothEnds() {
        assertThat(Units.elideMiddle("short", 10)).isEqualTo("short");
        assertThat(Units.elideMiddle("/srv/share/abcdefghij/report.docx", 20)).isEqualTo("/srv/s...report.docx").hasSize(20);
    }

    @Test
    void displaySafeReplacesControlAndBidiCharacters() {
        assertThat(Units.displaySafe("plain é 名前")).isEqualTo("plain é 名前");
        assertThat(Units.displaySafe("a\u001b[31mb\u202Ec\n")).isEqualTo("a?[31mb?c?");
    }
}
