package org.custodian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.custodian.config.ConfigException;
import org.custodian.config.CustodianConfig;
import org.custodian.config.EngineFactory;
import org.custodian.engine.Detector;
import org.custodian.engine.Engine;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.RegionDetector;
import org.custodian.engine.ValueHasher;

/**
 * The one place the CLI builds an {@link Engine}: the configuration (or the embedded default) goes
 * through the config module's {@link EngineFactory} — the wiring every surface shares — and the
 * command line adds only its threshold flag and infoType filter. Commands never assemble engines
 * themselves.
 */
final class EngineAssembly {
    /** The CLI's threshold when neither a flag nor a configuration names one. */
    static final Likelihood DEFAULT_MIN_LIKELIHOOD = Likelihood.LIKELY;

    /** A detector as the CLI lists it, whether built in or defined by configuration. */
    record DetectorEntry(String id, Set<InfoType> infoTypes) {
    }

    private EngineAssembly() {
    }

    /**
     * @param configFile    a Custodian YAML configuration, or null for the embedded default
     * @param minLikelihood findings below this are dropped; null keeps the configuration's (LIKELY by default)
     * @param only          infoTypes to report, or empty for all
     * @param hasher        the installation key's hasher, or null for findings without a hash
     */
    static Engine build(Path configFile, Likelihood minLikelihood, Set<InfoType> only, ValueHasher hasher) {
        return buildFrom(load(configFile), minLikelihood, only, hasher);
    }

    /** The same for a configuration already read. */
    static Engine buildFrom(CustodianConfig config, Likelihood minLikelihood, Set<InfoType> only, ValueHasher hasher) {
        List<DetectorEntry> pack = detectors(config);
        requireKnown(only, pack);
        Engine.Builder b = configured(() -> EngineFactory.builder(config, hasher, minLikelihood));
        if (!only.isEmpty()) {
            for (DetectorEntry d : pack) {
                if (d.infoTypes().stream().noneMatch(only::contains)) b.remove(d.id());
            }
        }
        return configured(b::build);
    }

    /** The threshold a configuration gives when no flag overrides it. */
    static Likelihood threshold(CustodianConfig config) {
        return config.detection().minLikelihood();
    }

    /** What decides which findings an engine makes: the detection section of a configuration. */
    static String detectionIdentity(CustodianConfig config) {
        return config.detection().toString();
    }

    /** The detector pack for a configuration (null: the embedded default). */
    static List<DetectorEntry> detectors(Path configFile) {
        return detectors(load(configFile));
    }

    private static List<DetectorEntry> detectors(CustodianConfig config) {
        Engine e = configured(() -> EngineFactory.build(config, null, Likelihood.VERY_UNLIKELY));
        List<DetectorEntry> out = new ArrayList<>();
        for (Detector d : e.detectors()) out.add(new DetectorEntry(d.id(), d.infoTypes()));
        for (RegionDetector d : e.regionDetectors()) out.add(new DetectorEntry(d.id(), d.infoTypes()));
        return out;
    }

    /** Every infoType some detector reports, sorted. */
    static Set<InfoType> knownInfoTypes(List<DetectorEntry> detectors) {
        Set<InfoType> all = new TreeSet<>();
        for (DetectorEntry d : detectors) all.addAll(d.infoTypes());
        return all;
    }

    /** A configuration file, or the embedded default for null; problems are the user's to fix (exit 2). */
    static CustodianConfig load(Path configFile) {
        if (configFile == null) return CustodianConfig.defaults();
        try {
            return configured(() -> CustodianConfig.load(configFile));
        } catch (UncheckedIOException e) {
            throw new UserError("cannot read configuration " + configFile + ": " + e.getCause().getMessage());
        }
    }

    @FunctionalInterface
    private interface ConfigStep<T> {
        T get() throws IOException;
    }

    /** Configuration problems are the user's to fix: exit 2 with every "path: problem" listed. */
    private static <T> T configured(ConfigStep<T> step) {
        try {
            return step.get();
        } catch (ConfigException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class UncheckedIOException extends RuntimeException {
        UncheckedIOException(IOException cause) {
            super(cause);
        }
    }

    private static void requireKnown(Set<InfoType> only, List<DetectorEntry> detectors) {
        Set<InfoType> known = knownInfoTypes(detectors);
        for (InfoType t : only) {
            if (!known.contains(t)) {
                throw new UserError("no detector reports infoType " + t + "; known: " + known
                        + " (custodian detectors lists them)");
            }
        }
    }
}
