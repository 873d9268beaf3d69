package org.custodian.config;

import org.custodian.engine.Canonical;
import org.custodian.engine.validate.Checksums;

/** The check-digit rules a configuration-defined detector may name ({@code validator:}). */
enum CustomValidator {
    LUHN("luhn") {
        @Override
        boolean accepts(CharSequence value) {
            return Checksums.luhn(Canonical.digitsOnly(value));
        }
    },
    MOD97("mod97") {
        @Override
        boolean accepts(CharSequence value) {
            return Checksums.mod97(Canonical.upperAlnum(value));
        }
    },
    NHS_MOD11("nhs-mod11") {
        @Override
        boolean accepts(CharSequence value) {
            return Checksums.nhsMod11(Canonical.digitsOnly(value));
        }
    };

    private final String configName;

    CustomValidator(String configName) {
        this.configName = configName;
    }

    /** Separators in the value are ignored: luhn and nhs-mod11 read its digits, mod97 its letters and digits. */
    abstract boolean accepts(CharSequence value);

    static CustomValidator named(String name) {
        for (CustomValidator v : values()) {
            if (v.configName.equals(name)) return v;
        }
        throw new IllegalArgumentException("unknown validator " + name); // the schema lists the names
    }
}
