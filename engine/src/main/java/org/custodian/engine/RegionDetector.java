package org.custodian.engine;

import java.util.Set;

/**
 * A detector that cannot be reached through the single-pass dispatch of {@link Triggers}, such as
 * a regular expression from the configuration: it is handed the whole window once per step and
 * finds its own candidates there. Much slower per character than a {@link Detector} (a regex
 * examines every position), so the built-ins never use it; configuration-defined detectors do,
 * ideally behind a keyword pre-filter that skips the window when no keyword occurs in it.
 *
 * <p>The engine calls it with the same range the single pass covers in that step; it reports
 * every match that starts in {@code [from, to)} and may read from {@link ScanWindow#textStart()}
 * to {@link ScanWindow#limit()} (lookbehind and lookahead). The stream scanner keeps only matches
 * starting in the chunk it owns, so a value crossing a chunk boundary is reported exactly once.
 * Same contract as {@link Detector}: stateless or thread-safe.
 */
public interface RegionDetector {
    /** A short stable id, unique among all detectors of an engine. */
    String id();

    /** The infoTypes this detector can report. */
    Set<InfoType> infoTypes();

    /** Reports matches that start in {@code [from, to)}. */
    void detectRegion(ScanWindow window, int from, int to, Matches out);
}
