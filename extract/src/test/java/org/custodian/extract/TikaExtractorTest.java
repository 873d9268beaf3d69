package org.custodian.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.extract.Fixtures.NAME;
import static org.custodian.extract.Fixtures.NHS;
import static org.custodian.extract.Fixtures.members;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TikaExtractorTest {
    static final TikaExtractor EXTRACTOR = new TikaExtractor();

    @Test
    void plainTextStreamsWithoutTika() throws IOException {
        Collected c = Collected.extract(EXTRACTOR, "/srv/notes.txt", Fixtures.utf8("Patient " + NHS + "\n" + NAME));
        assertThat(c.result.status()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(c.result.problems()).isEmpty();
        assertThat(c.text("/srv/notes.txt")).isEqualTo("Patient " + NHS + "\n" + NAME);
        assertThat(c.parts.get("/srv/notes.txt").depth()).isZero();
        assertThat(c.result.parts()).isEqualTo(1);
        assertThat(c.result.chars()).isEqualTo(("Patient " + NHS + "\n" + NAME).length());
    }

    @Test
    void utf16WithAndWithoutByteOrderMarkDecodes() throws IOException {
        String text = "Name: " + NAME + ", " + NHS;
        byte[] bom = new byte[] {(byte) 0xFF, (byte) 0xFE};
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bom.length + le.length];
        System.arraycopy(bom, 0, withBom, 0, 2);
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertThat(Collected.extract(EXTRACTOR, "bom.txt", withBom).text("bom.txt")).isEqualTo(text);
        assertThat(Collected.extract(EXTRACTOR, "le.txt", le).text("le.txt")).isEqualTo(text);
        assertThat(Collected.extract(EXTRACTOR, "be.txt", text.getBytes(StandardCharsets.UTF_16BE)).text("be.txt"))
                .isEqualTo(text);
        assertThat(Collected.extract(EXTRACTOR, "be-bom.txt", text.getBytes(StandardCharsets.UTF_16)).text("be-bom.txt"))
                .isEqualTo(text);
    }

    @Test
    void utf16WithoutMarkOrTellingNameIsStillText() throws IOException {
        String text = "Name: " + NAME + ", " + NHS;
        Collected c = Collected.extract(EXTRACTOR, "export", text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(c.result.status()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(c.text("export")).isEqualTo(text);
    }

    @Test
    void interruptedScanThreadStopsTheExtractionInsteadOfReportingCorruption() {
        Thread.currentThread().interrupt();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Collected.extract(EXTRACTOR, "a.zip",
                    Fixtures.zip("b.pdf", Fixtures.pdf(NHS)))).isInstanceOf(java.io.InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void latin1AndWindows1252Decode() throws IOException {
        String text = "Name: René Müller, balance £1,200, " + NHS;
        for (String charset : new String[] {"ISO-8859-1", "windows-1252"}) {
            Collected c = Collected.extract(EXTRACTOR, "legacy.csv", text.getBytes(Charset.forName(charset)));
            assertThat(c.text("legacy.csv")).as(charset).isEqualTo(text);
            assertThat(c.result.status()).isEqualTo(ExtractionStatus.SCANNED);
        }
        Collected c = Collected.extract(EXTRACTOR, "euro.txt", "Fee €5 – “quoted”".getBytes(Charset.forName("windows-1252")));
        assertThat(c.text("euro.txt")).isEqualTo("Fee €5 – “quoted”");
    }

    @Test
    void docxTextComesThrough() throws IOException {
        Collected c = Collected.extract(EXTRACTOR, "letter.docx", Fixtures.docx("Dear " + NAME, NHS));
        assertThat(c.result.status()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(c.result.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(c.text("letter.docx")).contains("Dear " + NAME).contains(NHS);
    }

    @Test
    void pdfTextComesThrough() throws IOException {
        Collected c = Collected.extract(EXTRACTOR, "scan.pdf", Fixtures.pdf("Referral", NHS));
        assertThat(c.result.status()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(c.result.mediaType()).isEqualTo("application/pdf");
        assertThat(c.text("scan.pdf")).contains("Referral").contains(NHS);
    }

    @Test
    void zipMembersAreOwnPartsNamedAfterTheArchive() throws IOException {
        byte[] inner = Fixtures.zip("c.txt", Fixtures.utf8("deep " + NHS));
        byte[] zip = Fixtures.zip(members(
                "export/a.txt", Fixtures.utf8("plain " + NHS),
                "export/letter.docx", Fixtures.docx("docx " + NHS),
                "b.zip", inner));
        Collected c = Collected.extract(EXTRACTOR, "/srv/bundle.zip", zip);
        assertThat(c.result.status()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(c.result.mediaType()).isEqualTo("application/zip");
        assertThat(c.texts.keySet()).containsExactly("/srv/bundle.zip!/export/a.txt",
                "/srv/bundle.zip!/export/letter.docx", "/srv/bundle.zip!/b.zip!/c.txt");
        assertThat(c.text("/srv/bundle.zip!/export/a.txt")).isEqualTo("plain " + NHS);
        assertThat(c.text("/srv/bundle.zip!/export/letter.docx")).contains("docx " + NHS);
        assertThat(c.text("/srv/bundle.zip!/b.zip!/c.txt")).isEqualTo("deep " + NHS);
        assertThat(c.parts.get("/srv/bundle.zip!/b.zip!/c.txt").depth()).isEqualTo(2);
        assertThat(c.parts.get("/srv/bundle.zip!/export/letter.docx").mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void tarGzMembersAreNamedAfterTheCompressedArchive() throws IOException {
        byte[] tgz = Fixtures.tarGz(members("./dir/a.txt", Fixtures.utf8("tar " + NHS), "dir/b.pdf", Fixtures.pdf(NHS)));
        Collected c = Collected.extract(EXTRACTOR, "backup.tar.gz", tgz);
        assertThat(c.result.status()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(c.texts.keySet()).containsExactly("backup.tar.gz!/dir/a.txt", "backup.tar.gz!/dir/b.pdf");
        assertThat(c.text("backup.tar.gz!/dir/b.pdf")).contains(NHS);
    }
}
