package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Canonical;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.validate.IpAddresses;
import org.junit.jupiter.api.Test;

class IpAddressDetectorTest {
    private final DetectorHarness h = new DetectorHarness(new IpAddressDetector());

    @Test
    void publicIpv4IsLikelyAndVeryLikelyWithContext() {
        assertThat(h.only("seen 203.0.113.7 twice").likelihood()).isEqualTo(Likelihood.LIKELY);
        DetectorHarness.Hit hit = h.only("Accepted password for jo from 81.2.69.160 port 22");
        assertThat(hit.text()).isEqualTo("81.2.69.160");
        assertThat(hit.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(hit.finding().hash()).isEqualTo(h.hashOf(InfoType.IP_ADDRESS, "81.2.69.160"));
        assertThat(h.only("GET http://198.51.100.23/index.html").text()).isEqualTo("198.51.100.23");
    }

    @Test
    void privateAndReservedRangesArePossibleAtMost() {
        for (String ip : List.of("10.0.0.1", "192.168.1.20", "172.16.5.4", "127.0.0.1", "169.254.10.10", "100.64.0.1")) {
            assertThat(h.only("seen " + ip + " twice").likelihood()).as(ip).isEqualTo(Likelihood.POSSIBLE);
        }
        assertThat(h.only("mask 255.255.255.0").likelihood()).isEqualTo(Likelihood.UNLIKELY);
        assertThat(h.only("listen 0.0.0.0").likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void rejectsInvalidOctetsAndLongerDottedNumbers() {
        assertThat(h.scan("256.1.1.1 1.2.3 01.2.3.4 1.2.3.04 1.2.3.4.5 OID 1.3.6.1.4.1.343")).isEmpty();
        assertThat(h.scan("v1.2.3.4 and build1.2.3.4 and 4.0.30319.42000 and 1.2.3.4a")).isEmpty();
    }

    @Test
    void versionContextLowersTheScore() {
        assertThat(h.only("version 81.2.69.160").likelihood()).isLessThan(Likelihood.POSSIBLE);
        assertThat(h.scan("Mozilla/5.0 Chrome/120.0.0.0 Safari"))
                .allSatisfy(hit -> assertThat(hit.likelihood()).isLessThan(Likelihood.POSSIBLE));
        assertThat(h.only("app/81.2.69.160").likelihood()).isLessThan(Likelihood.LIKELY);
    }

    @Test
    void ipv6FullAndCompressedFormsNormalise() {
        DetectorHarness.Hit full = h.only("client 2001:0DB8:0000:0000:0000:ff00:0042:8329 connected");
        assertThat(full.text()).isEqualTo("2001:0DB8:0000:0000:0000:ff00:0042:8329");
        assertThat(full.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(full.finding().hash()).isEqualTo(h.hashOf(InfoType.IP_ADDRESS, "2001:db8::ff00:42:8329"));
        DetectorHarness.Hit compressed = h.only("ip=2001:db8::ff00:42:8329");
        assertThat(compressed.finding().hash()).isEqualTo(full.finding().hash());
        assertThat(h.only("link fe80::1ff:fe23:4567:890a%eth0").likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(h.only("mapped ::ffff:192.0.2.128 ok").text()).isEqualTo("::ffff:192.0.2.128");
        assertThat(h.only("addr 2a00:1450:4009:81f::200e").likelihood()).isEqualTo(Likelihood.LIKELY);
        // Presidio's IPv6 example: outside 2000::/3, so not global unicast today
        assertThat(h.only("684D:1111:222:3333:4444:5555:6:77").likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(h.only("[2001:db8::1]:8080").text()).isEqualTo("2001:db8::1");
        assertThat(h.only("peer 81.2.69.160:443").text()).isEqualTo("81.2.69.160");
    }

    @Test
    void ipv6LookAlikesAreRejected() {
        assertThat(h.scan("std::string a::b Foo::bar add:: dead::beef")).isEmpty();
        assertThat(h.scan("at 12:30:45 mac 00:1a:2b:3c:4d:5e")).isEmpty();
        assertThat(h.scan("1:2:3:4:5:6:7:8:9 2001:db8::1::2 12345::1 2001:db8:::1")).isEmpty();
    }

    @Test
    void canonicalFormFollowsRfc5952() {
        assertThat(IpAddresses.normalise("2001:DB8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(IpAddresses.normalise("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(IpAddresses.normalise("2001:db8:0:0:0:0:0:0")).isEqualTo("2001:db8::");
        assertThat(IpAddresses.normalise("::FFFF:c000:0280")).isEqualTo("::ffff:192.0.2.128");
        assertThat(IpAddresses.normalise("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(Canonical.of(InfoType.IP_ADDRESS, " 192.0.2.1 ")).isEqualTo("192.0.2.1");
    }
}
