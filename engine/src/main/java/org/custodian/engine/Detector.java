package org.custodian.engine;

import java.util.Set;

/**
 * A recognizer for one or a few infoTypes, in Presidio's shape: a cheap candidate finder, a
 * validator (checksum, structure), context words and a base score.
 *
 * <p>Detectors do not scan the text themselves. The engine makes one pass over the characters and
 * calls a detector only at the positions its {@link Triggers} name (a word starting with a digit,
 * an upper-case letter, an '@' ...). From there the detector reads forward (and, for context,
 * backward) through the {@link ScanWindow} and reports what it finds to {@link Matches}. A detector
 * must be stateless or thread-safe: one instance serves every concurrent scan.
 */
public interface Detector {
    /** A short stable id, e.g. {@code uk-nhs-number}; shown in findings and in benchmarks. */
    String id();

    /** The infoTypes this detector can report. */
    Set<InfoType> infoTypes();

    /** Where the engine should call {@link #detect}. */
    Triggers triggers();

    /**
     * Looks for values starting (or, for symbol triggers such as '@', anchored) at {@code pos}.
     * Must not read past {@link ScanWindow#limit()} and should give up quickly: it is called at
     * every trigger position.
     */
    void detect(ScanWindow window, int pos, Matches out);
}
