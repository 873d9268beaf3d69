package org.custodian.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one Custodian configuration ({@code custodian.yaml}), format version 1: YAML checked against
 * the published JSON Schema {@code docs/schema/config-v1.json}, then against what the schema cannot
 * know (regexes compile, names refer to real detectors). Unknown keys are errors, so a typo never
 * silently turns a setting off. Immutable; build an engine from it with {@link EngineFactory}.
 *
 * <p>Sections so far: {@code detection}, {@code roles} and {@code retention}; proxy policy and server sources
 * arrive with the features that read them, each as one more property of the schema and this record.
 */
public record CustodianConfig(int version, DetectionConfig detection, RolesConfig roles, RetentionConfig retention) {
    /** The format version this code reads. */
    public static final int VERSION = 1;
    /** Classpath location of the schema the file is validated against. */
    public static final String SCHEMA_RESOURCE = "/org/custodian/config/schema/config-v1.json";

    public CustodianConfig {
        detection = detection == null ? DetectionConfig.defaults() : detection;
        roles = roles == null ? RolesConfig.defaults() : roles;
        retention = retention == null ? RetentionConfig.defaults() : retention;
    }

    public CustodianConfig(int version, DetectionConfig detection, RolesConfig roles) {
        this(version, detection, roles, null);
    }

    public CustodianConfig(int version, DetectionConfig detection) {
        this(version, detection, null, null);
    }

    /** What applies without a configuration file: every built-in on, threshold LIKELY. */
    public static CustodianConfig defaults() {
        return new CustodianConfig(VERSION, DetectionConfig.defaults());
    }

    /**
     * Reads and validates a configuration file.
     *
     * @throws ConfigException listing every problem, each with its path in the file
     * @throws IOException     when the file cannot be read
     */
    public static CustodianConfig load(Path file) throws IOException {
        return ConfigReader.read(Files.readString(file), file.toString());
    }

    /** Parses and validates configuration text (for tests and for text from other sources). */
    public static CustodianConfig parse(String yaml) {
        return ConfigReader.read(yaml, "configuration");
    }
}
