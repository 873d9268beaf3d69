package org.custodian.engine.detectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Case-insensitive word to bit-flags lookup that reads straight from the scan buffer. Detectors
 * call it at every capitalised word, so a lookup hashes the characters in place (folding case and
 * curly apostrophes as it goes) and probes an open-addressing table: no String, no allocation.
 */
final class WordTable {
    private final char[] pool;
    /**
     * Open addressing, four ints per slot: the key's hash, its start in the pool + 1 (0 = empty), its
     * length, its flags. A probe reads one slot (one cache line) and, only when hash and length
     * agree, the key's chars: two cache misses per hit in a table far larger than the caches.
     */
    private final int[] slots;
    private final int mask;

    private WordTable(Map<String, Integer> entries) {
        int n = entries.size();
        int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
        slots = new int[4 * capacity];
        mask = capacity - 1;
        int total = 0;
        for (String k : entries.keySet()) total += k.length();
        pool = new char[total];
        int at = 0;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            String k = e.getKey();
            k.getChars(0, k.length(), pool, at);
            int h = hash(pool, at, at + k.length());
            int slot = h & mask;
            while (slots[4 * slot + 1] != 0) slot = (slot + 1) & mask;
            slots[4 * slot] = h;
            slots[4 * slot + 1] = at + 1;
            slots[4 * slot + 2] = k.length();
            slots[4 * slot + 3] = e.getValue();
            at += k.length();
        }
    }

    /** The flags of the word buf[from, to), compared case-insensitively; 0 when absent. */
    int get(char[] buf, int from, int to) {
        int len = to - from;
        int h = hash(buf, from, to);
        int slot = h & mask;
        while (true) {
            int at = 4 * slot;
            int key = slots[at + 1];
            if (key == 0) return 0;
            if (slots[at] == h && slots[at + 2] == len && sameFolded(buf, from, key - 1, len)) return slots[at + 3];
            slot = (slot + 1) & mask;
        }
    }

    int get(String word) {
        char[] c = word.toCharArray();
        return get(c, 0, c.length);
    }

    private boolean sameFolded(char[] buf, int from, int key, int len) {
        for (int i = 0; i < len; i++) {
            if (fold(buf[from + i]) != pool[key + i]) return false;
        }
        return true;
    }

    private static int hash(char[] buf, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = h * 31 + fold(buf[i]);
        return h ^ (h >>> 16);
    }

    static char fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        if (c == '\u2019') return '\'';
        return Character.toLowerCase(c);
    }

    static final class Builder {
        private final Map<String, Integer> entries = new HashMap<>(1 << 18);

        Builder add(String word, int flag) {
            StringBuilder b = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) b.append(fold(word.charAt(i)));
            entries.merge(b.toString(), flag, (a, c) -> a | c);
            return this;
        }

        Builder addAll(int flag, String... words) {
            for (String w : words) add(w, flag);
            return this;
        }

        /** Adds every non-blank line of a class-path resource that is not a '#' comment. */
        Builder addResource(Class<?> owner, String name, int flag) {
            try (InputStream in = owner.getResourceAsStream(name)) {
                if (in == null) throw new IllegalStateException("missing resource " + name);
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int start = 0;
                while (start < text.length()) {
                    int nl = text.indexOf('\n', start);
                    int end = nl < 0 ? text.length() : nl;
                    String w = text.substring(start, end).strip();
                    if (!w.isEmpty() && w.charAt(0) != '#') add(w, flag);
                    start = end + 1;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        WordTable build() {
            return new WordTable(entries);
        }
    }
}
