package org.custodian.engine.detectors;

import java.util.ArrayList;
import java.util.List;
import org.custodian.engine.Detector;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.KeyedHash;
import org.custodian.engine.Likelihood;
import org.custodian.engine.ValueHasher;

/**
 * Runs one detector through the real engine with a fixed test key, so tests see what a user sees:
 * likelihoods after overlap resolution, matched spans, and hashes of the canonical form.
 */
final class DetectorHarness {
    record Hit(Finding finding, String text) {
        Likelihood likelihood() {
            return finding.likelihood();
        }

        double score() {
            return finding.score();
        }
    }

    private static final byte[] TEST_KEY = new byte[32];
    private final Engine engine;
    private final ValueHasher hasher = new ValueHasher(TEST_KEY);

    DetectorHarness(Detector detector) {
        this.engine = Engine.builder().add(detector).hasher(new ValueHasher(TEST_KEY))
                .minLikelihood(Likelihood.VERY_UNLIKELY).build();
    }

    List<Hit> scan(String text) {
        List<Hit> out = new ArrayList<>();
        engine.scan(text, (f, raw) -> out.add(new Hit(f, raw.toString())));
        return out;
    }

    /** The one finding in text; fails the test when there is not exactly one. */
    Hit only(String text) {
        List<Hit> hits = scan(text);
        if (hits.size() != 1) throw new AssertionError("expected one finding in <" + text + "> but got " + texts(hits));
        return hits.get(0);
    }

    List<String> texts(String text) {
        return texts(scan(text));
    }

    private static List<String> texts(List<Hit> hits) {
        List<String> t = new ArrayList<>();
        for (Hit h : hits) t.add(h.text() + " (" + h.likelihood() + ")");
        return t;
    }

    /** The hash a finding carries when its canonical form is the given string. */
    KeyedHash hashOf(InfoType type, String canonical) {
        return hasher.hash(type, canonical);
    }
}
