package org.custodian.config;

import java.util.List;
import org.custodian.engine.Likelihood;

/**
 * The {@code detection} section: threshold, switched-off built-ins, custom detectors, exclusion
 * rules and the hashed allow-list.
 *
 * @param minLikelihood findings below it are not reported (default LIKELY, the CLI's default)
 * @param disable       built-in detector ids or infoType names to switch off
 * @param custom        regex detectors
 * @param exclusions    rules that drop or lower findings
 * @param allow         keyed hashes ({@code hmac-sha256:v1:<keyId>:<hex>}) of values never reported
 */
public record DetectionConfig(
        Likelihood minLikelihood,
        List<String> disable,
        List<CustomDetectorConfig> custom,
        List<ExclusionConfig> exclusions,
        List<String> allow) {

    public static final Likelihood DEFAULT_MIN_LIKELIHOOD = Likelihood.LIKELY;

    public DetectionConfig {
        minLikelihood = minLikelihood == null ? DEFAULT_MIN_LIKELIHOOD : minLikelihood;
        disable = disable == null ? List.of() : List.copyOf(disable);
        custom = custom == null ? List.of() : List.copyOf(custom);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        allow = allow == null ? List.of() : List.copyOf(allow);
    }

    public static DetectionConfig defaults() {
        return new DetectionConfig(null, null, null, null, null);
    }
}
