package org.custodian.engine.validate;

/**
 * Strict IPv4 and IPv6 text parsing and the normalised text form (RFC 5952 for IPv6) used as the
 * canonical value. Parses from a char array without allocating so the IP detector can call it on
 * every candidate; only {@link #ipv6Text} and {@link #normalise} build strings.
 */
public final class IpAddresses {
    private IpAddresses() {
    }

    /**
     * A dotted quad starting at pos: four decimal octets 0-255 without leading zeros.
     *
     * @return (end << 32 | address as unsigned 32-bit), or -1
     */
    public static long parseIpv4(char[] c, int pos, int limit) {
        long addr = 0;
        int i = pos;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (i >= limit || c[i] != '.') return -1;
                i++;
            }
            int start = i;
            int v = 0;
            while (i < limit && i - start < 4 && c[i] >= '0' && c[i] <= '9') v = v * 10 + (c[i++] - '0');
            int len = i - start;
            if (len == 0 || len > 3 || v > 255 || (len > 1 && c[start] == '0')) return -1;
            addr = (addr << 8) | v;
        }
        return ((long) i << 32) | addr;
    }

    /**
     * An IPv6 address starting at pos in full, compressed ("::") or IPv4-suffixed form. Fills the
     * eight 16-bit groups into {@code groups} (when not null: validating alone allocates nothing) and
     * returns the end index, or -1. Group-count and
     * "::" rules per RFC 4291 section 2.2.
     */
    public static int parseIpv6(char[] c, int pos, int limit, int[] groups) {
        int i = pos;
        int n = 0;
        int gap = -1;
        if (i + 1 < limit && c[i] == ':' && c[i + 1] == ':') {
            gap = 0;
            i += 2;
        } else if (i < limit && c[i] == ':') {
            return -1;
        }
        while (i < limit && n < 8) {
            int start = i;
            int v = 0;
            while (i < limit && i - start < 5) {
                int h = hex(c[i]);
                if (h < 0) break;
                v = (v << 4) | h;
                i++;
            }
            int len = i - start;
            if (len == 0) break;
            if (i < limit && c[i] == '.' && n <= 6) {
                long v4 = parseIpv4(c, start, limit);
                if (v4 < 0) return -1;
                int a = (int) v4;
                if (groups != null) {
                    groups[n] = (a >>> 16) & 0xFFFF;
                    groups[n + 1] = a & 0xFFFF;
                }
                n += 2;
                i = (int) (v4 >>> 32);
                break;
            }
            if (len > 4) return -1;
            if (groups != null) groups[n] = v;
            n++;
            if (i + 1 < limit && c[i] == ':' && c[i + 1] == ':') {
                if (gap >= 0) return -1;
                gap = n;
                i += 2;
            } else if (i + 1 < limit && c[i] == ':' && hex(c[i + 1]) >= 0 && n < 8) {
                i++;
            } else {
                break;
            }
        }
        if (gap < 0) {
            if (n != 8) return -1;
        } else {
            if (n > 7) return -1;
            if (groups == null) return i;
            int zeros = 8 - n;
            for (int k = n - 1; k >= gap; k--) groups[k + zeros] = groups[k];
            for (int k = gap; k < gap + zeros; k++) groups[k] = 0;
        }
        return i;
    }

    /** RFC 5952 text: lower-case, no leading zeros, the longest run of two or more zero groups as "::". */
    public static String ipv6Text(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int k = 0; k < 8; ) {
            if (g[k] != 0) {
                k++;
                continue;
            }
            int s = k;
            while (k < 8 && g[k] == 0) k++;
            if (k - s > bestLen) {
                bestStart = s;
                bestLen = k - s;
            }
        }
        boolean mappedV4 = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xFFFF;
        StringBuilder b = new StringBuilder(39);
        int last = mappedV4 ? 6 : 8;
        for (int k = 0; k < last; k++) {
            if (k == bestStart) {
                b.append("::");
                k += bestLen - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') b.append(':');
            b.append(Integer.toHexString(g[k]));
        }
        if (mappedV4) {
            if (b.charAt(b.length() - 1) != ':') b.append(':');
            b.append(g[6] >>> 8).append('.').append(g[6] & 0xFF).append('.').append(g[7] >>> 8).append('.').append(g[7] & 0xFF);
        }
        return b.toString();
    }

    public static String ipv4Text(long addr) {
        return ((addr >>> 24) & 0xFF) + "." + ((addr >>> 16) & 0xFF) + "." + ((addr >>> 8) & 0xFF) + "." + (addr & 0xFF);
    }

    /** The canonical text of an IPv4 or IPv6 address, or the trimmed input when it is neither. */
    public static String normalise(CharSequence text) {
        String s = text.toString().trim();
        char[] c = s.toCharArray();
        long v4 = parseIpv4(c, 0, c.length);
        if (v4 >= 0 && (int) (v4 >>> 32) == c.length) return ipv4Text(v4 & 0xFFFFFFFFL);
        int[] g = new int[8];
        int end = parseIpv6(c, 0, c.length, g);
        if (end == c.length) return ipv6Text(g);
        return s;
    }

    static int hex(char ch) {
        if (ch >= '0' && ch <= '9') return ch - '0';
        if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
        if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
        return -1;
    }
}
