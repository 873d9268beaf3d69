package org.custodian.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void eachNameGivesItsWriter() {
        assertThat(ReportFormats.names()).containsExactly("json", "csv", "sarif", "html");
        assertThat(ReportFormats.forName("json")).isInstanceOf(JsonReportWriter.class);
        assertThat(ReportFormats.forName("csv")).isInstanceOf(CsvReportWriter.class);
        assertThat(ReportFormats.forName("SARIF")).isInstanceOf(SarifReportWriter.class);
        assertThat(ReportFormats.forName("Html")).isInstanceOf(HtmlReportWriter.class);
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> ReportFormats.forName("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'xml'; valid formats: json, csv, sarif, html");
        assertThatThrownBy(() -> ReportFormats.forName(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("json, csv, sarif, html");
    }

    @Test
    void aFileStatusOutsideTheFourIsRefusedWhenTheReportIsBuilt() {
        assertThat(new FileReport("/a", 1, Instant.EPOCH, null, null, "PARTIAL", List.of(), List.of(), 0, List.of()).status())
                .isEqualTo("partial");
        assertThatThrownBy(() -> new FileReport("/a", 1, Instant.EPOCH, null, null, "clean", List.of(), List.of(), 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scanned, partial, skipped or unchanged");
    }

    @Test
    void triageDefaultsToOpenAndIsLowerCase() {
        assertThat(new ReportedFinding(1, "/a", InfoType.IBAN, Likelihood.LIKELY, 1, 1,
                "**", null, null, "iban", Set.of(), null).triage()).isEqualTo("open");
        assertThat(new ReportedFinding(1, "/a", InfoType.IBAN, Likelihood.LIKELY, 1, 1,
                "**", null, null, "iban", Set.of(), "FALSE_POSITIVE").triage()).isEqualTo("false_positive");
    }

    @Test
    void memberPathsSplitAtTheFirstArchiveBoundary() {
        assertThat(MemberPath.of("/srv/a.zip!/b.zip!/c.txt")).isEqualTo(new MemberPath("/srv/a.zip", "b.zip!/c.txt"));
        assertThat(MemberPath.of("/srv/plain.txt").isMember()).isFalse();
    }
}
