package org.custodian.store.findings;

import org.custodian.store.exposure.ExposureKind;

/** One exposure of one file, as stored with the file and reported with it. */
public record FileExposure(ExposureKind kind, String reason) {
}
