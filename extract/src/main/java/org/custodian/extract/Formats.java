package org.custodian.extract;

import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.CompositeParser;

/** Which road a detected media type takes through the extractor. */
final class Formats {
    enum Kind {
        /** Streamed straight to the handler as characters: plain text, CSV, JSON, logs, source code. */
        TEXT,
        /** A zip file walked member by member (needs random access: spooled). */
        ZIP,
        /** A 7z file walked member by member (needs random access: spooled). */
        SEVEN_Z,
        /** A tar stream walked member by member. */
        TAR,
        /** A single compressed stream (gzip, bzip2, xz, Z): its content is the one member. */
        COMPRESSED,
        /** Parsed by Tika (Office, OpenDocument, PDF, RTF, HTML, XML, e-mail ...). */
        TIKA,
        /** Nothing with text in it (images, audio, video, executables, unknown bytes). */
        BINARY
    }

    private static final MediaType TEXT_MESSAGE = MediaType.parse("text/x-tika-text-based-message");

    /** Subtypes of text/plain that still need a parser to become text. */
    private static final Set<String> PARSED_TEXT = Set.of("text/html", "application/rtf", "text/rtf",
            "application/xhtml+xml", "text/x-vcalendar");

    private static final Set<String> ZIPS = Set.of("application/zip", "application/x-zip-compressed",
            "application/java-archive", "application/x-java-archive");
    private static final Set<String> TARS = Set.of("application/x-tar", "application/x-gtar",
            "application/x-ustar");
    private static final Map<String, String> COMPRESSORS = Map.of(
            "application/gzip", "gz", "application/x-gzip", "gz",
            "application/x-bzip2", "bzip2", "application/x-bzip", "bzip2",
            "application/x-xz", "xz", "application/x-compress", "z");
    private static final Set<String> BINARY_TOP = Set.of("image", "audio", "video", "font", "model");
    private static final Set<String> BINARY_TYPES = Set.of("application/octet-stream",
            "application/x-executable", "application/x-sharedlib", "application/x-msdownload",
            "application/x-dosexec", "application/x-mach-o-executable", "application/java-vm",
            "application/x-object", "application/x-coredump", "application/vnd.microsoft.portable-executable",
            "application/x-font-ttf", "application/x-font-otf", "application/vnd.ms-fontobject",
            "application/x-shockwave-flash", "application/x-sqlite3");

    private final MediaTypeRegistry registry;
    private final Map<MediaType, Parser> parsers;

    Formats(MediaTypeRegistry registry, Parser parser) {
        this.registry = registry;
        this.parsers = parser instanceof CompositeParser composite
                ? composite.getParsers(new ParseContext()) : Map.of();
    }

    Kind kind(MediaType detected) {
        MediaType type = detected.getBaseType();
        String name = type.toString();
        if (ZIPS.contains(name)) {
            return Kind.ZIP;
        }
        if (name.equals("application/x-7z-compressed")) {
            return Kind.SEVEN_Z;
        }
        if (TARS.contains(name)) {
            return Kind.TAR;
        }
        if (COMPRESSORS.containsKey(name)) {
            return Kind.COMPRESSED;
        }
        if (isText(type)) {
            return Kind.TEXT;
        }
        if (name.equals("image/svg+xml")) {
            return Kind.TIKA;
        }
        if (BINARY_TOP.contains(type.getType()) || BINARY_TYPES.contains(name)) {
            return Kind.BINARY;
        }
        return hasParser(type) ? Kind.TIKA : Kind.BINARY;
    }

    /** The commons-compress name of a single-stream compressor. */
    static String compressor(MediaType type) {
        return COMPRESSORS.get(type.getBaseType().toString());
    }

    private boolean isText(MediaType type) {
        if (!type.equals(MediaType.TEXT_PLAIN) && !registry.isSpecializationOf(type, MediaType.TEXT_PLAIN)) {
            return false;
        }
        return !PARSED_TEXT.contains(type.toString())
                && !type.equals(MediaType.APPLICATION_XML) && !registry.isSpecializationOf(type, MediaType.APPLICATION_XML)
                && !type.equals(TEXT_MESSAGE) && !registry.isSpecializationOf(type, TEXT_MESSAGE);
    }

    private boolean hasParser(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (t.equals(MediaType.OCTET_STREAM) || t.equals(MediaType.TEXT_PLAIN)) {
                return false;
            }
            if (parsers.containsKey(t)) {
                return true;
            }
        }
        return false;
    }
}
