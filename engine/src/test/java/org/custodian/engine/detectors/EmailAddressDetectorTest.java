package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Canonical;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class EmailAddressDetectorTest {
    private final DetectorHarness h = new DetectorHarness(new EmailAddressDetector());

    @Test
    void findsAddressesAndHashesTheLowerCaseForm() {
        DetectorHarness.Hit hit = h.only("Please email Jane.Doe@Example.CO.UK about it.");
        assertThat(hit.text()).isEqualTo("Jane.Doe@Example.CO.UK");
        assertThat(hit.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(hit.finding().hash()).isEqualTo(h.hashOf(InfoType.EMAIL_ADDRESS, "jane.doe@example.co.uk"));
        assertThat(Canonical.of(InfoType.EMAIL_ADDRESS, "Jane.Doe@Example.CO.UK")).isEqualTo("jane.doe@example.co.uk");
    }

    @Test
    void acceptsTheUsualLocalPartAndDomainShapes() {
        // Presidio-style positives, written for this project
        for (String email : List.of("info@presidio.site", "john_smith+news@mail.example.org", "a.b-c%d@sub-domain.example.com",
                "x@example.io", "user!tag#1@example.net", "o'neill@example.ie")) {
            String expected = email.startsWith("o'") ? "neill@example.ie" : email;
            assertThat(h.only("addr: " + email + " ").text()).as(email).isEqualTo(expected);
        }
    }

    @Test
    void withoutContextARealTldIsStillLikely() {
        assertThat(h.only("cc jo.bloggs@example.com, thanks").likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(h.only("<a href=\"mailto:jo.bloggs@example.com\">").likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
    }

    @Test
    void rejectsDomainsWithoutARealTopLevelDomain() {
        assertThat(h.scan("see logo@2x.png and icon@3x.webp")).isEmpty();
        assertThat(h.scan("ssh user@host then user@localhost")).isEmpty();
        assertThat(h.scan("npm i lodash@4.17.21 @types/node")).isEmpty();
        assertThat(h.scan("jo@example.notatld")).isEmpty();
        assertThat(h.scan("jo@server.internal")).isEmpty();
        assertThat(h.scan("@mention and trailing@ and a@-bad-.com")).isEmpty();
    }

    @Test
    void rejectsMalformedLocalParts() {
        assertThat(h.scan("jo..bloggs@example.com")).isEmpty();
        assertThat(h.scan("jo.@example.com")).isEmpty();
        assertThat(h.scan("x".repeat(65) + "@example.com")).isEmpty();
    }

    @Test
    void queryStringsAndSentencesDoNotBleedIntoTheAddress() {
        assertThat(h.only("GET /signup?email=jo@example.com&x=1").text()).isEqualTo("jo@example.com");
        assertThat(h.only("Write to jo@example.com.The office").text()).isEqualTo("jo@example.com");
        assertThat(h.only("(jo@example.com)").text()).isEqualTo("jo@example.com");
    }

    @Test
    void machineAddressesScoreLower() {
        double person = h.only("from jo@example.com").score();
        assertThat(h.only("from noreply@example.com").score()).isLessThan(person);
        assertThat(h.only("git clone git@github.com:org/repo.git").likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void topLevelDomainTableHoldsTheIanaList() {
        assertThat(TopLevelDomains.size()).isGreaterThan(1000);
        char[] c = "COM uk png".toCharArray();
        assertThat(TopLevelDomains.contains(c, 0, 3)).isTrue();
        assertThat(TopLevelDomains.contains(c, 4, 6)).isTrue();
        assertThat(TopLevelDomains.contains(c, 7, 10)).isFalse();
    }

    @Test
    void messageIdsNameMessagesNotMailboxes() {
        String headers = "From: Jo Bloggs <jo.bloggs@example.com>\n"
                + "Message-ID: <20240301.abc123@mail.example.com>\n"
                + "In-Reply-To: <121f648ac134372b@mail.outlook.com>\n"
                + "References: <a1@mail.example.com>\n <b2.x@mail.example.com>\n"
                + "Content-ID: <image001.png@01DA6B2C.8E5F1A40.example.com>\n"
                + "Reply-To: <helpdesk@example.org>\n\n"
                + "The id <20240301.abc123@mail.example.com> in a sentence is still reported.";
        assertThat(h.scan(headers)).extracting(DetectorHarness.Hit::text).containsExactly(
                "jo.bloggs@example.com", "helpdesk@example.org", "20240301.abc123@mail.example.com");
    }
}
