package org.custodian.extract;

import java.io.IOException;
import java.io.Reader;

/** Receives the text of each part as it is extracted, in document order. */
@FunctionalInterface
public interface PartHandler {
    /**
     * @param part where the text comes from
     * @param text the part's text, valid only during this call; the handler may stop reading early
     */
    void part(TextPart part, Reader text) throws IOException;
}
