package org.custodian.corpus.tree;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Word and Excel files through Apache POI; OpenDocument text written directly (it is a small zip of XML). */
final class OfficeRenderings {
    private static final String AUTHOR = "Northfield Council";

    private OfficeRenderings() {
    }

    static byte[] docx(TitledDocument d) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(d.title());
            doc.getProperties().getCoreProperties().setCreator(AUTHOR);
            doc.getProperties().getCoreProperties().setCreated(Optional.of(Archives.FIXED_TIME_DATE));
            XWPFRun heading = doc.createParagraph().createRun();
            heading.setBold(true);
            heading.setFontSize(14);
            heading.setText(d.title());
            for (String line : d.lines()) doc.createParagraph().createRun().setText(line);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(TitledDocument d) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setTitle(d.title());
            book.getProperties().getCoreProperties().setCreator(AUTHOR);
            book.getProperties().getCoreProperties().setCreated(Optional.of(Archives.FIXED_TIME_DATE));
            XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(d.title()));
            List<List<String>> rows = d.csvRows();
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                // identifiers stay text, as a careful export keeps them (a number cell would drop leading zeros)
                for (int c = 0; c < cells.size(); c++) row.createCell(c).setCellValue(cells.get(c));
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static final String ODT_MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

    /** ODF 1.2 text: the uncompressed mimetype entry first, then the manifest and the content. */
    static byte[] odt(TitledDocument d) throws IOException {
        StringBuilder content = new StringBuilder(d.text().length() + 1024);
        content.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
                .append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\n")
                .append("<office:body><office:text>\n<text:h text:outline-level=\"1\">").append(escapeXml(d.title()))
                .append("</text:h>\n");
        for (String line : d.lines()) content.append("<text:p>").append(escapeXml(line)).append("</text:p>\n");
        content.append("</office:text></office:body></office:document-content>\n");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + ODT_MEDIA_TYPE + "\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                + "</manifest:manifest>\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Archives.putZipEntry(zip, "mimetype", TextRenderings.utf8(ODT_MEDIA_TYPE), true);
            Archives.putZipEntry(zip, "META-INF/manifest.xml", TextRenderings.utf8(manifest), false);
            Archives.putZipEntry(zip, "content.xml", TextRenderings.utf8(content.toString()), false);
        }
        return out.toByteArray();
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
