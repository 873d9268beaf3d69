package org.custodian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Files named as text skip Tika's type detection only when their bytes agree. */
class PlainTextShortcutTest {
    private final TikaExtractor extractor = new TikaExtractor();

    private record Seen(List<TextPart> parts, String text, ExtractionResult result) {
    }

    private Seen extract(String name, byte[] bytes) throws IOException {
        List<TextPart> parts = new ArrayList<>();
        StringWriter all = new StringWriter();
        ExtractionResult r = extractor.extract(name, new ByteArrayInputStream(bytes), (part, text) -> {
            parts.add(part);
            text.transferTo(all);
        });
        return new Seen(parts, all.toString(), r);
    }

    @Test
    void headsThatAreTextAreTextAndBinaryOrMarkupHeadsAreNot() {
        assertThat(Extraction.looksLikePlainText("name,dob\nJo,01/02/1970\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Extraction.looksLikePlainText("\uFEFFcafé £5\tok\r\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Extraction.looksLikePlainText("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(Extraction.looksLikePlainText("{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(Extraction.looksLikePlainText("  <html><body>x</body></html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(Extraction.looksLikePlainText(new byte[] {'P', 'K', 3, 4, 20, 0})).isFalse();
        assertThat(Extraction.looksLikePlainText("a\0b\0".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(Extraction.looksLikePlainText("price < 5 and > 2".getBytes(StandardCharsets.US_ASCII))).isTrue();
    }

    @Test
    void aZipRenamedToTxtIsStillOpenedAsAnArchive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("inner.txt"));
            zip.write("NHS number 943 476 5919\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Seen seen = extract("notes.txt", bytes.toByteArray());
        assertThat(seen.parts()).extracting(TextPart::path).containsExactly("notes.txt!/inner.txt");
        assertThat(seen.text()).contains("943 476 5919");
        assertThat(seen.result().status()).isEqualTo(ExtractionStatus.SCANNED);
    }

    @Test
    void aCsvIsStreamedAsTextWithItsNamesType() throws IOException {
        Seen seen = extract("export.csv", "name,nhs_number\nJo,943 476 5919\n".getBytes(StandardCharsets.UTF_8));
        assertThat(seen.parts()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("export.csv");
            assertThat(p.mediaType()).startsWith("text/csv");
        });
        assertThat(seen.text()).isEqualTo("name,nhs_number\nJo,943 476 5919\n");
    }
}
