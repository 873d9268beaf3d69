package org.custodian.engine.detectors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.custodian.engine.SpecialCategoryFlagger;

/** The built-in special-category flaggers, for surfaces that wire an {@link org.custodian.engine.Engine}. */
public final class SpecialCategories {
    private static final SpecialCategoryFlagger DEFAULT =
            combine(new HealthConditionFlagger(), new CriminalOffenceFlagger());

    private SpecialCategories() {
    }

    /**
     * The flagger the CLI and server use unless configured otherwise: HEALTH (Article 9) and
     * CRIMINAL_OFFENCE (Article 10).
     */
    public static SpecialCategoryFlagger defaultFlagger() {
        return DEFAULT;
    }

    /** One flagger raising the union of the given flaggers' flags. */
    public static SpecialCategoryFlagger combine(SpecialCategoryFlagger... flaggers) {
        List<SpecialCategoryFlagger> all = List.of(flaggers);
        return (match, window) -> {
            Set<String> out = Set.of();
            for (SpecialCategoryFlagger f : all) {
                Set<String> s = f.flags(match, window);
                if (s.isEmpty()) continue;
                if (out.isEmpty()) {
                    out = s;
                } else {
                    Set<String> union = new HashSet<>(out);
                    union.addAll(s);
                    out = union;
                }
            }
            return out;
        };
    }
}
