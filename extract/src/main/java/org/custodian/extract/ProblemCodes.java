package org.custodian.extract;

/** The stable {@link PartProblem#code()} values; docs/extraction.md explains each. */
public final class ProblemCodes {
    /** A member nested deeper than {@link ExtractionLimits#maxDepth()} was not opened. */
    public static final String DEPTH_LIMIT = "depth-limit";
    /** Decompression passed the expanded-bytes budget or the compression-ratio limit. */
    public static final String EXPANSION_LIMIT = "expansion-limit";
    /** More members and embedded documents than {@link ExtractionLimits#maxMembers()}. */
    public static final String EMBEDDED_LIMIT = "embedded-limit";
    /** A part's text passed {@link ExtractionLimits#maxPartChars()}, or a file was too large to spool. */
    public static final String SIZE_LIMIT = "size-limit";
    /** The parsers took longer than {@link ExtractionLimits#parseTimeout()}. */
    public static final String TIMEOUT = "timeout";
    /** XML declared more entity expansions than the parser allows (billion laughs). */
    public static final String XML_ENTITY_LIMIT = "xml-entity-limit";
    /** Password-protected or encrypted content. */
    public static final String ENCRYPTED = "encrypted";
    /** The bytes do not form a valid file of their detected format. */
    public static final String CORRUPT = "corrupt";
    /** A compression method or format variant this build cannot read. */
    public static final String UNSUPPORTED = "unsupported";
    /** Nothing with text in it: images, executables, scanned PDFs (Custodian does no OCR). */
    public static final String NO_TEXT = "no-text";
    /** Further problems were counted but not listed. */
    public static final String MORE_PROBLEMS = "more-problems";

    private ProblemCodes() {
    }
}
