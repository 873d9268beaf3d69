package org.custodian.engine;

/**
 * How sure the engine is that a finding is what its infoType says, in Google Cloud DLP's five steps.
 *
 * <p>Detectors compute a score in [0, 1]; the mapping below is part of the documented contract
 * (docs/detectors.md): each step covers a fifth of the range, so a score can be compared across
 * detectors and a user threshold ({@code --min-likelihood}) means the same for every type.
 */
public enum Likelihood {
    VERY_UNLIKELY(0.0),
    UNLIKELY(0.2),
    POSSIBLE(0.4),
    LIKELY(0.6),
    VERY_LIKELY(0.8);

    private final double floor;

    Likelihood(double floor) {
        this.floor = floor;
    }

    /** The lowest score that maps to this likelihood. */
    public double floor() {
        return floor;
    }

    public static Likelihood fromScore(double score) {
        if (score >= VERY_LIKELY.floor) return VERY_LIKELY;
        if (score >= LIKELY.floor) return LIKELY;
        if (score >= POSSIBLE.floor) return POSSIBLE;
        if (score >= UNLIKELY.floor) return UNLIKELY;
        return VERY_UNLIKELY;
    }

    public boolean atLeast(Likelihood other) {
        return compareTo(other) >= 0;
    }
}
