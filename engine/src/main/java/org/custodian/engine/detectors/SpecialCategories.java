package org.custodian.engine.detectors;

import org.custodian.engine.SpecialCategoryFlagger;

/** The built-in special-category flaggers, for surfaces that wire an {@link org.custodian.engine.Engine}. */
public final class SpecialCategories {
    private static final SpecialCategoryFlagger DEFAULT = new HealthConditionFlagger();

    private SpecialCategories() {
    }

    /** The flagger the CLI and server use unless configured otherwise: health (Article 9). */
    public static SpecialCategoryFlagger defaultFlagger() {
        return DEFAULT;
    }
}
