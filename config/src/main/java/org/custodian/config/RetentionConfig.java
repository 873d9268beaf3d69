package org.custodian.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Period;

/**
 * The {@code retention} section.
 *
 * @param staleAfter files holding personal data not modified for longer are STALE exposures (the
 *                   default of {@code scan --retention}); null for no rule
 * @param scanData   how long Custodian keeps its own scan data (old runs, files no longer found and
 *                   their findings); every scan ends by purging what is older, in the audit trail.
 *                   Null keeps everything.
 */
public record RetentionConfig(Period staleAfter, Period scanData) {
    /** From the YAML's strings ({@code 6y}, {@code 400d} ...; the schema has checked their form). */
    @JsonCreator
    static RetentionConfig fromYaml(@JsonProperty("staleAfter") String staleAfter, @JsonProperty("scanData") String scanData) {
        return new RetentionConfig(staleAfter == null ? null : Periods.parse(staleAfter),
                scanData == null ? null : Periods.parse(scanData));
    }

    public static RetentionConfig defaults() {
        return new RetentionConfig(null, null);
    }
}
