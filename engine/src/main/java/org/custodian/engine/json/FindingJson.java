package org.custodian.engine.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.custodian.engine.Finding;
import org.custodian.engine.Location;

/**
 * The one JSON form of a {@link Finding}, shared by every surface (CLI, server, proxy, jobs), as
 * described by {@code docs/schema/finding-v1.json}. Written by hand so the engine keeps no JSON
 * library dependency; the output is one line with a fixed key order, so JSON-lines output is
 * stable and diffable.
 *
 * <p>A finding holds no raw value, so nothing written here can leak one; the hash is left out when
 * the caller asks (human-facing reports) or when the engine ran without a key.
 */
public final class FindingJson {
    /** The schema version this writer produces; bump together with docs/schema. */
    public static final String SCHEMA = "finding-v1";

    private FindingJson() {
    }

    public static String toJson(Finding f) {
        return toJson(f, true);
    }

    public static String toJson(Finding f, boolean withHash) {
        StringBuilder b = new StringBuilder(256);
        write(f, withHash, b);
        return b.toString();
    }

    /** Appends the finding as one JSON object without a trailing newline. */
    public static void write(Finding f, boolean withHash, Appendable out) {
        try {
            out.append("{\"infoType\":");
            string(f.infoType().name(), out);
            out.append(",\"likelihood\":");
            string(f.likelihood().name(), out);
            out.append(",\"score\":").append(number(f.score()));
            out.append(",\"location\":");
            location(f.location(), out);
            out.append(",\"masked\":");
            string(f.masked(), out);
            if (withHash && f.hash() != null) {
                out.append(",\"hash\":");
                string(f.hash().encoded(), out);
            }
            out.append(",\"detector\":");
            string(f.detector(), out);
            out.append(",\"specialCategories\":[");
            List<String> flags = new ArrayList<>(f.specialCategories());
            flags.sort(null); // sets have no order; sorted output keeps lines comparable
            for (int i = 0; i < flags.size(); i++) {
                if (i > 0) out.append(',');
                string(flags.get(i), out);
            }
            out.append("]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void location(Location l, Appendable out) throws IOException {
        out.append("{\"offset\":").append(Long.toString(l.offset()))
                .append(",\"length\":").append(Integer.toString(l.length()))
                .append(",\"line\":").append(Long.toString(l.line()))
                .append(",\"column\":").append(Integer.toString(l.column()));
        if (l.byteOffset() >= 0) {
            out.append(",\"byteOffset\":").append(Long.toString(l.byteOffset()));
        }
        out.append('}');
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON has no representation for " + d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return Double.toString(d); // Java's shortest round-trip form is valid JSON ("1.0E-4" too)
    }

    /** Writes {@code s} as a JSON string literal (RFC 8259), quotes included. */
    public static void string(CharSequence s, Appendable out) throws IOException {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || unpairedSurrogate(s, i)) {
                        // U+2028/9 break JavaScript string literals; a lone surrogate has no UTF-8 form
                        unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    public static String quote(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        try {
            string(s, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    private static boolean unpairedSurrogate(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    private static void unicodeEscape(char c, Appendable out) throws IOException {
        final String hex = "0123456789abcdef";
        out.append("\\u").append(hex.charAt(c >> 12 & 0xF)).append(hex.charAt(c >> 8 & 0xF))
                .append(hex.charAt(c >> 4 & 0xF)).append(hex.charAt(c & 0xF));
    }
}
