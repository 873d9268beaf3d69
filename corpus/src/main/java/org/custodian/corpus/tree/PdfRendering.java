package org.custodian.corpus.tree;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.custodian.corpus.Label;

/** A text PDF (a real text layer, as letters printed to PDF have), A4, Helvetica, wrapped lines. */
final class PdfRendering {
    private static final float MARGIN = 56;
    private static final float FONT_SIZE = 10;
    private static final float LEADING = 13;
    private static final int WRAP_AT = 95;
    /**
     * One instance for all documents: building a standard-14 font makes PDFBox look for a system
     * font with the same glyphs (for rendering, which this never does) and log when it finds only a
     * look-alike. The files name Helvetica without embedding it, as most office PDFs do.
     */
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private PdfRendering() {
    }

    static byte[] pdf(TitledDocument d) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(d.title());
        lines.add("");
        int offset = 0;
        for (String line : d.lines()) {
            lines.addAll(wrap(winAnsi(line), offset, d.doc().labels()));
            offset += line.length() + 1;
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(d.title());
            doc.getDocumentInformation().setAuthor("Northfield Council");
            // the trailer /ID would otherwise come from the clock; from the text, the bytes follow the seed
            doc.setDocumentId((long) d.text().hashCode() << 32 | (d.title().hashCode() & 0xffffffffL));
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(FONT, FONT_SIZE);
                    s.setLeading(LEADING);
                    s.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        s.showText(line);
                        s.newLine();
                    }
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The standard Helvetica encodes WinAnsi only; anything else would make PDFBox throw. */
    private static String winAnsi(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\t' ? ' ' : (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) ? c : '?');
        }
        return b.toString();
    }

    /**
     * Breaks at spaces, never inside a labelled value: a card number or an address split over two
     * lines would not be the value the manifest promises. {@code offset} is where the line starts in
     * the document text.
     */
    private static List<String> wrap(String line, int offset, List<Label> labels) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (line.length() - from > WRAP_AT) {
            int cut = from + WRAP_AT;
            while (cut > from && (line.charAt(cut) != ' ' || insideLabel(offset + cut, labels))) cut--;
            if (cut == from) { // no allowed break before the width: take the first one after it
                cut = from + WRAP_AT;
                while (cut < line.length() && (line.charAt(cut) != ' ' || insideLabel(offset + cut, labels))) cut++;
                if (cut == line.length()) break;
            }
            out.add(line.substring(from, cut));
            from = cut + 1;
        }
        out.add(line.substring(from));
        return out;
    }

    private static boolean insideLabel(int position, List<Label> labels) {
        for (Label l : labels) if (l.start() < position && position < l.end()) return true;
        return false;
    }
}
