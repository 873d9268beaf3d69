package org.custodian.extract;

import java.util.List;

/**
 * What extraction made of one object.
 *
 * @param status    SCANNED only when every part was read whole and {@code problems} is empty
 * @param mediaType detected media type of the object itself
 * @param parts     number of text parts handed to the handler
 * @param chars     characters handed to the handler, all parts together
 * @param problems  every part not read whole, with its reason
 */
public record ExtractionResult(ExtractionStatus status, String mediaType, int parts, long chars,
                               List<PartProblem> problems) {
    public ExtractionResult {
        problems = List.copyOf(problems);
    }
}
