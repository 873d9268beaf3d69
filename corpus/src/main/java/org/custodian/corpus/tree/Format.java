package org.custodian.corpus.tree;

import java.io.IOException;
import java.util.Set;

/**
 * The file formats of the sample tree. A leaf format turns one titled document into bytes; the
 * containers (e-mail with attachments, archives) and the image are built by {@link SampleTree}.
 */
public enum Format {
    TXT("txt", TextRenderings::plain),
    CONF("conf", TextRenderings::plain),
    LOG("log", TextRenderings::plain),
    CSV("csv", TextRenderings::plain),
    NDJSON("ndjson", TextRenderings::plain),
    JSON("json", TextRenderings::jsonArray),
    HTML("html", TextRenderings::html),
    RTF("rtf", TextRenderings::rtf),
    EML("eml", TextRenderings::email),
    ODT("odt", OfficeRenderings::odt),
    DOCX("docx", OfficeRenderings::docx),
    XLSX("xlsx", OfficeRenderings::xlsx),
    PDF("pdf", PdfRendering::pdf),
    PNG("png", null),
    ZIP("zip", null),
    TAR_GZ("tar.gz", null),
    SEVEN_Z("7z", null);

    /** Formats whose bytes depend on the seed alone (POI stamps the time into docx and xlsx zips). */
    public static final Set<Format> BYTE_STABLE = Set.of(TXT, CONF, LOG, CSV, NDJSON, JSON, HTML, RTF, ODT, PDF);

    private final String extension;
    private final Rendering rendering;

    Format(String extension, Rendering rendering) {
        this.extension = extension;
        this.rendering = rendering;
    }

    public String extension() {
        return extension;
    }

    boolean isLeaf() {
        return rendering != null;
    }

    byte[] render(TitledDocument doc) throws IOException {
        if (rendering == null) throw new IllegalStateException(this + " is a container, not a document format");
        return rendering.render(doc);
    }

    /** One document in, one file's bytes out. */
    @FunctionalInterface
    interface Rendering {
        byte[] render(TitledDocument doc) throws IOException;
    }
}
