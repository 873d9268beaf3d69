package org.custodian.engine.detectors;

import java.util.Set;
import org.custodian.engine.Detector;
import org.custodian.engine.DigitRun;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;
import org.custodian.engine.validate.IpAddresses;

/**
 * IPv4 dotted quads (octets 0-255, no leading zeros, not part of a longer dotted number such as an
 * OID or "1.2.3.4.5") and IPv6 addresses in full, compressed and IPv4-suffixed forms.
 *
 * <p>An address in a private, loopback, link-local, multicast or otherwise reserved range identifies
 * a device inside some network rather than a subscriber on the internet, so it is reported at
 * POSSIBLE (it can still be personal data combined with logs), while public addresses are LIKELY.
 * The documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are
 * scored like public addresses: they stand in for public ones in examples and synthetic data.
 */
public final class IpAddressDetector implements Detector {
    private static final Hotwords CONTEXT = Hotwords.of(
            "ip", "ip address", "ipv4", "ipv6", "ip addr", "ipaddress", "client ip", "remote addr",
            "remote address", "remote ip", "source ip", "src", "dst", "host", "client", "x forwarded for",
            "forwarded", "from", "peer", "login from", "connected", "connection");
    private static final Hotwords VERSION = Hotwords.of(
            "version", "ver", "v", "release", "build", "firmware", "oid", "snmp", "mib", "chrome", "firefox",
            "safari", "edge", "windows", "android", "ios", "agent", "user agent", "package");

    @Override
    public String id() {
        return "ip-address";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.IP_ADDRESS);
    }

    @Override
    public Triggers triggers() {
        // IPv6 is looked for at its first ':' (looking back for the first group), not at every word
        // starting with a hex letter: ordinary words almost never reach a ':' within four chars;
        // at digit word starts only IPv4 is read, so only a first group of 1-3 digits then '.' can match
        return Triggers.create().digits().symbols(":").digitGroup(1, 3, ".");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        char[] c = w.chars();
        if (c[pos] == ':') {
            int start = ipv6Start(w, c, pos);
            if (start >= 0) detectIpv6(w, c, start, out);
        } else if (dottedStart(c, pos, w.limit())) {
            detectIpv4(w, c, pos, out);
        }
    }

    /** One to three digits then '.' and a digit: the only way a dotted quad begins. */
    private static boolean dottedStart(char[] c, int pos, int limit) {
        int i = pos + 1;
        if (i < limit && isDigit(c[i])) i++;
        if (i < limit && isDigit(c[i])) i++;
        return i + 1 < limit && c[i] == '.' && isDigit(c[i + 1]);
    }

    private void detectIpv4(ScanWindow w, char[] c, int pos, Matches out) {
        DigitRun run = w.digitRun(pos);
        if (run.groups() < 4 || run.groupLength(0) > 3) return;
        for (int g = 0; g < 3; g++) {
            if (run.separatorAfter(w, g) != '.') return;
        }
        if (run.groups() > 4 && run.separatorAfter(w, 3) == '.') return; // 1.2.3.4.5, an OID
        if (w.continuesNumberBefore(pos)) return;
        long parsed = IpAddresses.parseIpv4(c, pos, w.limit());
        if (parsed < 0) return;
        int end = (int) (parsed >>> 32);
        if (end != run.groupEnd(3)) return;
        if (end < w.limit() && (ScanWindow.isWordChar(c[end]) || c[end] == '_')) return;
        long addr = parsed & 0xFFFFFFFFL;

        double score = ipv4Score(addr);
        // "Chrome/120.0.0.0", "product/1.0.0.0": a version after a name and a slash
        if (pos >= 2 && c[pos - 1] == '/' && ScanWindow.isWordChar(c[pos - 2]) && !isDigit(c[pos - 2])) score -= 0.35;
        score = adjustForContext(w, pos, end, score);
        out.add(InfoType.IP_ADDRESS, pos, end, score, IpAddresses.ipv4Text(addr), this);
    }

    static double ipv4Score(long addr) {
        int a = (int) (addr >>> 24);
        int b = (int) (addr >>> 16) & 0xFF;
        if (addr == 0 || addr == 0xFFFFFFFFL || a == 255) return 0.25; // unspecified, broadcast, netmasks
        boolean reserved = a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)
                || (a == 100 && b >= 64 && b <= 127) || (a == 198 && (b == 18 || b == 19));
        return reserved ? 0.45 : 0.65;
    }

    /**
     * Where the address whose first ':' this is begins, or -1: "::" opening an address, or the
     * 1-4 hex digits of its first group starting a word. A ':' after another ':' or after a later
     * group is inside an address already found from its first ':'.
     */
    private static int ipv6Start(ScanWindow w, char[] c, int colon) {
        int textStart = w.textStart();
        int i = colon - 1;
        while (i >= textStart && colon - i <= 4 && hexValue(c[i]) >= 0) i--;
        if (i == colon - 1) {
            // no group before: only "::" opens an address, and not right after a ':' or hex digit
            if (colon + 1 >= w.limit() || c[colon + 1] != ':') return -1;
            return i >= textStart && c[i] == ':' ? -1 : colon;
        }
        if (i >= textStart && (ScanWindow.isWordChar(c[i]) || c[i] == ':')) return -1;
        return i + 1;
    }

    private void detectIpv6(ScanWindow w, char[] c, int pos, Matches out) {
        int end = IpAddresses.parseIpv6(c, pos, w.limit(), null);
        if (end < 0) return;
        if (end < w.limit()) {
            char n = c[end];
            if (ScanWindow.isWordChar(n) || n == '_' || (n == ':' && end + 1 < w.limit() && hexValue(c[end + 1]) >= 0)) return;
        }
        if (!plausibleIpv6(c, pos, end)) return;
        int[] groups = new int[8];
        IpAddresses.parseIpv6(c, pos, w.limit(), groups);
        double score = ipv6Score(groups);
        score = adjustForContext(w, pos, end, score);
        out.add(InfoType.IP_ADDRESS, pos, end, score, IpAddresses.ipv6Text(groups), this);
    }

    /**
     * Compressed forms can be short runs of hex letters, so "add::", "dead::beef" or C++'s "a::b"
     * would parse: require a digit somewhere, and two explicit groups when "::" is used.
     */
    private static boolean plausibleIpv6(char[] c, int from, int end) {
        int explicit = 0;
        boolean digit = false;
        boolean inGroup = false;
        boolean compressed = false;
        for (int i = from; i < end; i++) {
            char ch = c[i];
            if (ch == ':') {
                if (i + 1 < end && c[i + 1] == ':') compressed = true;
                inGroup = false;
            } else {
                if (!inGroup) explicit++;
                inGroup = true;
                if (isDigit(ch)) digit = true;
            }
        }
        if (!digit) return false;
        return !compressed || explicit >= 2;
    }

    static double ipv6Score(int[] g) {
        int top = g[0];
        boolean allZeroButLast = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0 && g[6] == 0;
        if (allZeroButLast && g[7] <= 1) return 0.25; // :: and ::1
        if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xFFFF) {
            return ipv4Score(((long) g[6] << 16) | g[7]); // IPv4-mapped: as the IPv4 address
        }
        if ((top & 0xE000) == 0x2000) return 0.65; // global unicast, 2000::/3 (includes 2001:db8::/32)
        return 0.45; // link-local, unique-local, multicast, other reserved
    }

    private static double adjustForContext(ScanWindow w, int start, int end, double score) {
        if (w.hasContextBefore(start, 24, VERSION)) return score - 0.35;
        if (w.hasContext(start, end, CONTEXT)) return score + 0.25;
        return score;
    }

    private static int hexValue(char ch) {
        if (ch >= '0' && ch <= '9') return ch - '0';
        if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
        if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
        return -1;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
