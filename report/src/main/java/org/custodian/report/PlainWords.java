package org.custodian.report;

import java.util.Locale;
import java.util.Map;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;

/**
 * Words for a reader who does not know Custodian's codes (a data protection officer, a manager):
 * "NHS number" rather than {@code UK_NHS_NUMBER}. Reports show both, so the words never hide what a
 * machine would match on.
 */
public final class PlainWords {
    private static final Map<InfoType, String> INFO_TYPES = Map.ofEntries(
            Map.entry(InfoType.UK_NHS_NUMBER, "NHS number"),
            Map.entry(InfoType.UK_NATIONAL_INSURANCE_NUMBER, "National Insurance number"),
            Map.entry(InfoType.UK_DRIVING_LICENCE_NUMBER, "UK driving licence number"),
            Map.entry(InfoType.UK_PASSPORT_NUMBER, "UK passport number"),
            Map.entry(InfoType.UK_BANK_ACCOUNT, "UK bank account (sort code and account number)"),
            Map.entry(InfoType.IBAN, "International bank account number (IBAN)"),
            Map.entry(InfoType.PAYMENT_CARD_NUMBER, "Payment card number"),
            Map.entry(InfoType.EMAIL_ADDRESS, "E-mail address"),
            Map.entry(InfoType.PHONE_NUMBER, "Phone number"),
            Map.entry(InfoType.UK_POSTCODE, "UK postcode"),
            Map.entry(InfoType.DATE_OF_BIRTH, "Date of birth"),
            Map.entry(InfoType.PERSON_NAME, "Person's name"),
            Map.entry(InfoType.STREET_ADDRESS, "Street address"),
            Map.entry(InfoType.IP_ADDRESS, "IP address"),
            Map.entry(InfoType.CREDENTIALS, "Password, key or other credential"));

    private static final Map<String, String> TRIAGE = Map.of(
            "open", "not yet reviewed",
            "false_positive", "reviewed: not personal data (false positive)",
            "accepted_risk", "reviewed: risk accepted",
            "remediated", "reviewed: fixed");

    private PlainWords() {
    }

    /** Built-in types by name; a custom type's name made readable ({@code EMPLOYEE_ID} → "Employee id"). */
    public static String infoType(InfoType type) {
        String known = INFO_TYPES.get(type);
        if (known != null) return known;
        String words = type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "very likely", "possible" … */
    public static String likelihood(Likelihood likelihood) {
        return likelihood.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    public static String triage(String triage) {
        return TRIAGE.getOrDefault(triage, triage);
    }

    /**
     * Display bands over the 0..100 risk score; the score itself (sensitivity × exposure) is defined
     * with the exposure register, these words only help a reader scan a long list.
     */
    public static String risk(int risk) {
        if (risk >= 80) return "very high";
        if (risk >= 60) return "high";
        if (risk >= 30) return "medium";
        if (risk > 0) return "low";
        return "none";
    }
}
