package org.custodian.engine;

import java.util.Set;

/**
 * One detected value, in the form every surface (CLI, server, proxy, jobs) reports and stores.
 * It never carries the raw value: only masked evidence and a keyed hash. The JSON form is
 * described by docs/schema/finding-v1.json.
 *
 * @param infoType           what was found
 * @param likelihood         the five-step likelihood derived from {@code score}
 * @param score              the detector's score in [0, 1] after context rules
 * @param location           where it is in the scanned text
 * @param masked             evidence safe to show: at most the last few characters survive
 * @param hash               keyed hash of the canonical value, or null when the engine runs without a key
 * @param detector           id of the detector that produced it
 * @param specialCategories  special-category flags (e.g. HEALTH) raised by nearby terms; empty when none
 */
public record Finding(
        InfoType infoType,
        Likelihood likelihood,
        double score,
        Location location,
        String masked,
        KeyedHash hash,
        String detector,
        Set<String> specialCategories) {

    public Finding {
        specialCategories = specialCategories == null ? Set.of() : Set.copyOf(specialCategories);
    }
}
