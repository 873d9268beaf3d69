package org.custodian.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.extract.Fixtures.NAME;
import static org.custodian.extract.Fixtures.NHS;
import static org.custodian.extract.Fixtures.members;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every format the extractor promises, generated here, text and part names asserted. */
class FormatsTest {
    static final TikaExtractor EXTRACTOR = TikaExtractorTest.EXTRACTOR;

    static Collected scanned(String path, byte[] bytes) throws IOException {
        Collected c = Collected.extract(EXTRACTOR, path, bytes);
        assertThat(c.result.problems()).as(path).isEmpty();
        assertThat(c.result.status()).as(path).isEqualTo(ExtractionStatus.SCANNED);
        return c;
    }

    @Test
    void spreadsheets() throws IOException {
        // one part per sheet (SheetsTest has the shape of the text)
        assertThat(scanned("a.xlsx", Fixtures.xlsx(NAME, NHS)).text("a.xlsx!/Patients")).isEqualTo(NAME + "\n" + NHS + "\n");
        Collected xls = scanned("a.xls", Fixtures.xls(NAME, NHS));
        assertThat(xls.text("a.xls!/Patients")).isEqualTo(NAME + "\n" + NHS + "\n");
        assertThat(xls.result.mediaType()).isEqualTo("application/vnd.ms-excel");
    }

    @Test
    void presentations() throws IOException {
        assertThat(scanned("a.pptx", Fixtures.pptx("Slide " + NHS)).text("a.pptx")).contains("Slide " + NHS);
        Collected ppt = scanned("a.ppt", Fixtures.ppt("Slide " + NHS));
        assertThat(ppt.text("a.ppt")).contains("Slide " + NHS);
        assertThat(ppt.result.mediaType()).isEqualTo("application/vnd.ms-powerpoint");
    }

    @Test
    void openDocument() throws IOException {
        Collected c = scanned("a.odt", Fixtures.odt(NAME + " " + NHS));
        assertThat(c.result.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(c.text("a.odt")).contains(NAME + " " + NHS);
    }

    @Test
    void rtfAndHtmlAndXml() throws IOException {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0 Patient Ren\\'e9 Dupont, " + NHS + "\\par}";
        assertThat(scanned("a.rtf", rtf.getBytes(StandardCharsets.US_ASCII)).text("a.rtf")).contains("Patient René Dupont, " + NHS);
        String html = "<html><head><title>Record</title><script>var x = 1;</script></head><body><p>" + NAME
                + "</p><table><tr><td>" + NHS + "</td></tr></table></body></html>";
        Collected h = scanned("a.html", Fixtures.utf8(html));
        assertThat(h.text("a.html")).contains(NAME).contains(NHS).doesNotContain("<td>");
        Collected x = scanned("a.xml", Fixtures.utf8("<?xml version=\"1.0\"?><patients><patient nhs=\"x\">" + NHS + "</patient></patients>"));
        assertThat(x.text("a.xml")).contains(NHS).doesNotContain("<patient");
    }

    @Test
    void csvJsonAndLogsAreStreamedAsText() throws IOException {
        for (String name : new String[] {"a.csv", "a.json", "a.log", "a.tsv", "a.yaml", "a.md"}) {
            Collected c = scanned(name, Fixtures.utf8("name,nhs\n\"" + NAME + "\"," + NHS + "\n"));
            assertThat(c.text(name)).as(name).isEqualTo("name,nhs\n\"" + NAME + "\"," + NHS + "\n");
        }
    }

    @Test
    void emlBodyHeadersAndAttachmentsAreParts() throws IOException {
        String eml = Fixtures.eml("Referral", "Please see " + NHS, "notes.docx", Fixtures.docx("Attached " + NAME));
        Collected c = scanned("mail.eml", Fixtures.utf8(eml));
        assertThat(c.result.mediaType()).isEqualTo("message/rfc822");
        assertThat(c.text("mail.eml")).contains("Please see " + NHS).contains("bob@example.org");
        assertThat(c.text("mail.eml!/notes.docx")).contains("Attached " + NAME);
        assertThat(c.parts.get("mail.eml!/notes.docx").depth()).isEqualTo(1);
    }

    @Test
    void outlookMsgBodyAndAttachmentsAreParts() throws IOException {
        byte[] msg = Fixtures.msg("Referral", "Outlook body " + NHS, "scan.txt", Fixtures.utf8("attached " + NAME));
        Collected c = scanned("mail.msg", msg);
        assertThat(c.result.mediaType()).isEqualTo("application/vnd.ms-outlook");
        assertThat(c.text("mail.msg")).contains("Outlook body " + NHS);
        assertThat(c.text("mail.msg!/scan.txt")).isEqualTo("attached " + NAME);
    }

    @Test
    void mboxMessagesAndTheirAttachmentsAreParts() throws IOException {
        byte[] box = Fixtures.mbox(
                Fixtures.eml("One", "First " + NHS, "a.txt", Fixtures.utf8("attached one")),
                Fixtures.eml("Two", "Second " + NAME, "b.txt", Fixtures.utf8("attached two")));
        Collected c = scanned("inbox.mbox", box);
        assertThat(c.result.mediaType()).isEqualTo("application/mbox");
        assertThat(c.texts.keySet()).contains("inbox.mbox!/message-1.eml", "inbox.mbox!/message-2.eml",
                "inbox.mbox!/message-1.eml!/a.txt", "inbox.mbox!/message-2.eml!/b.txt");
        assertThat(c.text("inbox.mbox!/message-1.eml")).contains("First " + NHS);
        assertThat(c.text("inbox.mbox!/message-2.eml")).contains("Second " + NAME);
        assertThat(c.text("inbox.mbox!/message-2.eml!/b.txt")).isEqualTo("attached two");
    }

    @Test
    void documentsEmbeddedInOfficeFilesAreReached() throws Exception {
        byte[] inner = Fixtures.docx("Embedded " + NHS);
        byte[] outer = Fixtures.docxEmbedding("Outer text", "inner.docx", inner,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Collected c = scanned("outer.docx", outer);
        assertThat(c.text("outer.docx")).contains("Outer text");
        String embedded = c.texts.keySet().stream().filter(p -> p.startsWith("outer.docx!/")).findFirst().orElseThrow();
        assertThat(c.text(embedded)).contains("Embedded " + NHS);
        assertThat(c.parts.get(embedded).depth()).isEqualTo(1);
    }

    @Test
    void pdfAttachmentsAreParts() throws IOException {
        byte[] pdf = Fixtures.pdfWithAttachment("Cover page", "patients.csv", Fixtures.utf8("name,nhs\n" + NAME + "," + NHS));
        Collected c = scanned("report.pdf", pdf);
        assertThat(c.text("report.pdf")).contains("Cover page");
        assertThat(c.text("report.pdf!/patients.csv")).isEqualTo("name,nhs\n" + NAME + "," + NHS);
    }

    @Test
    void sevenZAndGzipAndNestedArchives() throws IOException {
        byte[] sevenZ = Fixtures.sevenZ(members("dir/a.txt", Fixtures.utf8("seven " + NHS), "b.docx", Fixtures.docx("docx " + NAME)));
        Collected c = scanned("a.7z", sevenZ);
        assertThat(c.texts.keySet()).containsExactly("a.7z!/dir/a.txt", "a.7z!/b.docx");
        assertThat(c.text("a.7z!/b.docx")).contains("docx " + NAME);

        Collected gz = scanned("app.log.gz", Fixtures.gzip(Fixtures.utf8("login " + NHS)));
        assertThat(gz.text("app.log.gz!/app.log")).isEqualTo("login " + NHS);

        byte[] nested = Fixtures.tarGz(members("x/inner.7z", sevenZ, "y.zip", Fixtures.zip("z.txt", Fixtures.utf8("zed"))));
        Collected n = scanned("n.tgz", nested);
        assertThat(n.texts.keySet()).containsExactly("n.tgz!/x/inner.7z!/dir/a.txt", "n.tgz!/x/inner.7z!/b.docx",
                "n.tgz!/y.zip!/z.txt");
        assertThat(n.parts.get("n.tgz!/x/inner.7z!/b.docx").depth()).isEqualTo(2);
    }

    @Test
    void bzip2AndXzStreams() throws IOException {
        byte[] tar = Fixtures.tarGz(members("a.txt", Fixtures.utf8("bz " + NHS)));
        byte[] plainTar;
        try (java.util.zip.GZIPInputStream gz = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(tar))) {
            plainTar = gz.readAllBytes();
        }
        java.io.ByteArrayOutputStream bz = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream out = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(bz)) {
            out.write(plainTar);
        }
        assertThat(scanned("a.tar.bz2", bz.toByteArray()).text("a.tar.bz2!/a.txt")).isEqualTo("bz " + NHS);

        java.io.ByteArrayOutputStream xz = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream out = new org.apache.commons.compress.compressors.xz.XZCompressorOutputStream(xz)) {
            out.write(Fixtures.utf8("xz " + NAME));
        }
        assertThat(scanned("notes.txt.xz", xz.toByteArray()).text("notes.txt.xz!/notes.txt")).isEqualTo("xz " + NAME);
    }

    @Test
    void utf16MemberOfAnArchiveDecodes() throws IOException {
        byte[] zip = Fixtures.zip("export.csv", (NAME + "," + NHS).getBytes(StandardCharsets.UTF_16));
        assertThat(scanned("u.zip", zip).text("u.zip!/export.csv")).isEqualTo(NAME + "," + NHS);
    }
}
