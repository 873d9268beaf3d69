package org.custodian.corpus.tree;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The text formats: every byte follows from the document, so the same seed gives the same file. */
final class TextRenderings {
    private TextRenderings() {
    }

    static byte[] plain(TitledDocument d) {
        return utf8(d.text());
    }

    /** A JSON log export: the document's one-object lines wrapped into one array. */
    static byte[] jsonArray(TitledDocument d) {
        List<String> objects = new ArrayList<>();
        for (String line : d.lines()) if (!line.isBlank()) objects.add("  " + line);
        return utf8("[\n" + String.join(",\n", objects) + "\n]\n");
    }

    static byte[] html(TitledDocument d) {
        StringBuilder b = new StringBuilder(d.text().length() + 512);
        b.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escapeHtml(d.title())).append("</title>\n</head>\n<body>\n<h1>")
                .append(escapeHtml(d.title())).append("</h1>\n");
        for (String line : d.lines()) {
            if (!line.isBlank()) b.append("<p>").append(escapeHtml(line)).append("</p>\n");
        }
        return utf8(b.append("</body>\n</html>\n").toString());
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static byte[] rtf(TitledDocument d) {
        StringBuilder b = new StringBuilder(d.text().length() + 256);
        b.append("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}\n")
                .append("{\\info{\\title ").append(escapeRtf(d.title())).append("}}\n\\f0\\fs22\n");
        for (String line : d.lines()) b.append(escapeRtf(line)).append("\\par\n");
        return utf8(b.append("}\n").toString()); // escapeRtf leaves only ASCII
    }

    private static String escapeRtf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '}') b.append('\\').append(c);
            else if (c < 0x80) b.append(c);
            else b.append("\\u").append((int) (short) c).append('?'); // RTF wants a signed 16-bit value and a fallback
        }
        return b.toString();
    }

    /**
     * An RFC 5322 message from an e-mail document, whose text starts with its own From/To/Date
     * header lines; CRLF line ends as on the wire.
     */
    static byte[] email(TitledDocument d) {
        Mail m = Mail.split(d);
        return utf8(m.headers + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + m.body);
    }

    /** The same message as multipart/mixed, with one base64 attachment. */
    static byte[] emailWithAttachment(TitledDocument d, String fileName, String mediaType, byte[] attachment, String boundary) {
        Mail m = Mail.split(d);
        StringBuilder b = new StringBuilder(m.body.length() + attachment.length * 4 / 3 + 1024);
        b.append(m.headers).append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
                .append("This is a multi-part message in MIME format.\r\n\r\n")
                .append("--").append(boundary).append("\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .append(m.body).append("\r\n")
                .append("--").append(boundary).append("\r\n")
                .append("Content-Type: ").append(mediaType).append("; name=\"").append(fileName).append("\"\r\n")
                .append("Content-Disposition: attachment; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(attachment))
                .append("\r\n--").append(boundary).append("--\r\n");
        return utf8(b.toString());
    }

    private record Mail(String headers, String body) {
        static Mail split(TitledDocument d) {
            String text = d.text();
            int blank = text.indexOf("\n\n");
            String head = blank < 0 ? "" : text.substring(0, blank + 1);
            String body = blank < 0 ? text : text.substring(blank + 2);
            return new Mail(head.replace("\n", "\r\n"), body.replace("\n", "\r\n"));
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
