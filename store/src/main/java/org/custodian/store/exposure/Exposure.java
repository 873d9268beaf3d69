package org.custodian.store.exposure;

import java.time.Instant;

/**
 * Personal data reachable by someone who should not reach it, or kept longer than allowed: the
 * shared record that file scans, bucket scans and the custody register all write, so one list
 * answers "what is exposed, where, why, how sensitive, since when, and what is being done".
 *
 * @param id          database id, 0 before it is stored
 * @param kind        what sort of exposure (see {@link ExposureKind})
 * @param location    where: a file path, an archive member, {@code s3://bucket/key} ...
 * @param reason      one line for a person (e.g. "mode 0644: any local user can read it")
 * @param sensitivity the most sensitive data seen there, 0..100 (see docs/exposure.md)
 * @param risk        sensitivity x exposure, 0..100 (see docs/exposure.md)
 * @param firstSeen   when a scan first saw it
 * @param lastSeen    when a scan last confirmed it
 * @param status      open, accepted, remediated, or gone (no longer observed)
 */
public record Exposure(long id, ExposureKind kind, String location, String reason, int sensitivity,
                       int risk, Instant firstSeen, Instant lastSeen, ExposureStatus status) {
}
