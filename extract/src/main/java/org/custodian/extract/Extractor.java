package org.custodian.extract;

import java.io.IOException;
import java.io.InputStream;

/**
 * Turns one stored object (a file, an S3 object, an upload) into text parts for the engine: the
 * object itself and, recursively, everything inside it (archive members, e-mail attachments,
 * embedded documents). Parsers are kept apart from detection, as Tika does: an extractor knows
 * nothing about personal data.
 *
 * <p>Bad content never throws: a corrupt, hostile or over-limit part becomes a
 * {@link PartProblem} and the result's status says whether the object was read whole
 * ({@link ExtractionStatus#SCANNED}), only in part ({@link ExtractionStatus#PARTIAL}) or not at
 * all ({@link ExtractionStatus#SKIPPED}). A part that was cut short is never reported as complete.
 *
 * <p>Implementations are thread-safe: one extractor serves every scanning thread.
 */
public interface Extractor {
    /**
     * @param path    the display path of the object ({@code /srv/share/a.zip}); parts inside it are
     *                named {@code path + "!/" + member}, nested as {@code a.zip!/b.zip!/c.docx}
     * @param in      the object's bytes; read at most once, not closed here
     * @param handler receives each text part while it is being extracted
     * @throws IOException only when reading {@code in} fails or the handler throws
     */
    ExtractionResult extract(String path, InputStream in, PartHandler handler) throws IOException;
}
