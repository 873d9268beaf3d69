package org.custodian.engine.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.validator.routines.DomainValidator;

/**
 * The IANA list of top-level domains (generic and country-code, as shipped in commons-validator's
 * DomainValidator), held in an open-addressing table that is probed straight from the scan window,
 * so checking a candidate's TLD allocates nothing. Only all-letter TLDs are kept: the e-mail
 * detector's grammar never produces punycode ("xn--") labels as a TLD.
 */
final class TopLevelDomains {
    private static final char[][] TABLE;
    private static final int MASK;

    static {
        List<String> all = new ArrayList<>();
        for (DomainValidator.ArrayType t : new DomainValidator.ArrayType[] {
                DomainValidator.ArrayType.GENERIC_RO, DomainValidator.ArrayType.COUNTRY_CODE_RO}) {
            for (String tld : DomainValidator.getTLDEntries(t)) {
                String s = tld.toLowerCase(Locale.ROOT);
                if (s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) all.add(s);
            }
        }
        int size = Integer.highestOneBit(all.size() * 4);
        TABLE = new char[size][];
        MASK = size - 1;
        for (String s : all) {
            char[] k = s.toCharArray();
            int h = hash(k, 0, k.length) & MASK;
            while (TABLE[h] != null) h = (h + 1) & MASK;
            TABLE[h] = k;
        }
    }

    private TopLevelDomains() {
    }

    /** True when c[from, to) (any case) is a delegated top-level domain. */
    static boolean contains(char[] c, int from, int to) {
        int h = hash(c, from, to) & MASK;
        for (char[] k = TABLE[h]; k != null; h = (h + 1) & MASK, k = TABLE[h]) {
            if (k.length == to - from && equalsIgnoreCase(k, c, from)) return true;
        }
        return false;
    }

    static int size() {
        int n = 0;
        for (char[] k : TABLE) if (k != null) n++;
        return n;
    }

    private static boolean equalsIgnoreCase(char[] key, char[] c, int from) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lower(c[from + i])) return false;
        }
        return true;
    }

    private static int hash(char[] c, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = h * 31 + lower(c[i]);
        return h ^ (h >>> 16);
    }

    private static char lower(char ch) {
        return ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
    }
}
