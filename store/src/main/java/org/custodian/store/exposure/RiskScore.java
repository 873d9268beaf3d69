package org.custodian.store.exposure;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Risk = sensitivity x exposure: how bad it would be if the data leaked (see {@link Sensitivity})
 * times how reachable it is. A pure function, documented in docs/scan.md ("Sensitivity and
 * risk"), so a person can recompute any score:
 *
 * <pre>
 *   risk = round(sensitivity x weight)        0..100
 *   WORLD_WRITABLE 1.0   anyone can read it (write implies the directory listing) and replace it
 *   WORLD_READABLE 0.9   any local user can copy it
 *   GROUP_WRITABLE 0.6   a whole group can alter it
 *   UNKNOWN        0.5   permissions cannot be judged (SMB/CIFS): neither safe nor exposed
 *   STALE          0.4   kept past retention: exposed to time, not to people
 *   (none)         0.2   held where only its owner reaches it: still personal data at rest
 * </pre>
 *
 * A place with several exposures takes the largest weight: they are not independent chances, the
 * worst one decides who can reach the data.
 */
public final class RiskScore {
    /** Weight of data held with no exposure at all. */
    public static final double AT_REST_WEIGHT = 0.2;

    private static final Map<ExposureKind, Double> WEIGHTS = new EnumMap<>(Map.of(
            ExposureKind.WORLD_WRITABLE, 1.0,
            ExposureKind.WORLD_READABLE, 0.9,
            ExposureKind.GROUP_WRITABLE, 0.6,
            ExposureKind.UNKNOWN, 0.5,
            ExposureKind.STALE, 0.4));

    private RiskScore() {
    }

    /** How much one kind of exposure multiplies sensitivity, 0..1. */
    public static double weight(ExposureKind kind) {
        return WEIGHTS.getOrDefault(kind, 0.5);
    }

    /** Risk of one exposure of data this sensitive. */
    public static int of(ExposureKind kind, int sensitivity) {
        return scale(sensitivity, weight(kind));
    }

    /** Risk of a place with these exposures (none: data at rest). */
    public static int of(Collection<ExposureKind> kinds, int sensitivity) {
        double w = AT_REST_WEIGHT;
        for (ExposureKind k : kinds) w = Math.max(w, weight(k));
        return scale(sensitivity, w);
    }

    private static int scale(int sensitivity, double weight) {
        if (sensitivity < 0 || sensitivity > 100) {
            throw new IllegalArgumentException("sensitivity is 0..100: " + sensitivity);
        }
        return (int) Math.round(sensitivity * weight);
    }
}
