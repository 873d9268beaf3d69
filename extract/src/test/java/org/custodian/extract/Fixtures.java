package org.custodian.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Generates every fixture in memory: synthetic personal data only. */
final class Fixtures {
    static final String NHS = "NHS number 943 476 5919";
    static final String NAME = "Zoë Ãlvarez-Brontë pays £42";

    private Fixtures() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String... cells) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Patients");
            for (int i = 0; i < cells.length; i++) {
                sheet.createRow(i).createCell(0).setCellValue(cells[i]);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xls(String... cells) throws IOException {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Patients");
            for (int i = 0; i < cells.length; i++) {
                sheet.createRow(i).createCell(0).setCellValue(cells[i]);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pptx(String text) throws IOException {
        try (org.apache.poi.xslf.usermodel.XMLSlideShow show = new org.apache.poi.xslf.usermodel.XMLSlideShow();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.createSlide().createTextBox().setText(text);
            show.write(out);
            return out.toByteArray();
        }
    }

    static byte[] ppt(String text) throws IOException {
        try (org.apache.poi.hslf.usermodel.HSLFSlideShow show = new org.apache.poi.hslf.usermodel.HSLFSlideShow();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.createSlide().createTextBox().setText(text);
            show.write(out);
            return out.toByteArray();
        }
    }

    /** A docx carrying another file as an embedded package part, as Word does for pasted objects. */
    static byte[] docxEmbedding(String text, String embeddedName, byte[] embedded, String contentType) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            org.apache.poi.openxml4j.opc.PackagePartName name =
                    org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/embeddings/" + embeddedName);
            org.apache.poi.openxml4j.opc.PackagePart part = doc.getPackage().createPart(name, contentType);
            try (OutputStream partOut = part.getOutputStream()) {
                partOut.write(embedded);
            }
            doc.getPackagePart().addRelationship(name, org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** OpenDocument text written by hand: the zip layout ODF requires, "mimetype" first and stored. */
    static byte[] odt(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = utf8("application/vnd.oasis.opendocument.text");
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text><text:p>" + text + "</text:p></office:text></office:body>"
                    + "</office:document-content>"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>"));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** An e-mail as a mail client writes it: a text body and a base64 attachment. */
    static String eml(String subject, String body, String attachmentName, byte[] attachment) {
        String boundary = "=_boundary_42";
        return "From: Alice Example <alice@example.org>\r\n"
                + "To: Bob Example <bob@example.org>\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Mon, 1 Jan 2024 09:00:00 +0000\r\n"
                + "Message-ID: <" + Math.abs(subject.hashCode()) + "@example.org>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n"
                + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + body + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: application/octet-stream; name=\"" + attachmentName + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + attachmentName + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(attachment) + "\r\n"
                + "--" + boundary + "--\r\n";
    }

    /** mbox: messages after "From " separator lines. */
    static byte[] mbox(String... messages) {
        StringBuilder box = new StringBuilder();
        for (String message : messages) {
            box.append("From alice@example.org Mon Jan  1 09:00:00 2024\n")
                    .append(message.replace("\r\n", "\n")).append("\n");
        }
        return utf8(box.toString());
    }

    static byte[] sevenZ(Map<String, byte[]> members) throws IOException {
        org.apache.commons.compress.utils.SeekableInMemoryByteChannel channel =
                new org.apache.commons.compress.utils.SeekableInMemoryByteChannel();
        try (org.apache.commons.compress.archivers.sevenz.SevenZOutputFile out =
                     new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(channel)) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry entry = new org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry();
                entry.setName(member.getKey());
                entry.setSize(member.getValue().length);
                out.putArchiveEntry(entry);
                out.write(member.getValue());
                out.closeArchiveEntry();
            }
            out.finish();
            return java.util.Arrays.copyOf(channel.array(), (int) channel.size());
        }
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GzipCompressorOutputStream(bytes)) {
            gz.write(content);
        }
        return bytes.toByteArray();
    }

    /**
     * A minimal Outlook .msg built by hand: an OLE2 file with the MAPI property streams Outlook
     * writes for subject, body, sender and one attachment (POI reads .msg but cannot write it).
     */
    static byte[] msg(String subject, String body, String attachmentName, byte[] attachment) throws IOException {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.poifs.filesystem.DirectoryEntry root = fs.getRoot();
            root.createDocument("__substg1.0_0037001F", new java.io.ByteArrayInputStream(subject.getBytes(StandardCharsets.UTF_16LE)));
            root.createDocument("__substg1.0_1000001F", new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_16LE)));
            root.createDocument("__substg1.0_0C1F001F", new java.io.ByteArrayInputStream("alice@example.org".getBytes(StandardCharsets.UTF_16LE)));
            root.createDocument("__substg1.0_0E04001F", new java.io.ByteArrayInputStream("Bob Example".getBytes(StandardCharsets.UTF_16LE)));
            root.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(new byte[32]));
            org.apache.poi.poifs.filesystem.DirectoryEntry attach = root.createDirectory("__attach_version1.0_#00000000");
            attach.createDocument("__substg1.0_3707001F", new java.io.ByteArrayInputStream(attachmentName.getBytes(StandardCharsets.UTF_16LE)));
            attach.createDocument("__substg1.0_3704001F", new java.io.ByteArrayInputStream(attachmentName.getBytes(StandardCharsets.UTF_16LE)));
            attach.createDocument("__substg1.0_37010102", new java.io.ByteArrayInputStream(attachment));
            attach.createDocument("__properties_version1.0", new java.io.ByteArrayInputStream(new byte[8]));
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A zip whose entries carry the "encrypted" flag, as a password-protected zip does. */
    static byte[] encryptedZip(String name, byte[] content) throws IOException {
        byte[] zip = zip(name, content);
        for (int i = 0; i + 4 <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K') {
                if (zip[i + 2] == 3 && zip[i + 3] == 4) {
                    zip[i + 6] |= 1;
                } else if (zip[i + 2] == 1 && zip[i + 3] == 2) {
                    zip[i + 8] |= 1;
                }
            }
        }
        return zip;
    }

    static byte[] encryptedPdf(String text) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(text)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
                    new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-secret", "user-secret",
                            new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedDocx(String text) throws Exception {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(docx(text));
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] jpeg() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 64; y++) {
                image.setRGB(x, y, x * 4 << 16 | y * 4 << 8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** Highly compressible text: a small file that expands enormously. */
    static byte[] repeated(char c, int bytes) {
        byte[] content = new byte[bytes];
        java.util.Arrays.fill(content, (byte) c);
        return content;
    }

    /** A PDF carrying a file attachment (the embedded-files name tree, as "attach file" does). */
    static byte[] pdfWithAttachment(String text, String attachmentName, byte[] attachment) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(text)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile file =
                    new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(attachment));
            file.setSize(attachment.length);
            org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification spec =
                    new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            spec.setFile(attachmentName);
            spec.setFileUnicode(attachmentName);
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(attachmentName, spec));
            org.apache.pdfbox.pdmodel.PDDocumentNameDictionary names =
                    new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Members in order, name → bytes. */
    static byte[] zip(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(member.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        return zip(Map.of(name, content));
    }

    static byte[] tarGz(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GzipCompressorOutputStream(bytes);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
                entry.setSize(member.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(member.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> members(Object... nameThenBytes) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            members.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        }
        return members;
    }
}
