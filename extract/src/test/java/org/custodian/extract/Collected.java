package org.custodian.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A handler that keeps every part's text, for asserting on small fixtures. */
final class Collected implements PartHandler {
    final Map<String, String> texts = new LinkedHashMap<>();
    final Map<String, TextPart> parts = new LinkedHashMap<>();
    ExtractionResult result;

    static Collected extract(Extractor extractor, String path, byte[] bytes) throws IOException {
        Collected collected = new Collected();
        collected.result = extractor.extract(path, new ByteArrayInputStream(bytes), collected);
        return collected;
    }

    @Override
    public void part(TextPart part, Reader text) throws IOException {
        StringWriter out = new StringWriter();
        text.transferTo(out);
        texts.merge(part.path(), out.toString(), String::concat);
        parts.put(part.path(), part);
    }

    String text(String path) {
        return texts.get(path);
    }

    String all() {
        return String.join("\n", texts.values());
    }
}
