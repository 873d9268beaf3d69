package org.custodian.engine;

import java.util.ArrayList;
import java.util.List;

/** Collects matches from detectors during one window; drops those too unlikely to ever be reported. */
public final class Matches {
    private final List<Match> list = new ArrayList<>();
    private final double floor;

    Matches(double floor) {
        this.floor = floor;
    }

    /**
     * Reports a value.
     *
     * @param score the detector's score in [0, 1], already adjusted for context; values are clamped
     */
    public void add(InfoType type, int start, int end, double score, String canonical, Detector source) {
        add(type, start, end, score, canonical, source.id());
    }

    /** False when a match of this score would be dropped: lets a detector skip building its canonical value. */
    public boolean accepts(double score) {
        return score >= floor;
    }

    /** Reports a value found by a {@link RegionDetector}. */
    public void add(InfoType type, int start, int end, double score, String canonical, RegionDetector source) {
        add(type, start, end, score, canonical, source.id());
    }

    private void add(InfoType type, int start, int end, double score, String canonical, String detectorId) {
        if (score < floor) return;
        double s = Math.max(0.0, Math.min(1.0, score));
        list.add(new Match(type, start, end, s, canonical, detectorId));
    }

    List<Match> list() {
        return list;
    }

    void clear() {
        list.clear();
    }
}
