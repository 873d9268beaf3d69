package org.custodian.config;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Retention periods as people write them: {@code 6y}, {@code 18m}, {@code 90d}, {@code 2w}, or ISO-8601 {@code P6Y}. */
public final class Periods {
    /** The same forms as {@link #parse}, for the schema. */
    public static final String PATTERN = "^([0-9]{1,4} ?[ymwdYMWD]|P([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?)$";
    private static final Pattern SHORT = Pattern.compile("(\\d{1,4})\\s*([ymwd])", Pattern.CASE_INSENSITIVE);

    private Periods() {
    }

    /** @throws IllegalArgumentException for anything else, or a period that is not positive */
    public static Period parse(String text) {
        String t = text.trim();
        Matcher m = SHORT.matcher(t);
        Period p;
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            p = switch (Character.toLowerCase(m.group(2).charAt(0))) {
                case 'y' -> Period.ofYears(n);
                case 'm' -> Period.ofMonths(n);
                case 'w' -> Period.ofWeeks(n);
                default -> Period.ofDays(n);
            };
        } else {
            try {
                p = Period.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(text + ": give a period like 6y, 18m, 90d, 2w or P6Y");
            }
        }
        if (p.isZero() || p.isNegative()) throw new IllegalArgumentException(text + ": the period must be positive");
        return p;
    }
}
