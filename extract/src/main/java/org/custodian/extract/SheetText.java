package org.custodian.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML for a spreadsheet ({@code <h1>sheet</h1><table><tr><td>…}) into one text part
 * per sheet: tab-separated, one row per line, the first row first. The engine reads the first line
 * of a part as a column header (a {@code date_of_birth} column gives its values that context), which
 * Tika's own text — the sheet name, then rows each starting with a tab — never lets it do.
 *
 * <p>Columns keep their places: an empty cell before a value is an empty field, so a value stays
 * under its header. Empty cells at the end of a row and rows with no value are left out, and so are
 * the empty columns left of the sheet's first value (a table drawn from cell B2). Tabs and
 * line breaks inside a cell become spaces and a double quote is doubled, so that a cell never
 * splits or shifts the columns of the engine's (CSV-style, quote-aware) column count.
 *
 * <p>Text outside the tables (a sheet's comments, headers and footers after its table) goes on in
 * the part being written; text before the first table goes to the workbook's own part.
 */
final class SheetText extends DefaultHandler {
    /** Where a new part starts; named by the sheet (sanitised and made unique by the callee). */
    interface Parts {
        void startSheet(String sheetName) throws IOException;
    }

    private static final Set<String> SPREADSHEETS = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
            "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.ms-excel.template.macroenabled.12",
            "application/vnd.ms-excel.sheet.binary.macroenabled.12",
            "application/vnd.ms-excel",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.spreadsheet-template",
            "application/x-vnd.oasis.opendocument.spreadsheet");

    /** Excel's column count; a larger span (OpenDocument repeats empty cells freely) is cut to it. */
    private static final int MAX_COLUMNS = 16_384;
    private static final int MAX_SHEET_NAME = 200;

    static boolean isSpreadsheet(MediaType type) {
        return SPREADSHEETS.contains(type.getBaseType().toString().toLowerCase(Locale.ROOT));
    }

    private final Writer out;
    private final Parts parts;
    private final StringBuilder heading = new StringBuilder();
    private boolean inHeading;
    private String sheetName;
    private int sheets;
    private int tableDepth;
    private boolean inCell;
    private int cellIndex;
    private int span;
    /** Delimiters owed before the next cell text: empty cells are written only when a value follows. */
    private int owedDelimiters;
    private boolean rowHasText;
    private boolean cellHasText;
    private boolean owedSpace;
    private boolean partHasText;
    private char owedOutside;
    /** Empty columns left of the sheet's first value (a table drawn from B2); -1 until known. */
    private int leadingEmptyColumns = -1;

    SheetText(Writer out, Parts parts) {
        this.out = out;
        this.parts = parts;
    }

    /** Whether any sheet began: the workbook's own text after it needs a part of its own again. */
    boolean sawSheet() {
        return sheets > 0;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (tableDepth == 0) {
            if (name.equals("h1")) {
                inHeading = true;
                heading.setLength(0);
            } else if (name.equals("table")) {
                tableDepth = 1;
                sheets++;
                String sheet = sheetName != null && !sheetName.isBlank() ? sheetName : "sheet-" + sheets;
                sheetName = null;
                try {
                    parts.startSheet(sheet);
                } catch (IOException e) {
                    throw new SAXException(e);
                }
                partHasText = false;
                owedOutside = 0;
                leadingEmptyColumns = -1;
            }
            return;
        }
        if (name.equals("table")) {
            tableDepth++;
        } else if (tableDepth > 1) {
            cellBreak();
        } else if (name.equals("tr")) {
            cellIndex = -1;
            span = 0;
            owedDelimiters = 0;
            rowHasText = false;
        } else if (name.equals("td") || name.equals("th")) {
            cellIndex++;
            owedDelimiters = Math.min(MAX_COLUMNS, owedDelimiters + (cellIndex > 0 ? 1 : 0) + span);
            span = span(atts);
            inCell = true;
            cellHasText = false;
            owedSpace = false;
        } else {
            cellBreak();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (tableDepth == 0) {
            if (inHeading && name.equals("h1")) {
                inHeading = false;
                sheetName = heading.toString().strip();
            }
            return;
        }
        if (name.equals("table")) {
            tableDepth--;
        } else if (tableDepth > 1) {
            cellBreak();
        } else if (name.equals("tr")) {
            if (rowHasText) {
                write("\n");
            }
            rowHasText = false;
        } else if (name.equals("td") || name.equals("th")) {
            inCell = false;
        } else {
            cellBreak();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inHeading) {
            heading.append(ch, start, Math.min(length, Math.max(0, MAX_SHEET_NAME - heading.length())));
        } else if (tableDepth > 0) {
            if (inCell) {
                cellText(ch, start, length);
            }
        } else {
            outside(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (tableDepth == 0 && !inHeading) {
            outside(ch, start, length);
        }
    }

    /**
     * Text outside the tables. White space is held back until more text follows, so that the line
     * breaks Tika puts after tables and sheets do not leave empty lines or make an empty part.
     */
    private void outside(char[] ch, int start, int length) throws SAXException {
        StringBuilder text = new StringBuilder(length);
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (Character.isWhitespace(c)) {
                if (c == '\n' || owedOutside == 0) {
                    owedOutside = c == '\n' ? '\n' : ' ';
                }
                continue;
            }
            if (owedOutside != 0 && partHasText) {
                text.append(owedOutside);
            }
            owedOutside = 0;
            text.append(c);
        }
        write(text);
    }

    private void cellText(char[] ch, int start, int length) throws SAXException {
        StringBuilder text = new StringBuilder(length + 8);
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                owedSpace = cellHasText;
                continue;
            }
            if (!cellHasText) {
                // the owed delimiters: empty cells before this one, and before this row's first value
                int owed = owedDelimiters;
                if (!rowHasText) {
                    // a table that starts in column B must still put its header at the start of the line
                    if (leadingEmptyColumns < 0) {
                        leadingEmptyColumns = owed;
                    }
                    owed = Math.max(0, owed - leadingEmptyColumns);
                }
                text.append("\t".repeat(owed));
                owedDelimiters = 0;
                cellHasText = true;
                rowHasText = true;
            } else if (owedSpace) {
                text.append(' ');
            }
            owedSpace = false;
            text.append(c);
            if (c == '"') {
                text.append('"');
            }
        }
        write(text);
    }

    /** A paragraph or line break inside a cell: a space, if more text follows. */
    private void cellBreak() {
        if (inCell && cellHasText) {
            owedSpace = true;
        }
    }

    private void write(CharSequence text) throws SAXException {
        if (text.isEmpty()) {
            return;
        }
        partHasText = true;
        try {
            out.append(text);
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    private static int span(Attributes atts) {
        String colspan = atts.getValue("colspan");
        if (colspan == null) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(MAX_COLUMNS, Integer.parseInt(colspan.strip())) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
