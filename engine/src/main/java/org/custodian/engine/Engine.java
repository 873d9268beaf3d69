package org.custodian.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The detection engine: text in, findings out. It knows nothing of files, buckets or storage; every
 * surface (CLI, server, ICAP, distributed jobs) builds one Engine and feeds it text.
 *
 * <p>One pass over the characters finds word starts and trigger symbols and calls only the
 * detectors registered for that character (see {@link Triggers}); overlapping matches are
 * resolved, rules applied, and survivors become {@link Finding}s with masked evidence and a keyed
 * hash. An Engine is immutable and thread-safe; per-scan state lives in {@link StreamScanner}.
 */
public final class Engine {
    private static final Detector[] NONE = new Detector[0];
    /** Added to an ASCII char to index {@link #dispatch} when the previous char was a letter or digit. */
    private static final int PREV_WORD = ScanWindow.PREV_WORD;

    private final List<Detector> detectors;
    private final RegionDetector[] regionDetectors;
    /** What to call at an ASCII char, indexed by {@code char + (previous is a word char ? 128 : 0)}. */
    private final Dispatch[] dispatch = new Dispatch[2 * PREV_WORD];
    private final Dispatch nonAsciiUpper;
    private final Dispatch nonAsciiLower;
    private final Likelihood minLikelihood;
    private final ValueHasher hasher;
    private final Set<String> allowList;
    private final List<MatchRule> rules;
    private final SpecialCategoryFlagger flagger;

    private Engine(Builder b) {
        this.detectors = List.copyOf(b.detectors.values());
        this.regionDetectors = b.regionDetectors.values().toArray(new RegionDetector[0]);
        this.minLikelihood = b.minLikelihood;
        this.hasher = b.hasher;
        this.allowList = b.allowed.stream().map(KeyedHash::hex).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.rules = List.copyOf(b.rules);
        this.flagger = b.flagger;
        Map<List<Detector>, Detector[]> shared = new java.util.HashMap<>();
        // chars with the same detectors share one gate table, so the few distinct ones stay in cache
        Map<List<Object>, Dispatch> sharedCalls = new java.util.HashMap<>();
        // detectors may build their Triggers on each call; the tables below ask thousands of times
        Map<Detector, Triggers> triggers = new java.util.IdentityHashMap<>();
        for (Detector d : detectors) triggers.put(d, d.triggers());
        for (int c = 0; c < 128; c++) {
            char ch = (char) c;
            boolean word = ScanWindow.isWordChar(ch);
            List<Detector> s = new ArrayList<>();
            for (Detector d : detectors) {
                if (triggers.get(d).symbol[c]) s.add(d);
            }
            Dispatch symbolCall = s.isEmpty() ? null : new Dispatch(s.toArray(NONE), null, false, 0);
            if (word) {
                List<Detector> w = new ArrayList<>();
                for (Detector d : detectors) {
                    if (triggers.get(d).wordStart[c]) w.add(d);
                }
                boolean digit = ch >= '0' && ch <= '9';
                int firstClass = Triggers.charClass(ch);
                dispatch[c] = sharedCalls.computeIfAbsent(List.of(w, digit, firstClass),
                        k -> wordStartCall(w, digit, firstClass, triggers, shared));
                dispatch[PREV_WORD + c] = null;
            } else {
                dispatch[c] = symbolCall;
                dispatch[PREV_WORD + c] = symbolCall;
            }
        }
        List<Detector> upper = new ArrayList<>();
        List<Detector> lower = new ArrayList<>();
        for (Detector d : detectors) {
            if (triggers.get(d).nonAsciiUpperWordStart) upper.add(d);
            if (triggers.get(d).nonAsciiLowerWordStart) lower.add(d);
        }
        Dispatch u = wordStartCall(upper, false, Triggers.UPPER, triggers, shared);
        Dispatch l = wordStartCall(lower, false, Triggers.LOWER, triggers, shared);
        nonAsciiUpper = u == null ? new Dispatch(NONE, null, false, 0) : u;
        nonAsciiLower = l == null ? new Dispatch(NONE, null, false, 0) : l;
    }

    /**
     * The detectors to call at a word start. When one of them declares a gate for this kind of word
     * start, the set is precomputed for every gate key, keeping registration order (overlap
     * resolution breaks ties by it).
     */
    private static Dispatch wordStartCall(List<Detector> ds, boolean digit, int firstClass,
                                          Map<Detector, Triggers> triggers, Map<List<Detector>, Detector[]> shared) {
        if (ds.isEmpty()) return null;
        boolean gated = ds.stream().anyMatch(d -> digit ? triggers.get(d).gatesDigits() : triggers.get(d).gatesLetters());
        if (!gated) return new Dispatch(ds.toArray(NONE), null, digit, firstClass);
        Detector[][] byKey = new Detector[digit ? Triggers.DIGIT_KEYS : Triggers.SHAPE_KEYS][];
        for (int key = 0; key < byKey.length; key++) {
            List<Detector> accepted = new ArrayList<>();
            for (Detector d : ds) {
                Triggers t = triggers.get(d);
                if (digit ? t.acceptsDigitKey(key) : t.acceptsShapeKey(key)) accepted.add(d);
            }
            byKey[key] = shared.computeIfAbsent(accepted, a -> a.toArray(NONE));
        }
        return new Dispatch(ds.toArray(NONE), byKey, digit, firstClass);
    }

    /** The detectors for one dispatch-table entry: all of them, or chosen by a gate key. */
    private static final class Dispatch {
        final Detector[] all;
        /** By {@link Triggers#digitKey} or {@link Triggers#shapeKey}; null when nobody here is gated. */
        final Detector[][] byKey;
        final boolean digit;
        final int firstClass;

        Dispatch(Detector[] all, Detector[][] byKey, boolean digit, int firstClass) {
            this.all = all;
            this.byKey = byKey;
            this.digit = digit;
            this.firstClass = firstClass;
        }

        Detector[] at(ScanWindow w, char[] buf, int pos, int limit) {
            if (byKey == null) return all;
            // the key reads the first digit group only; the full digit run is computed later, once,
            // if a detector chosen here asks for it
            return byKey[digit ? Triggers.digitKey(buf, pos, limit) : Triggers.shapeKey(firstClass, buf, pos, limit)];
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Detector> detectors() {
        return detectors;
    }

    /** Detectors that examine whole windows (configuration-defined regexes); empty by default. */
    public List<RegionDetector> regionDetectors() {
        return List.of(regionDetectors);
    }

    public Likelihood minLikelihood() {
        return minLikelihood;
    }

    /** The key id hashes are made with, or null when this engine hashes nothing. */
    public String keyId() {
        return hasher == null ? null : hasher.keyId();
    }

    /** A scanner for one stream at a time; cheap to create, not thread-safe. */
    public StreamScanner newScanner() {
        return new StreamScanner(this, hasher == null ? null : hasher.copy());
    }

    /** Scans a string and returns its findings in text order. */
    public List<Finding> scan(String text) {
        List<Finding> out = new ArrayList<>();
        newScanner().scan(text, (f, raw) -> out.add(f));
        return out;
    }

    public ScanStats scan(CharSequence text, FindingSink sink) {
        return newScanner().scan(text, sink);
    }

    public ScanStats scan(Reader in, FindingSink sink) throws IOException {
        return newScanner().scan(in, sink);
    }

    /** Scans UTF-8 bytes; findings then carry byte offsets too. */
    public ScanStats scanUtf8(InputStream in, FindingSink sink) throws IOException {
        return newScanner().scanUtf8(in, sink);
    }

    /**
     * The single pass: calls detectors at their trigger positions in [from, to).
     *
     * <p>For ASCII the decision is one table load per character: {@link #dispatch} is indexed by the
     * character plus whether the previous one was a letter or digit ({@link #PREV_WORD}), and holds
     * the detectors to call there or null. This keeps the loop free of the letter/non-letter branches
     * that ordinary text mispredicts every few characters. Where a detector declared a gate
     * ({@link Triggers#digitGroup}, {@link Triggers#wordShape}), the word start's gate key picks the
     * precomputed subset instead, so gated detectors are not called where they would reject at once.
     */
    void detectAll(ScanWindow w, int from, int to, Matches out) {
        final char[] buf = w.buf;
        final Dispatch[] table = dispatch;
        final int[] wordBit = ScanWindow.ASCII_WORD_BIT;
        final int limit = w.limit;
        int prev = from > w.textStart && ScanWindow.isWordChar(buf[from - 1]) ? PREV_WORD : 0;
        for (int i = from; i < to; i++) {
            char c = buf[i];
            if (c < 128) {
                Dispatch e = table[prev | c];
                prev = wordBit[c];
                if (e != null) {
                    for (Detector d : e.at(w, buf, i, limit)) d.detect(w, i, out);
                }
            } else {
                boolean word = Character.isLetterOrDigit(c);
                if (word && prev == 0) {
                    Dispatch e = Character.isUpperCase(c) ? nonAsciiUpper : nonAsciiLower;
                    for (Detector d : e.at(w, buf, i, limit)) d.detect(w, i, out);
                }
                prev = word ? PREV_WORD : 0;
            }
        }
    }

    /** Runs the region detectors over the same range as {@link #detectAll}; see {@link RegionDetector}. */
    void detectRegions(ScanWindow w, int from, int to, Matches out) {
        for (RegionDetector d : regionDetectors) d.detectRegion(w, from, to, out);
    }

    /**
     * Resolves overlaps: where two matches overlap partly, or cover the same span, the higher score
     * wins (then the longer, then the earlier-registered detector). A match strictly inside a longer
     * match of a different infoType is kept only when the outer type is a composite that really
     * contains other values (a postcode inside an address, an e-mail inside a connection string), as
     * Cloud DLP reports both. Inside any other value the inner match is a fragment of it (the
     * Luhn-valid tail of an IBAN, the 6-5 groups of an Amex number): the outer wins when it scores at
     * least as high or is reportable on its own, whatever the fragment scored.
     */
    List<Match> resolve(List<Match> matches) {
        if (matches.size() < 2) return matches;
        matches.sort(BY_START_THEN_LONGEST);
        List<Match> kept = new ArrayList<>(matches.size());
        for (Match m : matches) {
            boolean add = true;
            for (int k = kept.size() - 1; k >= 0; k--) {
                Match o = kept.get(k);
                if (o.end() <= m.start()) {
                    if (k < kept.size() - 8) break; // kept ones far behind cannot overlap any more
                    continue;
                }
                boolean strictlyInside = o.start() <= m.start() && m.end() <= o.end()
                        && o.length() > m.length() && !o.infoType().equals(m.infoType());
                if (strictlyInside && COMPOSITES.contains(o.infoType())) continue;
                if (strictlyInside ? !containerWins(o, m) : beats(m, o)) {
                    kept.remove(k);
                } else {
                    add = false;
                    break;
                }
            }
            if (add) kept.add(m);
        }
        kept.sort(BY_START);
        return kept;
    }

    // plain lambdas: the composed comparingInt/thenComparing/reversed chain was ~1% of the dense profile
    private static final Comparator<Match> BY_START = (a, b) -> Integer.compare(a.start(), b.start());
    private static final Comparator<Match> BY_START_THEN_LONGEST = (a, b) -> a.start() != b.start()
            ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());

    /** Types whose values legitimately contain values of other types, reported alongside them. */
    private static final Set<InfoType> COMPOSITES = Set.of(InfoType.STREET_ADDRESS, InfoType.CREDENTIALS);

    private static boolean containerWins(Match outer, Match inner) {
        return outer.score() >= inner.score() || outer.score() >= Likelihood.LIKELY.floor();
    }

    private static boolean beats(Match a, Match b) {
        if (a.score() != b.score()) return a.score() > b.score();
        return a.length() > b.length();
    }

    /** Applies rules, threshold, hashing, allow-list and flags; null when the match is dropped. */
    Finding finish(Match m, ScanWindow w, Location location, ValueHasher h) {
        double score = m.score();
        for (MatchRule rule : rules) {
            score = rule.apply(m, w, score);
            if (score < 0) return null;
        }
        Likelihood likelihood = Likelihood.fromScore(score);
        if (!likelihood.atLeast(minLikelihood)) return null;
        KeyedHash hash = h == null ? null : h.hash(m.infoType(), m.canonical());
        if (hash != null && allowList.contains(hash.hex())) return null;
        Set<String> flags = flagger == null ? Set.of() : flagger.flags(m, w);
        String masked = Masking.mask(m.infoType(), w.buf, m.start(), m.end());
        return new Finding(m.infoType(), likelihood, round(score), location, masked, hash, m.detector(), flags);
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

    /** The lowest score worth collecting: rules may raise a score by at most one step. */
    double collectFloor() {
        return Math.max(0.0, Math.min(minLikelihood.floor(), Likelihood.UNLIKELY.floor()) - 1e-9);
    }

    public static final class Builder {
        private final Map<String, Detector> detectors = new LinkedHashMap<>();
        private final Map<String, RegionDetector> regionDetectors = new LinkedHashMap<>();
        private Likelihood minLikelihood = Likelihood.POSSIBLE;
        private ValueHasher hasher;
        private final List<KeyedHash> allowed = new ArrayList<>();
        private final List<MatchRule> rules = new ArrayList<>();
        private SpecialCategoryFlagger flagger;

        public Builder add(Detector d) {
            if (regionDetectors.containsKey(d.id()) || detectors.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("two detectors share the id " + d.id());
            }
            return this;
        }

        /** Adds a detector that scans whole windows itself (see {@link RegionDetector}). */
        public Builder addRegion(RegionDetector d) {
            if (detectors.containsKey(d.id()) || regionDetectors.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("two detectors share the id " + d.id());
            }
            return this;
        }

        public Builder addAll(Iterable<? extends Detector> ds) {
            for (Detector d : ds) add(d);
            return this;
        }

        /** Removes detectors whose id or one of whose infoTypes is named. */
        public Builder remove(String idOrInfoType) {
            detectors.values().removeIf(d -> isNamed(idOrInfoType, d.id(), d.infoTypes()));
            regionDetectors.values().removeIf(d -> isNamed(idOrInfoType, d.id(), d.infoTypes()));
            return this;
        }

        private static boolean isNamed(String idOrInfoType, String id, Set<InfoType> types) {
            return id.equals(idOrInfoType) || types.stream().anyMatch(t -> t.name().equals(idOrInfoType));
        }

        /** Findings below this likelihood are not reported (default POSSIBLE). */
        public Builder minLikelihood(Likelihood l) {
            this.minLikelihood = Objects.requireNonNull(l);
            return this;
        }

        /** Hash findings with this installation secret; without one, findings carry no hash. */
        public Builder hasher(ValueHasher h) {
            this.hasher = h;
            return this;
        }

        /**
         * Keyed hashes of known test or public values to drop ("this number is a known test value").
         * Accepts the encoded form {@code hmac-sha256:v1:<keyId>:<hex>}; hashes made with another key
         * can never match and are rejected so a stale allow-list is noticed.
         */
        public Builder allow(KeyedHash h) {
            HexFormat.of().parseHex(h.hex());
            allowed.add(h);
            return this;
        }

        public Builder rule(MatchRule r) {
            rules.add(Objects.requireNonNull(r));
            return this;
        }

        public Builder specialCategories(SpecialCategoryFlagger f) {
            this.flagger = f;
            return this;
        }

        public Engine build() {
            if (!allowed.isEmpty() && hasher == null) {
                throw new IllegalStateException("an allow-list needs the installation key: run custodian init");
            }
            for (KeyedHash h : allowed) {
                if (!hasher.keyId().equals(h.keyId())) {
                    throw new IllegalArgumentException("allow-list hash was made with key " + h.keyId()
                            + ", this installation's key is " + hasher.keyId());
                }
            }
            return new Engine(this);
        }
    }
}
