package org.custodian.engine.detectors;

import java.util.List;
import org.custodian.engine.Detector;

/**
 * The default detector pack: every built-in detector, on by default. The one place where built-ins
 * are wired; configuration can switch any of them off by id or infoType.
 */
public final class BuiltInDetectors {
    private BuiltInDetectors() {
    }

    public static List<Detector> all() {
        return List.of(
                new NhsNumberDetector(),
                new NationalInsuranceNumberDetector(),
                new PaymentCardDetector(),
                new IbanDetector(),
                new UkBankAccountDetector(),
                new UkPassportNumberDetector(),
                new UkDrivingLicenceNumberDetector(),
                new EmailAddressDetector(),
                new PhoneNumberDetector(),
                new UkPostcodeDetector(),
                new IpAddressDetector(),
                new DateOfBirthDetector(),
                new CredentialsDetector(),
                new PersonNameDetector(),
                new StreetAddressDetector());
    }
}
