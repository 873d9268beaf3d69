package org.custodian.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.custodian.engine.Detector;
import org.custodian.engine.Engine;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.ValueHasher;
import org.custodian.engine.detectors.BuiltInDetectors;

/**
 * The one place the CLI builds an {@link Engine}: detectors (built-in or from configuration), the
 * threshold, the infoType filter and the hasher. Commands never assemble engines themselves.
 *
 * <p>CONFIG HOOK: the two methods marked below are where the configuration module plugs in
 * ({@code org.custodian.config.CustodianConfig} and {@code EngineFactory}); it owns all parsing,
 * custom detectors, exclusion rules and the allow-list. Until it is connected, {@code --config} is
 * refused rather than silently ignored.
 */
final class EngineAssembly {
    /** The CLI's threshold when neither a flag nor a configuration names one. */
    static final Likelihood DEFAULT_MIN_LIKELIHOOD = Likelihood.LIKELY;

    private EngineAssembly() {
    }

    /**
     * @param configFile    a Custodian YAML configuration, or null for the embedded default
     * @param minLikelihood findings below this are dropped; null keeps the configuration's (LIKELY by default)
     * @param only          infoTypes to report, or empty for all
     * @param hasher        the installation key's hasher, or null for findings without a hash
     */
    static Engine build(Path configFile, Likelihood minLikelihood, Set<InfoType> only, ValueHasher hasher) {
        List<Detector> pack = detectors(configFile);
        requireKnown(only, pack);
        Engine.Builder b = configuredBuilder(configFile, minLikelihood, hasher);
        if (!only.isEmpty()) {
            for (Detector d : pack) {
                if (d.infoTypes().stream().noneMatch(only::contains)) b.remove(d.id());
            }
        }
        return b.build();
    }

    /** The detector pack for a configuration (null: the embedded default). */
    static List<Detector> detectors(Path configFile) {
        if (configFile != null) {
            // CONFIG HOOK: EngineFactory.build(CustodianConfig.load(configFile), null, Likelihood.VERY_UNLIKELY).detectors()
            throw notConnected();
        }
        return BuiltInDetectors.all();
    }

    /** Every infoType some detector reports, sorted. */
    static Set<InfoType> knownInfoTypes(List<Detector> detectors) {
        Set<InfoType> all = new TreeSet<>();
        for (Detector d : detectors) all.addAll(d.infoTypes());
        return all;
    }

    private static Engine.Builder configuredBuilder(Path configFile, Likelihood minLikelihood, ValueHasher hasher) {
        if (configFile != null) {
            // CONFIG HOOK: EngineFactory.builder(CustodianConfig.load(configFile), hasher, minLikelihood),
            // and CustodianConfig.defaults() when configFile is null; ConfigException -> UserError (exit 2)
            throw notConnected();
        }
        return Engine.builder()
                .addAll(BuiltInDetectors.all())
                .minLikelihood(minLikelihood != null ? minLikelihood : DEFAULT_MIN_LIKELIHOOD)
                .hasher(hasher);
    }

    private static UserError notConnected() {
        return new UserError("--config is not supported by this build yet (configuration module not connected)");
    }

    private static void requireKnown(Set<InfoType> only, List<Detector> detectors) {
        Set<InfoType> known = knownInfoTypes(detectors);
        for (InfoType t : only) {
            if (!known.contains(t)) {
                throw new UserError("no detector reports infoType " + t + "; known: " + known
                        + " (custodian detectors lists them)");
            }
        }
    }
}
