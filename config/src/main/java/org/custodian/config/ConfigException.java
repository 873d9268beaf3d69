package org.custodian.config;

import java.util.List;

/**
 * The configuration is invalid. Each problem names where it is and what is wrong
 * ({@code detection.custom[0].pattern: required}), so a user can fix every one in one go.
 */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super(source + " is not a valid Custodian configuration:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems found, each as {@code path: problem}. */
    public List<String> problems() {
        return problems;
    }
}
