package org.custodian.extract;

/** How much of an object was read. Anything short of all of it is never reported as clean. */
public enum ExtractionStatus {
    /** Every part was read to its end. */
    SCANNED,
    /** Some text was read, some was not (a limit, a corrupt member, an unsupported embedded format). */
    PARTIAL,
    /** Nothing was read (unreadable, encrypted, not a format with text, or broken from the start). */
    SKIPPED
}
