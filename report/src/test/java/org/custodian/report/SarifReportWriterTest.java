package org.custodian.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode write(ScanSummary summary, List<FileReport> files) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReportWriter().write(summary, files, out);
        return MAPPER.readTree(out.toString());
    }

    private static JsonNode run() throws IOException {
        JsonNode log = write(SampleScan.summary(), SampleScan.FILES);
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asText()).contains("sarif-2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        return log.get("runs").get(0);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    @Test
    void oneRunByCustodianWithARulePerInfoType() throws IOException {
        JsonNode driver = run().get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("Custodian");
        assertThat(driver.get("version").asText()).isEqualTo("engine-1.0+detectors-abc123");
        assertThat(list(driver.get("rules"))).extracting(r -> r.get("id").asText())
                .containsExactly("EMAIL_ADDRESS", "PHONE_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER", "UK_NHS_NUMBER");
        JsonNode nhs = driver.get("rules").get(3);
        assertThat(nhs.get("shortDescription").get("text").asText()).isEqualTo("NHS number");
        assertThat(nhs.get("fullDescription").get("text").asText()).isNotBlank();
    }

    @Test
    void everyResultHasTheRequiredPartsAndPointsAtItsRule() throws IOException {
        JsonNode run = run();
        List<JsonNode> rules = list(run.get("tool").get("driver").get("rules"));
        List<JsonNode> results = list(run.get("results"));
        assertThat(results).hasSize(6);
        for (JsonNode r : results) {
            assertThat(r.get("ruleId").asText()).isEqualTo(rules.get(r.get("ruleIndex").asInt()).get("id").asText());
            assertThat(r.get("level").asText()).isIn("error", "warning", "note");
            assertThat(r.get("message").get("text").asText()).isNotBlank();
            JsonNode physical = r.get("locations").get(0).get("physicalLocation");
            assertThat(physical.get("artifactLocation").get("uri").asText()).startsWith("file:///srv/share/");
            assertThat(physical.get("region").get("startLine").asInt()).isPositive();
            assertThat(physical.get("region").get("startColumn").asInt()).isPositive();
        }
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("UK_NHS_NUMBER");
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.get("message").get("text").asText()).isEqualTo("NHS number (very likely): *** *** **19");
        assertThat(first.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("file:///srv/share/hr/staff%20list,%202024.csv");
        assertThat(first.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(2);
        assertThat(first.get("partialFingerprints").get("custodianValueHash/v1").asText()).startsWith("hmac-sha256:v1:");
        assertThat(first.has("suppressions")).isFalse();
        assertThat(first.get("properties").get("likelihood").asText()).isEqualTo("VERY_LIKELY");
    }

    @Test
    void anArchiveMemberPointsAtTheOuterFileAndNamesTheMember() throws IOException {
        JsonNode member = run().get("results").get(4);
        JsonNode location = member.get("locations").get(0);
        assertThat(location.get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("file:///srv/share/bundle.zip");
        JsonNode logical = location.get("logicalLocations").get(0);
        assertThat(logical.get("fullyQualifiedName").asText()).isEqualTo("/srv/share/bundle.zip!/export/a.docx");
        assertThat(logical.get("name").asText()).isEqualTo("export/a.docx");
        assertThat(member.get("properties").get("archiveMember").asText()).isEqualTo("export/a.docx");
        assertThat(member.get("properties").get("fileStatus").asText()).isEqualTo("partial");
        // triaged as a false positive in Custodian: suppressed, not dropped
        JsonNode suppression = member.get("suppressions").get(0);
        assertThat(suppression.get("kind").asText()).isEqualTo("external");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
    }

    @Test
    void theMessageCarriesMaskedEvidenceOnly() throws IOException {
        JsonNode hostile = run().get("results").get(5);
        assertThat(hostile.get("level").asText()).isEqualTo("note");
        assertThat(hostile.get("message").get("text").asText()).isEqualTo("E-mail address (possible): " + SampleScan.HOSTILE_MASKED);
        assertThat(hostile.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("file:///srv/share/%3Cscript%3Ealert(1)%3C/script%3E.txt");
        assertThat(hostile.has("partialFingerprints")).as("no hash, no fingerprint").isFalse();
    }

    @Test
    void filesNotReadWholeAreWarningsAndTheRunIsNotSuccessful() throws IOException {
        JsonNode invocation = run().get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.get("startTimeUtc").asText()).isEqualTo("2026-11-24T01:00:00Z");
        List<JsonNode> notes = list(invocation.get("toolExecutionNotifications"));
        assertThat(notes).extracting(n -> n.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .containsExactly("file:///srv/share/bundle.zip", "file:///srv/share/bin/blob.bin");
        assertThat(notes).extracting(n -> n.get("descriptor").get("id").asText()).containsExactly("file-partial", "file-skipped");
        assertThat(notes.get(1).get("level").asText()).isEqualTo("warning");
        assertThat(notes.get(1).get("message").get("text").asText()).contains("NOT known to be clean").endsWith("binary file with no text");
    }

    @Test
    void aCompleteScanIsSuccessfulWithNoNotifications() throws IOException {
        List<FileReport> files = List.of(SampleScan.STAFF, SampleScan.CLEAN);
        JsonNode run = write(SampleScan.summaryOf(files), files).get("runs").get(0);
        assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
        assertThat(run.get("invocations").get(0).get("toolExecutionNotifications")).isEmpty();
        assertThat(run.get("properties").get("verdict").asText()).isEqualTo("FINDINGS");
    }

    @Test
    void unreadableFilesPastTheLimitAreCountedNotListed() throws IOException {
        int files = SarifReportWriter.NOTIFICATION_LIMIT + 5;
        SampleScan.Generated fifos = new SampleScan.Generated(files, i -> new FileReport("/srv/dev/fifo" + i, 0, null, null, null,
                "skipped", List.of("not a regular file"), List.of(), 0, List.of()));
        ScanSummary summary = new ScanSummary(1, List.of("/srv/dev"), SampleScan.summary().started(), null, Likelihood.LIKELY,
                new ScanSummary.FileCounts(files, 0, 0, files, 0), 0, java.util.Map.of(), null);
        StringWriter out = new StringWriter();
        new SarifReportWriter().write(summary, fifos, out);
        JsonNode invocation = MAPPER.readTree(out.toString()).get("runs").get(0).get("invocations").get(0);
        List<JsonNode> notes = list(invocation.get("toolExecutionNotifications"));
        assertThat(notes).hasSize(SarifReportWriter.NOTIFICATION_LIMIT + 1);
        assertThat(notes.get(notes.size() - 1).get("message").get("text").asText())
                .isEqualTo("5 more files were not read whole; the JSON and CSV reports list every file.");
        assertThat(invocation.has("endTimeUtc")).as("still running: no end time").isFalse();
    }

    @Test
    void levelsFollowLikelihood() {
        assertThat(SarifReportWriter.level(Likelihood.VERY_LIKELY)).isEqualTo("error");
        assertThat(SarifReportWriter.level(Likelihood.LIKELY)).isEqualTo("warning");
        assertThat(SarifReportWriter.level(Likelihood.POSSIBLE)).isEqualTo("note");
        assertThat(SarifReportWriter.level(Likelihood.VERY_UNLIKELY)).isEqualTo("note");
    }

    @Test
    void pathsBecomeUris() {
        assertThat(SarifReportWriter.uri("/srv/a b/x#1?.txt")).isEqualTo("file:///srv/a%20b/x%231%3F.txt");
        assertThat(SarifReportWriter.uri("/srv/100%/é.txt")).isEqualTo("file:///srv/100%25/%C3%A9.txt");
        assertThat(SarifReportWriter.uri("share/a b.txt")).isEqualTo("share/a%20b.txt");
        assertThat(SarifReportWriter.uri("c:d.txt")).isEqualTo("./c:d.txt");
    }
}
