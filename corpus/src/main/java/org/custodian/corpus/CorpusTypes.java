package org.custodian.corpus;

import java.util.List;
import org.custodian.engine.InfoType;

/** The built-in infoTypes the corpus labels, in report order. */
public final class CorpusTypes {
    public static final List<InfoType> ALL = List.of(
            InfoType.UK_NHS_NUMBER, InfoType.UK_NATIONAL_INSURANCE_NUMBER, InfoType.PAYMENT_CARD_NUMBER,
            InfoType.IBAN, InfoType.UK_BANK_ACCOUNT, InfoType.UK_PASSPORT_NUMBER,
            InfoType.UK_DRIVING_LICENCE_NUMBER, InfoType.EMAIL_ADDRESS, InfoType.PHONE_NUMBER,
            InfoType.UK_POSTCODE, InfoType.DATE_OF_BIRTH, InfoType.PERSON_NAME, InfoType.STREET_ADDRESS,
            InfoType.IP_ADDRESS, InfoType.CREDENTIALS);

    private CorpusTypes() {
    }
}
