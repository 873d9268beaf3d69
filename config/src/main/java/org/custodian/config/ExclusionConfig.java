package org.custodian.config;

import java.util.List;
import org.custodian.engine.Likelihood;

/**
 * A rule that drops a finding, or lowers its likelihood, when its value matches a pattern and/or
 * context words are near it ({@code detection.exclusions[]}), like Cloud DLP's exclusion rules.
 *
 * @param infoTypes    the infoTypes it applies to
 * @param valuePattern regex matching the whole value (as written or canonical), or null
 * @param contextWords words near the value, or empty
 * @param likelihood   cap the likelihood at this instead of dropping; null means drop
 */
public record ExclusionConfig(
        List<String> infoTypes,
        String valuePattern,
        List<String> contextWords,
        Likelihood likelihood) {

    public ExclusionConfig {
        infoTypes = infoTypes == null ? List.of() : List.copyOf(infoTypes);
        contextWords = contextWords == null ? List.of() : List.copyOf(contextWords);
    }
}
