package org.custodian.corpus.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.custodian.corpus.CorpusGenerator;
import org.custodian.corpus.Label;
import org.custodian.corpus.LabelledDocument;
import org.junit.jupiter.api.Test;

/** Every planted value survives each format whole, as the manifest promises; read back with the real libraries. */
class FormatTest {
    private static final List<String> PROSE_KINDS = List.of("letter-nhs", "letter-dwp", "letter-bank", "notes", "email");
    private static final List<String> TABLE_KINDS = List.of("csv-customers", "csv-patients", "csv-payroll", "csv-identity-checks");

    @Test
    void documentFormatsKeepEveryValueWhole() throws IOException {
        CorpusGenerator corpus = new CorpusGenerator(42);
        for (int round = 0; round < 6; round++) {
            for (String kind : PROSE_KINDS) {
                TitledDocument d = new TitledDocument("Letter", corpus.next(kind));
                for (Format f : List.of(Format.TXT, Format.HTML, Format.RTF, Format.ODT, Format.DOCX, Format.PDF)) {
                    assertHoldsEveryValue(f, d, readBack(f, f.render(d)));
                }
            }
        }
    }

    @Test
    void spreadsheetsKeepEveryCell() throws IOException {
        CorpusGenerator corpus = new CorpusGenerator(43);
        for (String kind : TABLE_KINDS) {
            TitledDocument d = new TitledDocument("Export", corpus.next(kind));
            assertHoldsEveryValue(Format.CSV, d, readBack(Format.CSV, Format.CSV.render(d)));
            assertHoldsEveryValue(Format.XLSX, d, readBack(Format.XLSX, Format.XLSX.render(d)));
        }
    }

    @Test
    void emailAttachmentIsBase64OfTheAttachedFile() throws IOException {
        CorpusGenerator corpus = new CorpusGenerator(44);
        TitledDocument mail = new TitledDocument("Mail", corpus.next("email"));
        byte[] csv = Format.CSV.render(new TitledDocument("Export", corpus.next("csv-customers")));
        String eml = new String(TextRenderings.emailWithAttachment(mail, "export.csv", "text/csv", csv, "b1"), StandardCharsets.UTF_8);
        String base64 = eml.substring(eml.indexOf("base64\r\n\r\n") + 10, eml.lastIndexOf("\r\n--b1--"));
        assertThat(java.util.Base64.getMimeDecoder().decode(base64)).isEqualTo(csv);
        assertHoldsEveryValue(Format.EML, mail, eml);
    }

    private static void assertHoldsEveryValue(Format f, TitledDocument d, String text) {
        LabelledDocument doc = d.doc();
        for (Label l : doc.labels()) {
            String value = doc.text().substring(l.start(), l.end());
            if (f == Format.RTF && !value.chars().allMatch(c -> c < 0x80)) continue; // RTF escapes non-ASCII
            // a value written over two lines (sort code, then account number) or two cells is split
            // by the format's own structure; each part must still be whole, and in order
            String parts = f == Format.XLSX ? "[\n,]" : "\n";
            assertThat(text).as(f + " " + doc.kind() + " " + l.type()).containsSubsequence(value.split(parts));
        }
    }

    private static String readBack(Format f, byte[] bytes) throws IOException {
        switch (f) {
            case DOCX:
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                     XWPFWordExtractor x = new XWPFWordExtractor(docx)) {
                    return x.getText();
                }
            case XLSX: {
                StringBuilder b = new StringBuilder();
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    for (Row row : book.getSheetAt(0)) {
                        for (Cell cell : row) b.append(cell.getStringCellValue()).append('\t');
                        b.append('\n');
                    }
                }
                return b.toString();
            }
            case PDF:
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    return new PDFTextStripper().getText(pdf);
                }
            case ODT:
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                        if (e.getName().equals("content.xml")) {
                            return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replace("&amp;", "&");
                        }
                    }
                }
                throw new AssertionError("no content.xml");
            default:
                return new String(bytes, StandardCharsets.UTF_8).replace("&amp;", "&");
        }
    }
}
