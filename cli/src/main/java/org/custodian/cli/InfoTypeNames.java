package org.custodian.cli;

import java.util.Locale;
import org.custodian.engine.InfoType;

/** InfoType names typed by a user: case-insensitive, and a bad name is a usage error. */
final class InfoTypeNames {
    private InfoTypeNames() {
    }

    static InfoType parse(String name) {
        try {
            return InfoType.of(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("not an infoType name: '" + name + "' (upper-case letters, digits, underscores;"
                    + " custodian detectors lists them)");
        }
    }
}
