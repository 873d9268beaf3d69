package org.custodian.store.exposure;

import java.util.Map;
import java.util.Set;
import org.custodian.engine.InfoType;

/**
 * How sensitive the personal data held in one place is, 0..100. A pure function of what was found
 * there, so that the same findings always give the same number and a person can check it by hand
 * (docs/scan.md, "Sensitivity and risk"):
 *
 * <ol>
 *   <li>the weight of the most sensitive infoType present ({@link #weight}): identifiers that open
 *       accounts or records (payment cards, credentials, NHS, NI and passport numbers) weigh most,
 *       contact details least;</li>
 *   <li>plus 5 for each further distinct infoType, at most 15: a name with a date of birth and an
 *       address identifies a person where each alone may not;</li>
 *   <li>plus volume: 5 from 10 findings, 10 from 100, 15 from 1,000 (a register, not a letter);</li>
 *   <li>special-category data (Article 9/10 UK GDPR: health, criminal offences) sets a floor of 80
 *       and adds 10;</li>
 *   <li>capped at 100; nothing found is 0.</li>
 * </ol>
 */
public final class Sensitivity {
    /** Types the engine may add at run time (custom detectors) weigh this much. */
    public static final int UNKNOWN_TYPE_WEIGHT = 40;
    static final int SPECIAL_CATEGORY_FLOOR = 80;
    static final int SPECIAL_CATEGORY_BONUS = 10;

    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry(InfoType.CREDENTIALS.name(), 80),
            Map.entry(InfoType.PAYMENT_CARD_NUMBER.name(), 75),
            Map.entry(InfoType.UK_NHS_NUMBER.name(), 70),
            Map.entry(InfoType.UK_NATIONAL_INSURANCE_NUMBER.name(), 70),
            Map.entry(InfoType.UK_PASSPORT_NUMBER.name(), 70),
            Map.entry(InfoType.UK_DRIVING_LICENCE_NUMBER.name(), 60),
            Map.entry(InfoType.UK_BANK_ACCOUNT.name(), 60),
            Map.entry(InfoType.IBAN.name(), 55),
            Map.entry(InfoType.DATE_OF_BIRTH.name(), 40),
            Map.entry(InfoType.STREET_ADDRESS.name(), 35),
            Map.entry(InfoType.PERSON_NAME.name(), 25),
            Map.entry(InfoType.PHONE_NUMBER.name(), 25),
            Map.entry(InfoType.EMAIL_ADDRESS.name(), 25),
            Map.entry(InfoType.UK_POSTCODE.name(), 10),
            Map.entry(InfoType.IP_ADDRESS.name(), 10));

    private Sensitivity() {
    }

    /** The weight of one infoType alone, 0..100. */
    public static int weight(InfoType type) {
        return WEIGHTS.getOrDefault(type.name(), UNKNOWN_TYPE_WEIGHT);
    }

    /**
     * @param findingsByType    how many findings of each infoType the place holds (zero counts are ignored)
     * @param specialCategories special-category flags raised on any of them
     */
    public static int of(Map<InfoType, Long> findingsByType, Set<String> specialCategories) {
        int top = 0;
        int types = 0;
        long total = 0;
        for (Map.Entry<InfoType, Long> e : findingsByType.entrySet()) {
            if (e.getValue() == null || e.getValue() <= 0) continue;
            types++;
            total += e.getValue();
            top = Math.max(top, weight(e.getKey()));
        }
        if (types == 0) return 0;
        int score = top + Math.min(15, 5 * (types - 1)) + volumeBonus(total);
        if (!specialCategories.isEmpty()) {
            score = Math.max(score, SPECIAL_CATEGORY_FLOOR) + SPECIAL_CATEGORY_BONUS;
        }
        return Math.min(100, score);
    }

    private static int volumeBonus(long findings) {
        if (findings >= 1000) return 15;
        if (findings >= 100) return 10;
        if (findings >= 10) return 5;
        return 0;
    }
}
