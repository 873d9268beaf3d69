package org.custodian.store.exposure;

public enum ExposureStatus {
    OPEN, ACCEPTED, REMEDIATED, GONE
}
