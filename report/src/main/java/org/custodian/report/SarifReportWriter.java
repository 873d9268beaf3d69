package org.custodian.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;

/**
 * SARIF 2.1.0 for code-scanning dashboards and security tooling: one run, tool {@code Custodian},
 * one rule per infoType, one result per finding. Mapping (docs/reports.md):
 * <ul>
 *   <li>level: VERY_LIKELY → error, LIKELY → warning, lower → note; the likelihood itself is in
 *       the result's properties;</li>
 *   <li>location: the file on disk as a {@code file:} URI (relative paths stay relative
 *       references); for an archive member the outer file is the artifact, the member path is a
 *       logical location ({@code fullyQualifiedName} = {@code outer.zip!/inner.docx}) and
 *       {@code properties.archiveMember}, because SARIF viewers can open only the outer file;</li>
 *   <li>region: line and column in the extracted text;</li>
 *   <li>message: infoType words, likelihood and masked evidence only;</li>
 *   <li>triaged false positives and accepted risks are {@code suppressions};</li>
 *   <li>partly scanned and skipped files are tool execution notifications (warnings), and
 *       {@code executionSuccessful} is false when there are any.</li>
 * </ul>
 */
public final class SarifReportWriter implements ReportWriter {
    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** Notifications kept for files not read whole; more are counted in one closing notification. */
    static final int NOTIFICATION_LIMIT = 10_000;

    @Override
    public void write(ScanSummary summary, Iterable<FileReport> files, Writer out) throws IOException {
        List<InfoType> rules = new ArrayList<>(new TreeSet<>(summary.findingsByType().keySet()));
        Map<InfoType, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) ruleIndex.put(rules.get(i), i);
        NotReadWhole notReadWhole = new NotReadWhole(NOTIFICATION_LIMIT);

        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SARIF_SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(summary, rules, json);
            json.writeObjectFieldStart("automationDetails");
            json.writeStringField("id", "custodian-scan/" + summary.scanId());
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (FileReport file : files) {
                notReadWhole.offer(file);
                for (ReportedFinding finding : file.findings()) writeResult(finding, file, ruleIndex.get(finding.infoType()), json);
            }
            json.writeEndArray();
            writeInvocation(summary, notReadWhole, json);
            writeRunProperties(summary, json);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    static String level(Likelihood likelihood) {
        return switch (likelihood) {
            case VERY_LIKELY -> "error";
            case LIKELY -> "warning";
            default -> "note";
        };
    }

    /** {@code /srv/a b.txt} → {@code file:///srv/a%20b.txt}; a relative path stays a relative reference. */
    static String uri(String path) {
        try {
            if (path.startsWith("/")) return new URI("file", "", path, null).toASCIIString();
            String reference = new URI(null, null, path, null).toASCIIString();
            // "c:d.txt" would read as scheme "c"; "./" keeps it a path
            int colon = reference.indexOf(':');
            return colon >= 0 && colon < firstOf(reference, '/') ? "./" + reference : reference;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path cannot be written as a URI: " + path, e);
        }
    }

    private static int firstOf(String s, char c) {
        int at = s.indexOf(c);
        return at < 0 ? s.length() : at;
    }

    private static void writeTool(ScanSummary summary, List<InfoType> rules, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "Custodian");
        if (summary.engineVersion() != null) json.writeStringField("version", summary.engineVersion());
        json.writeArrayFieldStart("rules");
        for (InfoType type : rules) {
            json.writeStartObject();
            json.writeStringField("id", type.name());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", PlainWords.infoType(type));
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", PlainWords.infoType(type) + " (" + type.name()
                    + ") found in a file. The evidence is masked; the value itself is never stored.");
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeArrayFieldStart("tags");
            json.writeString("privacy");
            json.writeString("personal-data");
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notifications");
        for (FileStatus status : List.of(FileStatus.PARTIAL, FileStatus.SKIPPED)) {
            json.writeStartObject();
            json.writeStringField("id", notificationId(status));
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", status.plainWords());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String notificationId(FileStatus status) {
        return "file-" + status.code();
    }

    private static void writeResult(ReportedFinding f, FileReport file, Integer ruleIndex, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.infoType().name());
        // a finding whose type the summary did not count still gets its ruleId; an index would lie
        if (ruleIndex != null) json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(f.likelihood()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", PlainWords.infoType(f.infoType()) + " (" + PlainWords.likelihood(f.likelihood())
                + "): " + f.masked());
        json.writeEndObject();

        MemberPath where = MemberPath.of(f.path());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(where.file()));
        json.writeEndObject();
        if (f.line() >= 1) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", f.line());
            if (f.column() >= 1) json.writeNumberField("startColumn", f.column());
            json.writeEndObject();
        }
        json.writeEndObject();
        if (where.isMember()) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("name", where.member());
            json.writeStringField("fullyQualifiedName", f.path());
            json.writeStringField("kind", "archiveMember");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();

        String hash = f.encodedHash();
        if (hash != null) {
            // the keyed hash names the value without revealing it: the same value at the same place is the same result across scans
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField("custodianValueHash/v1", hash);
            json.writeEndObject();
        }
        String justification = switch (f.triage()) {
            case "false_positive" -> "Triaged in Custodian as a false positive";
            case "accepted_risk" -> "Triaged in Custodian as an accepted risk";
            default -> null;
        };
        if (justification != null) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "external");
            json.writeStringField("status", "accepted");
            json.writeStringField("justification", justification);
            json.writeEndObject();
            json.writeEndArray();
        }

        json.writeObjectFieldStart("properties");
        json.writeNumberField("findingId", f.id());
        json.writeStringField("path", f.path());
        if (where.isMember()) json.writeStringField("archiveMember", where.member());
        json.writeStringField("infoType", f.infoType().name());
        json.writeStringField("likelihood", f.likelihood().name());
        json.writeStringField("masked", f.masked());
        if (f.detector() != null) json.writeStringField("detector", f.detector());
        json.writeArrayFieldStart("specialCategories");
        for (String c : new TreeSet<>(f.specialCategories())) json.writeString(c);
        json.writeEndArray();
        json.writeStringField("triage", f.triage());
        json.writeStringField("fileStatus", file.status());
        json.writeNumberField("risk", file.risk());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeInvocation(ScanSummary summary, NotReadWhole notReadWhole, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", notReadWhole.total() == 0 && summary.files().notReadWhole() == 0);
        time("startTimeUtc", summary.started(), json);
        time("endTimeUtc", summary.finished(), json);
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (NotReadWhole.Entry e : notReadWhole.kept()) {
            json.writeStartObject();
            json.writeStringField("level", "warning");
            json.writeObjectFieldStart("message");
            String why = e.reasons().isEmpty() ? "" : ": " + String.join("; ", e.reasons());
            json.writeStringField("text", e.status().plainWords() + why);
            json.writeEndObject();
            json.writeObjectFieldStart("descriptor");
            json.writeStringField("id", notificationId(e.status()));
            json.writeEndObject();
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", uri(e.path()));
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        if (notReadWhole.leftOut() > 0) {
            json.writeStartObject();
            json.writeStringField("level", "warning");
            json.writeObjectFieldStart("message");
            json.writeStringField("text", Units.count(notReadWhole.leftOut())
                    + " more files were not read whole; the JSON and CSV reports list every file.");
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeRunProperties(ScanSummary s, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("properties");
        json.writeNumberField("scanId", s.scanId());
        json.writeArrayFieldStart("roots");
        for (String root : s.roots()) json.writeString(root);
        json.writeEndArray();
        json.writeStringField("threshold", s.threshold().name());
        json.writeNumberField("bytes", s.bytes());
        Json.fileCounts(s.files(), json);
        json.writeStringField("verdict", ScanVerdict.of(s).name());
        json.writeEndObject();
    }

    private static void time(String name, Instant value, JsonGenerator json) throws IOException {
        if (value != null) json.writeStringField(name, value.toString());
    }
}
