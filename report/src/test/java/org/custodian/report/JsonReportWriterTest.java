package org.custodian.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON report and docs/schema/scan-report-v1.json must describe the same thing. */
class JsonReportWriterTest {
    private static Schema schema;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "schema", "scan-report-v1.json"));
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    private static String write(ScanSummary summary, Iterable<FileReport> files) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(summary, files, out);
        return out.toString();
    }

    private static List<Error> errors(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void theSampleReportIsValidAndCarriesEveryContractField() throws IOException {
        String json = write(SampleScan.summary(), SampleScan.FILES);
        assertThat(errors(json)).isEmpty();

        JsonNode root = MAPPER.readTree(json);
        assertThat(root.get("schema").asText()).isEqualTo("scan-report-v1");
        JsonNode summary = root.get("summary");
        assertThat(summary.get("scanId").asLong()).isEqualTo(42);
        assertThat(summary.get("threshold").asText()).isEqualTo("POSSIBLE");
        assertThat(summary.get("findings").get("total").asLong()).isEqualTo(6);
        assertThat(summary.get("findings").get("byInfoType").fieldNames()).toIterable()
                .containsExactly("UK_NHS_NUMBER", "EMAIL_ADDRESS", "PHONE_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER");
        assertThat(summary.get("files").get("partial").asLong()).isEqualTo(1);
        assertThat(summary.get("complete").asBoolean()).isFalse();
        assertThat(summary.get("verdict").asText()).isEqualTo("INCOMPLETE");

        JsonNode files = root.get("files");
        assertThat(files).hasSize(SampleScan.FILES.size());
        JsonNode bundle = files.get(1);
        assertThat(bundle.get("path").asText()).isEqualTo("/srv/share/bundle.zip");
        assertThat(bundle.get("status").asText()).isEqualTo("partial");
        assertThat(bundle.get("reasons").get(0).asText()).startsWith("archive nested deeper");
        assertThat(bundle.get("exposures").get(0).get("kind").asText()).isEqualTo("GROUP_WRITABLE");
        JsonNode member = bundle.get("findings").get(0);
        assertThat(member.get("path").asText()).isEqualTo("/srv/share/bundle.zip!/export/a.docx");
        assertThat(member.get("infoType").asText()).isEqualTo("UK_NATIONAL_INSURANCE_NUMBER");
        assertThat(member.get("likelihood").asText()).isEqualTo("VERY_LIKELY");
        assertThat(member.get("line").asLong()).isEqualTo(7);
        assertThat(member.get("column").asInt()).isEqualTo(3);
        assertThat(member.get("masked").asText()).isEqualTo("** ** ** ** C");
        assertThat(member.get("hash").asText()).isEqualTo("hmac-sha256:v1:" + SampleScan.KEY_ID + ":" + String.format("%064x", 5));
        assertThat(member.get("keyId").asText()).isEqualTo(SampleScan.KEY_ID);
        assertThat(member.get("specialCategories")).extracting(JsonNode::asText).containsExactly("BIOMETRIC", "HEALTH");
        assertThat(member.get("triage").asText()).isEqualTo("false_positive");

        JsonNode blob = files.get(3);
        assertThat(blob.get("status").asText()).isEqualTo("skipped");
        assertThat(blob.has("modified")).isFalse();
        assertThat(blob.has("permissions")).as("not POSIX: left out, never null").isFalse();
        JsonNode hostile = files.get(2).get("findings").get(0);
        assertThat(hostile.get("masked").asText()).isEqualTo(SampleScan.HOSTILE_MASKED);
        assertThat(hostile.has("hash")).isFalse();
        assertThat(hostile.get("triage").asText()).isEqualTo("open");
    }

    @Test
    void anUnknownSizeIsLeftOut() throws IOException {
        FileReport gone = new FileReport("/srv/share/deleted-during-scan.txt", -1, null, null, null, "skipped",
                List.of("deleted before it could be read"), List.of(), 0, List.of());
        String json = write(SampleScan.summaryOf(List.of(gone)), List.of(gone));
        assertThat(errors(json)).isEmpty();
        assertThat(MAPPER.readTree(json).get("files").get(0).has("size")).isFalse();
    }

    @Test
    void anEmptyScanIsValid() throws IOException {
        String json = write(SampleScan.summaryOf(List.of()), List.of());
        assertThat(errors(json)).isEmpty();
        assertThat(MAPPER.readTree(json).get("summary").get("verdict").asText()).isEqualTo("NOTHING_FOUND");
    }

    @Test
    void filesAreWrittenAsTheyArriveNotCollectedFirst() throws IOException {
        List<Integer> writtenWhenAsked = new ArrayList<>();
        StringWriter out = new StringWriter();
        SampleScan.Generated[] source = new SampleScan.Generated[1];
        source[0] = new SampleScan.Generated(5_000, i -> {
            writtenWhenAsked.add(out.getBuffer().length());
            return SampleScan.numbered(i);
        });
        new JsonReportWriter().write(SampleScan.summaryOf(List.of()), source[0], out);

        // the writer asked for the 5,000th file long after output for the first ones had gone out
        assertThat(writtenWhenAsked.get(4_999)).isGreaterThan(out.getBuffer().length() / 2);
        assertThat(source[0].produced).isEqualTo(5_000);
        JsonNode files = MAPPER.readTree(out.toString()).get("files");
        assertThat(files).hasSize(5_000);
        assertThat(files.get(4_999).get("findings").get(0).get("line").asLong()).isEqualTo(5_000);
    }

    @Test
    void aReportCutShortByAnErrorIsNotValidJson() {
        StringWriter out = new StringWriter();
        Iterable<FileReport> failing = () -> new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public FileReport next() {
                if (n++ == 3) throw new IllegalStateException("store connection lost");
                return SampleScan.numbered(n);
            }
        };
        assertThatThrownBy(
                () -> new JsonReportWriter().write(SampleScan.summary(), failing, out)).hasMessage("store connection lost");
        assertThatThrownBy(() -> MAPPER.readTree(out.toString()))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void theWriterLeavesTheCallersStreamOpen() throws IOException {
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("closed the caller's writer");
            }
        };
        new JsonReportWriter().write(SampleScan.summary(), SampleScan.FILES, out);
        assertThat(out.toString()).endsWith("]}");
    }

    @Test
    void theSchemaRejectsWhatTheReportMustNeverCarry() throws IOException {
        String valid = write(SampleScan.summary(), List.of(SampleScan.STAFF));
        assertThat(errors(valid)).isEmpty();
        assertThat(errors(valid.replace("\"masked\":", "\"value\":\"9434765919\",\"masked\":"))).isNotEmpty();
        assertThat(errors(valid.replace("\"status\":\"scanned\"", "\"status\":\"clean\""))).isNotEmpty();
        assertThat(errors(valid.replace("\"VERY_LIKELY\"", "\"PROBABLY\""))).isNotEmpty();
        assertThat(errors(valid.replace("\"schema\":\"scan-report-v1\"", "\"schema\":\"scan-report-v2\""))).isNotEmpty();
        assertThat(errors(valid.replaceFirst("\"line\":2,", ""))).isNotEmpty();
    }
}
