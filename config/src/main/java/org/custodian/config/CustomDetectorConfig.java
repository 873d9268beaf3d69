package org.custodian.config;

import java.util.List;
import org.custodian.engine.Likelihood;

/**
 * A regex detector from the configuration ({@code detection.custom[]}).
 *
 * @param name              the infoType it reports
 * @param pattern           a Java regular expression; a named group {@code value} narrows the span
 * @param validator         {@code luhn}, {@code mod97}, {@code nhs-mod11}, or null
 * @param context           words that raise a match to {@code contextLikelihood}
 * @param likelihood        likelihood without context (default POSSIBLE)
 * @param contextLikelihood likelihood with context (default VERY_LIKELY)
 * @param keywords          pre-filter: the regex runs only where one of these occurs
 */
public record CustomDetectorConfig(
        String name,
        String pattern,
        String validator,
        List<String> context,
        Likelihood likelihood,
        Likelihood contextLikelihood,
        List<String> keywords) {

    public CustomDetectorConfig {
        context = context == null ? List.of() : List.copyOf(context);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        likelihood = likelihood == null ? Likelihood.POSSIBLE : likelihood;
        contextLikelihood = contextLikelihood == null ? Likelihood.VERY_LIKELY : contextLikelihood;
    }
}
