package org.custodian.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;

/** What the JSON-based formats share. */
final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // the caller owns the Writer (it may be standard output); closing the generator only flushes
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // a report cut short by an error must not be closed into valid JSON that looks complete
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    private Json() {
    }

    /** Compact output: reports get large, and jq or a viewer indents when a person reads one. */
    static JsonGenerator generator(Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    static void fileCounts(ScanSummary.FileCounts files, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("files");
        json.writeNumberField("seen", files.seen());
        json.writeNumberField("scanned", files.scanned());
        json.writeNumberField("partial", files.partial());
        json.writeNumberField("skipped", files.skipped());
        json.writeNumberField("unchanged", files.unchanged());
        json.writeEndObject();
    }
}
