package org.custodian.config;

import java.nio.CharBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodian.engine.Canonical;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.RegionDetector;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.StreamScanner;

/**
 * A detector defined in the configuration: a regular expression, an optional check-digit
 * validator, context words and two likelihoods. It cannot take part in the engine's single pass,
 * so it runs its regex over each window; the keyword pre-filter (as in gitleaks) skips windows in
 * which none of its keywords occurs, which is what keeps a rare pattern nearly free.
 *
 * <p>Matches longer than {@link StreamScanner#LOOKAHEAD} characters may be cut at a chunk
 * boundary; patterns for identifiers are far shorter.
 */
final class CustomDetector implements RegionDetector {
    private static final String VALUE_GROUP = "(?<value>";

    private final String id;
    private final InfoType infoType;
    private final Pattern pattern;
    private final boolean hasValueGroup;
    private final CustomValidator validator;
    private final Hotwords context;
    private final double score;
    private final double contextScore;
    private final char[][] keywords;
    /** ASCII characters (either case) that begin a keyword. */
    private final boolean[] keywordFirstChars = new boolean[128];

    CustomDetector(CustomDetectorConfig c) {
        this.infoType = InfoType.of(c.name());
        this.id = "custom-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.pattern = Pattern.compile(c.pattern());
        this.hasValueGroup = c.pattern().contains(VALUE_GROUP);
        this.validator = c.validator() == null ? null : CustomValidator.named(c.validator());
        this.context = Hotwords.of(c.context());
        this.score = midpoint(c.likelihood().floor());
        this.contextScore = midpoint(c.contextLikelihood().floor());
        List<String> kw = c.keywords();
        this.keywords = new char[kw.size()][];
        for (int i = 0; i < kw.size(); i++) {
            keywords[i] = kw.get(i).toLowerCase(Locale.ROOT).toCharArray();
            char f = keywords[i][0];
            if (f < 128) {
                keywordFirstChars[f] = true;
                keywordFirstChars[Character.toUpperCase(f)] = true;
            }
        }
    }

    /** The score in the middle of a likelihood's fifth, so a rule moving it by a step lands squarely. */
    private static double midpoint(double floor) {
        return floor + 0.1;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(infoType);
    }

    @Override
    public void detectRegion(ScanWindow w, int from, int to, Matches out) {
        if (keywords.length > 0 && !anyKeyword(w.chars(), from, w.limit())) return;
        // wrap from index 0 so the matcher's indices are window indices
        Matcher m = pattern.matcher(CharBuffer.wrap(w.chars(), 0, w.limit()));
        m.region(Math.max(from, w.textStart()), w.limit());
        m.useTransparentBounds(true); // lookbehind and \b see the text before the region
        m.useAnchoringBounds(false);  // ^ is a line or text start, not wherever the window begins
        while (m.find()) {
            if (m.start() >= to) break;
            int start = hasValueGroup ? m.start("value") : m.start();
            int end = hasValueGroup ? m.end("value") : m.end();
            if (start < 0 || end <= start) continue;
            CharSequence value = CharBuffer.wrap(w.chars(), start, end - start);
            if (validator != null && !validator.accepts(value)) continue;
            double s = !context.isEmpty() && w.hasContext(start, end, context) ? contextScore : score;
            out.add(infoType, start, end, s, Canonical.of(infoType, value.toString()), this);
        }
    }

    /** Case-insensitive: does one keyword occur in b[from, to)? */
    private boolean anyKeyword(char[] b, int from, int to) {
        final boolean[] first = keywordFirstChars;
        for (int i = from; i < to; i++) {
            char raw = b[i];
            if (raw < 128 && !first[raw]) continue; // the common case: one table look-up per char
            char c = Character.toLowerCase(raw);
            for (char[] k : keywords) {
                if (k[0] != c || i + k.length > to) continue;
                int j = 1;
                while (j < k.length && Character.toLowerCase(b[i + j]) == k[j]) j++;
                if (j == k.length) return true;
            }
        }
        return false;
    }
}
