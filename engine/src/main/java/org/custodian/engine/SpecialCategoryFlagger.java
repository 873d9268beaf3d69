package org.custodian.engine;

import java.util.Set;

/**
 * Raises special-category flags (UK GDPR Article 9: health, and so on) on a finding when the text
 * around it says something of that kind about a person, e.g. a diagnosis next to an NHS number.
 */
@FunctionalInterface
public interface SpecialCategoryFlagger {
    /** Flags for this match, or an empty set. */
    Set<String> flags(Match match, ScanWindow window);
}
