package org.custodian.store.exposure;

/**
 * Turns what was seen into an exposure's risk, 0..100. The file-scan's documented formula
 * (sensitivity x exposure, docs/exposure.md) is one; the register only stores what it returns.
 */
@FunctionalInterface
public interface RiskModel {
    /** Risk is the sensitivity itself, for registers whose caller has not chosen a formula. */
    RiskModel SENSITIVITY_ONLY = (kind, sensitivity) -> sensitivity;

    int risk(ExposureKind kind, int sensitivity);
}
