package org.custodian.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Map;
import java.util.TreeSet;
import org.custodian.engine.InfoType;

/**
 * The machine-readable report, described by {@code docs/schema/scan-report-v1.json}: a summary, then
 * every file (riskiest first) with its status, facts, exposures and findings. Written with Jackson's
 * streaming generator one file at a time, so the report is never held in memory whole.
 */
public final class JsonReportWriter implements ReportWriter {
    /** The value of the top-level {@code schema} field; bump together with docs/schema. */
    public static final String SCHEMA = "scan-report-v1";

    @Override
    public void write(ScanSummary summary, Iterable<FileReport> files, Writer out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            writeSummary(summary, json);
            json.writeArrayFieldStart("files");
            for (FileReport file : files) writeFile(file, json);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeSummary(ScanSummary s, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("scanId", s.scanId());
        json.writeArrayFieldStart("roots");
        for (String root : s.roots()) json.writeString(root);
        json.writeEndArray();
        instant("started", s.started(), json);
        instant("finished", s.finished(), json);
        json.writeStringField("threshold", s.threshold().name());
        if (s.engineVersion() != null) json.writeStringField("engineVersion", s.engineVersion());
        json.writeNumberField("bytes", s.bytes());
        Json.fileCounts(s.files(), json);
        json.writeObjectFieldStart("findings");
        json.writeNumberField("total", s.totalFindings());
        json.writeObjectFieldStart("byInfoType");
        for (Map.Entry<InfoType, Long> e : InfoTypeCounts.sorted(s.findingsByType())) {
            json.writeNumberField(e.getKey().name(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeBooleanField("complete", s.files().notReadWhole() == 0);
        json.writeStringField("verdict", ScanVerdict.of(s).name());
        json.writeEndObject();
    }

    private static void writeFile(FileReport f, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", f.path());
        json.writeStringField("status", f.status());
        stringArray("reasons", f.reasons(), json);
        if (f.size() >= 0) json.writeNumberField("size", f.size());
        instant("modified", f.modified(), json);
        if (f.owner() != null) json.writeStringField("owner", f.owner());
        if (f.permissions() != null) json.writeStringField("permissions", f.permissions());
        json.writeNumberField("risk", f.risk());
        json.writeArrayFieldStart("exposures");
        for (FileReport.ReportedExposure e : f.exposures()) {
            json.writeStartObject();
            json.writeStringField("kind", e.kind());
            if (e.reason() != null) json.writeStringField("reason", e.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (ReportedFinding finding : f.findings()) writeFinding(finding, json);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeFinding(ReportedFinding f, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", f.id());
        json.writeStringField("path", f.path());
        json.writeStringField("infoType", f.infoType().name());
        json.writeStringField("likelihood", f.likelihood().name());
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        json.writeStringField("masked", f.masked());
        String hash = f.encodedHash();
        if (hash != null) json.writeStringField("hash", hash);
        if (f.keyId() != null) json.writeStringField("keyId", f.keyId());
        if (f.detector() != null) json.writeStringField("detector", f.detector());
        stringArray("specialCategories", new TreeSet<>(f.specialCategories()), json);
        json.writeStringField("triage", f.triage());
        json.writeEndObject();
    }

    private static void instant(String name, Instant value, JsonGenerator json) throws IOException {
        if (value != null) json.writeStringField(name, value.toString());
    }

    private static void stringArray(String name, Iterable<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) json.writeString(v);
        json.writeEndArray();
    }

}
