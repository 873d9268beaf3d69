package org.custodian.store.exposure;

/**
 * Turns what was seen into an exposure's risk, 0..100. The file-scan's documented formula
 * (sensitivity x exposure, docs/exposure.md) is one; the register only stores what it returns.
 */
@FunctionalInterface
public interface RiskModel {
    int risk(ExposureKind kind, int sensitivity);
}
