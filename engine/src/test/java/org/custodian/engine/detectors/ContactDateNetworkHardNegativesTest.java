package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

/**
 * Hand-written text of the kind that fills real file shares (changelogs, SQL, invoices, code,
 * device inventories) with nothing personal in it: at the reporting threshold the five detectors
 * must stay silent. Written by hand, not generated, so it does not share the detectors' ideas.
 */
class ContactDateNetworkHardNegativesTest {
    private final Engine engine = Engine.builder()
            .add(new EmailAddressDetector()).add(new PhoneNumberDetector()).add(new UkPostcodeDetector())
            .add(new IpAddressDetector()).add(new DateOfBirthDetector())
            .minLikelihood(Likelihood.LIKELY).build();

    @Test
    void nothingPersonalNothingReported() {
        List<String> texts = List.of(
                "## [2.4.1] - 2023-06-14\n### Fixed\n- Bump jackson to 2.15.2 (CVE-2023-35116)\n"
                        + "- Requires Java 17.0.7+ and Maven 3.8.7; see PR #1234 at 10:32",
                "SELECT * FROM users WHERE created_at > '2024-01-01 00:00:00' AND id IN (0123456789, 0987654321);",
                "Invoice INV-0042 dated 05/06/2024, due 05/07/2024. Amount £1,234.56. VAT GB 123 4567 89.",
                "const x = a::b; std::vector<int> v; if (cafe::face) {}; color: #ffaa00; margin: 0 0 0 0;",
                "Meeting on Monday 3 June 2024 at 10:30. Train 1A23 departs 09:15, platform 4.",
                "Serial SN0123456789, IMEI 490154203237518, MAC 00:1A:2B:3C:4D:5E, "
                        + "UUID 123e4567-e89b-12d3-a456-426614174000",
                "Coordinates 51.5074, -0.1278; temperature 20.5; ratio 1.2.3; OID 1.3.6.1.2.1.1.5.0",
                "Flight BA2490 seat 12A; Reg AB12 CDE; Part no. NW1 6XE",
                "\"version\": \"10.0.0.1\"; assembly version 4.0.0.0; Chrome/119.0.6045.199",
                "![logo](img/logo@2x.png) npm i react@18.2.0 @scope/pkg ssh deploy@buildhost",
                "2024-03-12T10:15:02.123Z INFO listening on 0.0.0.0:8080 and [::]:8080, loopback ::1",
                "Order 07700900123 shipped; ref 02079460000; tracking 1Z999AA10123456784");
        for (String t : texts) {
            List<Finding> found = engine.scan(t);
            assertThat(found).as(t).isEmpty();
        }
    }
}
