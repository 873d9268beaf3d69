package org.custodian.engine;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable name for a kind of sensitive value, in Google Cloud DLP's style
 * ({@code UK_NATIONAL_INSURANCE_NUMBER}). Names are part of the public contract: JSON output,
 * CLI flags, configuration and stored hashes all use them, so a built-in name never changes.
 * Custom detectors add their own names at run time, which is why this is a value and not an enum.
 */
public record InfoType(String name) implements Comparable<InfoType> {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public static final InfoType UK_NHS_NUMBER = new InfoType("UK_NHS_NUMBER");
    public static final InfoType UK_NATIONAL_INSURANCE_NUMBER = new InfoType("UK_NATIONAL_INSURANCE_NUMBER");
    public static final InfoType UK_DRIVING_LICENCE_NUMBER = new InfoType("UK_DRIVING_LICENCE_NUMBER");
    public static final InfoType UK_PASSPORT_NUMBER = new InfoType("UK_PASSPORT_NUMBER");
    public static final InfoType UK_BANK_ACCOUNT = new InfoType("UK_BANK_ACCOUNT");
    public static final InfoType IBAN = new InfoType("IBAN");
    public static final InfoType PAYMENT_CARD_NUMBER = new InfoType("PAYMENT_CARD_NUMBER");
    public static final InfoType EMAIL_ADDRESS = new InfoType("EMAIL_ADDRESS");
    public static final InfoType PHONE_NUMBER = new InfoType("PHONE_NUMBER");
    public static final InfoType UK_POSTCODE = new InfoType("UK_POSTCODE");
    public static final InfoType DATE_OF_BIRTH = new InfoType("DATE_OF_BIRTH");
    public static final InfoType PERSON_NAME = new InfoType("PERSON_NAME");
    public static final InfoType STREET_ADDRESS = new InfoType("STREET_ADDRESS");
    public static final InfoType IP_ADDRESS = new InfoType("IP_ADDRESS");
    public static final InfoType CREDENTIALS = new InfoType("CREDENTIALS");

    public InfoType {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "infoType names are upper-case letters, digits and underscores, 2-64 long: " + name);
        }
    }

    public static InfoType of(String name) {
        return new InfoType(name);
    }

    @Override
    public int compareTo(InfoType o) {
        return name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
