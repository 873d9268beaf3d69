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
 */
final class EngineAssembly {
    private EngineAssembly() {
    }

    /**
     * @param configFile    a Custodian YAML configuration, or null for the embedded default
     * @param minLikelihood findings below this are dropped
     * @param only          infoTypes to report, or empty for all
     * @param hasher        the installation key's hasher, or null for findings without a hash
     */
    static Engine build(Path configFile, Likelihood minLikelihood, Set<InfoType> only, ValueHasher hasher) {
        List<Detector> detectors = detectors(configFile);
        requireKnown(only, detectors);
        Engine.Builder b = Engine.builder().minLikelihood(minLikelihood).hasher(hasher);
        for (Detector d : detectors) {
            if (only.isEmpty() || d.infoTypes().stream().anyMatch(only::contains)) b.add(d);
        }
        return b.build();
    }

    /** The detector pack for a configuration (null: the built-in defaults). */
    static List<Detector> detectors(Path configFile) {
        if (configFile != null) {
            // CONFIG HOOK (connected at merge): org.custodian.config.CustodianConfig.load(configFile)
            // and org.custodian.config.EngineFactory replace this branch; the config module owns all
            // parsing, custom detectors, rules and allow-lists. Until then --config is refused
            // rather than silently ignored.
            throw new UserError("--config is not supported by this build yet (configuration module not connected)");
        }
        return BuiltInDetectors.all();
    }

    /** Every infoType some detector reports, sorted. */
    static Set<InfoType> knownInfoTypes(List<Detector> detectors) {
        Set<InfoType> all = new TreeSet<>();
        for (Detector d : detectors) all.addAll(d.infoTypes());
        return all;
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
