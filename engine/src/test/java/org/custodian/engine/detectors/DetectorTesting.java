package org.custodian.engine.detectors;

import java.util.List;
import org.custodian.engine.Detector;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.KeyedHash;
import org.custodian.engine.Likelihood;
import org.custodian.engine.ValueHasher;

/** An engine with one detector, every likelihood reported, and a test key so hashes can be compared. */
final class DetectorTesting {
    static final ValueHasher HASHER = new ValueHasher(new byte[32]);

    private final Engine engine;

    DetectorTesting(Detector d) {
        engine = Engine.builder().add(d).minLikelihood(Likelihood.VERY_UNLIKELY).hasher(HASHER).build();
    }

    List<Finding> scan(String text) {
        return engine.scan(text);
    }

    /** The one finding in text (fails when there is not exactly one). */
    Finding one(String text) {
        List<Finding> f = scan(text);
        if (f.size() != 1) throw new AssertionError("expected one finding in <" + text + "> but got " + f);
        return f.get(0);
    }

    /** The hash a registered dataset would hold for this spelling of a value. */
    static KeyedHash hashOf(InfoType type, String raw) {
        return HASHER.hashRaw(type, raw);
    }
}
