package org.custodian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.detectors.BuiltInDetectors;
import org.junit.jupiter.api.Test;

/** Spreadsheets: one part per sheet, header row first, columns in place; the engine reads the header. */
class SheetsTest {
    private static final TikaExtractor EXTRACTOR = TikaExtractorTest.EXTRACTOR;
    private static final String HEADER = "employee_no\tfull_name\tni_number\tdate_of_birth";

    /** Two sheets with a header row, blank cells inside and before values, a blank row, a messy cell. */
    private static void fill(Workbook book) {
        Sheet staff = book.createSheet("Staff list");
        row(staff, 0, "employee_no", "full_name", "ni_number", "date_of_birth");
        row(staff, 1, "E1001", "Jane Smith", null, "14/07/1983");
        row(staff, 3, null, "Tom Jones", "", "02/11/1979");
        row(staff, 4, "E1003", "A \"quoted\"\tname\nsecond line");
        Sheet notes = book.createSheet("Notes");
        row(notes, 0, "note");
        row(notes, 1, "called back");
        book.createSheet("Empty");
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    private static byte[] write(Workbook book) throws IOException {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void eachSheetIsAPartWithItsHeaderRowFirst() throws IOException {
        for (String name : List.of("book.xlsx", "book.xls")) {
            byte[] bytes = write(name.endsWith("x") ? new XSSFWorkbook() : new HSSFWorkbook());
            Collected c = Collected.extract(EXTRACTOR, name, bytes);
            assertThat(c.result.status()).as(name).isEqualTo(ExtractionStatus.SCANNED);
            // the empty sheet has no text, so no part; POI writes "Apache POI" as the author of an
            // xlsx (not of an xls), which is the workbook's own part, after its sheets
            List<String> parts = name.endsWith("x") ? List.of(name + "!/Staff list", name + "!/Notes", name)
                    : List.of(name + "!/Staff list", name + "!/Notes");
            assertThat(c.texts.keySet()).as(name).containsExactlyElementsOf(parts);
            assertThat(c.text(name + "!/Staff list")).as(name).isEqualTo(HEADER + "\n"
                    + "E1001\tJane Smith\t\t14/07/1983\n"
                    + "\tTom Jones\t\t02/11/1979\n"
                    + "E1003\tA \"\"quoted\"\" name second line\n");
            assertThat(c.text(name + "!/Notes")).isEqualTo("note\ncalled back\n");
            TextPart sheet = c.parts.get(name + "!/Staff list");
            assertThat(sheet.depth()).isEqualTo(1);
            assertThat(sheet.mediaType()).isEqualTo(c.result.mediaType());
        }
    }

    @Test
    void workbookMetadataIsItsOwnPartAfterTheSheets() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        book.getProperties().getCoreProperties().setCreator("Jane Smith");
        Collected c = Collected.extract(EXTRACTOR, "book.xlsx", write(book));
        assertThat(c.texts.keySet()).containsExactly("book.xlsx!/Staff list", "book.xlsx!/Notes", "book.xlsx");
        assertThat(c.text("book.xlsx")).contains("dc:creator: Jane Smith");
        assertThat(c.text("book.xlsx!/Notes")).doesNotContain("Jane Smith");
    }

    @Test
    void sheetsOfAWorkbookInAnArchiveAreOneLevelBelowIt() throws IOException {
        Collected c = Collected.extract(EXTRACTOR, "a.zip", Fixtures.zip("in/book.xlsx", write(new XSSFWorkbook())));
        assertThat(c.texts.keySet()).containsExactly("a.zip!/in/book.xlsx!/Staff list", "a.zip!/in/book.xlsx!/Notes",
                "a.zip!/in/book.xlsx");
        assertThat(c.parts.get("a.zip!/in/book.xlsx!/Notes").depth()).isEqualTo(2);
    }

    @Test
    void openDocumentSpreadsheetSheetsAreNumberedWithRepeatedCellsInPlace() throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:spreadsheet>
                <table:table table:name="People">
                <table:table-row><table:table-cell><text:p>full_name</text:p></table:table-cell>\
                <table:table-cell table:number-columns-repeated="2"/>\
                <table:table-cell><text:p>date_of_birth</text:p></table:table-cell>\
                <table:table-cell table:number-columns-repeated="1020"/></table:table-row>
                <table:table-row><table:table-cell><text:p>Jane</text:p><text:p>Smith</text:p></table:table-cell>\
                <table:table-cell table:number-columns-repeated="2"/>\
                <table:table-cell><text:p>14/07/1983</text:p></table:table-cell></table:table-row>
                <table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                </table:table>
                <table:table table:name="Other"><table:table-row><table:table-cell><text:p>x</text:p>\
                </table:table-cell></table:table-row></table:table>
                </office:spreadsheet></office:body></office:document-content>
                """;
        Collected c = Collected.extract(EXTRACTOR, "people.ods", ods(content));
        assertThat(c.result.status()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(c.texts.keySet()).containsExactly("people.ods!/sheet-1", "people.ods!/sheet-2");
        assertThat(c.text("people.ods!/sheet-1")).isEqualTo("full_name\t\t\tdate_of_birth\nJane Smith\t\t\t14/07/1983\n");
        assertThat(c.text("people.ods!/sheet-2")).isEqualTo("x\n");
    }

    @Test
    void aTableDrawnFromB2StillStartsItsLinesWithTheHeader() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("Offset");
        row(sheet, 1, null, "full_name", "date_of_birth");
        row(sheet, 2, null, "Jane Smith", "14/07/1983");
        row(sheet, 3, null, null, "02/11/1979");
        row(sheet, 4, "stray", "Tom Jones");
        byte[] bytes;
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            bytes = out.toByteArray();
        }
        Collected c = Collected.extract(EXTRACTOR, "b2.xlsx", bytes);
        // a value left of the table (rare) cannot keep its column: its row starts at the line's start
        assertThat(c.text("b2.xlsx!/Offset")).isEqualTo(
                "full_name\tdate_of_birth\nJane Smith\t14/07/1983\n\t02/11/1979\nstray\tTom Jones\n");
    }

    @Test
    void theEngineReadsTheSheetHeaderAsColumnContext() throws IOException {
        Engine engine = Engine.builder().addAll(BuiltInDetectors.all()).minLikelihood(Likelihood.LIKELY).build();
        for (String name : List.of("book.xlsx", "book.xls")) {
            byte[] bytes = write(name.endsWith("x") ? new XSSFWorkbook() : new HSSFWorkbook());
            Collected c = Collected.extract(EXTRACTOR, name, bytes);
            List<Finding> findings = engine.scan(c.text(name + "!/Staff list"));
            assertThat(findings).as(name).filteredOn(f -> f.infoType().name().equals("DATE_OF_BIRTH"))
                    .extracting(f -> f.location().line()).containsExactly(2L, 3L);
            assertThat(findings).as(name).extracting(Finding::infoType).contains(new InfoType("PERSON_NAME"));
        }
    }

    private static byte[] ods(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            put(zip, entry, mimetype);
            put(zip, new ZipEntry("META-INF/manifest.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """.getBytes(StandardCharsets.UTF_8));
            put(zip, new ZipEntry("content.xml"), content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, ZipEntry entry, byte[] data) throws IOException {
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
