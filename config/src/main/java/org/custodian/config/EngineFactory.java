package org.custodian.config;

import java.util.List;
import org.custodian.engine.Engine;
import org.custodian.engine.KeyedHash;
import org.custodian.engine.Likelihood;
import org.custodian.engine.ValueHasher;
import org.custodian.engine.detectors.BuiltInDetectors;
import org.custodian.engine.detectors.SpecialCategories;

/**
 * The one place an {@link Engine} is assembled from a configuration. Every surface (CLI, server,
 * ICAP service, distributed jobs) calls this, so a configuration means the same everywhere:
 * built-in detectors minus the disabled ones, custom detectors, exclusion rules, the allow-list
 * and the likelihood threshold.
 */
public final class EngineFactory {
    private EngineFactory() {
    }

    /** An engine for the configuration, at its own threshold. */
    public static Engine build(CustodianConfig config, ValueHasher hasher) {
        return build(config, hasher, null);
    }

    /**
     * An engine for the configuration.
     *
     * @param hasher        the installation secret's hasher; null for findings without hashes (the
     *                      allow-list then has nothing to compare and is not applied)
     * @param minLikelihood overrides {@code detection.minLikelihood} (e.g. a command-line flag); null
     *                      keeps the configuration's
     * @throws ConfigException when an allow-list hash was made with another key
     */
    public static Engine build(CustodianConfig config, ValueHasher hasher, Likelihood minLikelihood) {
        return builder(config, hasher, minLikelihood).build();
    }

    /** The configured builder, for a surface that adds something of its own before building. */
    public static Engine.Builder builder(CustodianConfig config, ValueHasher hasher, Likelihood minLikelihood) {
        DetectionConfig d = config.detection();
        Engine.Builder b = Engine.builder()
                .addAll(BuiltInDetectors.all())
                .minLikelihood(minLikelihood != null ? minLikelihood : d.minLikelihood())
                .hasher(hasher)
                .specialCategories(SpecialCategories.defaultFlagger());
        for (CustomDetectorConfig c : d.custom()) b.addRegion(new CustomDetector(c));
        for (String name : d.disable()) b.remove(name);
        for (ExclusionConfig x : d.exclusions()) b.rule(new ExclusionRule(x));
        if (hasher != null) allow(b, d.allow(), hasher.keyId());
        return b;
    }

    private static void allow(Engine.Builder b, List<String> hashes, String keyId) {
        for (int i = 0; i < hashes.size(); i++) {
            String where = "detection.allow[" + i + "]: ";
            try {
                KeyedHash h = KeyedHash.parse(hashes.get(i));
                if (!h.keyId().equals(keyId)) {
                    throw new ConfigException("configuration", List.of(where + "made with key " + h.keyId()
                            + ", this installation's key is " + keyId + " (re-hash it with custodian hash)"));
                }
                b.allow(h);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("configuration", List.of(where + e.getMessage()));
            }
        }
    }
}
