package org.custodian.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.custodian.config.Periods;

/** Periods given on the command line; the forms are the configuration's ({@link Periods}). */
final class Retention {
    private Retention() {
    }

    /** The length of a period counted back from today (a month or a year is as long as the calendar says). */
    static Duration lengthUntilToday(Period period) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Duration.between(today.minus(period).atStartOfDay(), today.atStartOfDay());
    }

    static Period parse(String option, String text) {
        try {
            return Periods.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(option + " " + e.getMessage());
        }
    }
}
