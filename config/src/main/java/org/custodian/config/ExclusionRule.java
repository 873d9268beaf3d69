package org.custodian.config;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.custodian.engine.Hotwords;
import org.custodian.engine.Likelihood;
import org.custodian.engine.Match;
import org.custodian.engine.MatchRule;
import org.custodian.engine.ScanWindow;

/**
 * An exclusion from the configuration as an engine {@link MatchRule}: for matches of its infoTypes
 * whose value matches {@code valuePattern} (as written or in canonical form) and/or that have one
 * of {@code contextWords} nearby, drop the match, or cap its likelihood.
 */
final class ExclusionRule implements MatchRule {
    private final Set<String> infoTypes;
    private final Pattern valuePattern;
    private final Hotwords contextWords;
    /** Highest score a matching finding keeps; negative means drop. */
    private final double cap;

    ExclusionRule(ExclusionConfig c) {
        this.infoTypes = new HashSet<>(c.infoTypes());
        this.valuePattern = c.valuePattern() == null ? null : Pattern.compile(c.valuePattern());
        this.contextWords = c.contextWords().isEmpty() ? null : Hotwords.of(c.contextWords());
        this.cap = c.likelihood() == null ? -1 : capFor(c.likelihood());
    }

    /** The top of a likelihood's fifth of the score range, just below the next step. */
    private static double capFor(Likelihood l) {
        return l == Likelihood.VERY_LIKELY ? 1.0 : l.floor() + 0.199;
    }

    @Override
    public double apply(Match m, ScanWindow w, double score) {
        if (!infoTypes.contains(m.infoType().name())) return score;
        if (valuePattern != null && !valuePattern.matcher(w.substring(m.start(), m.end())).matches()
                && !valuePattern.matcher(m.canonical()).matches()) {
            return score;
        }
        if (contextWords != null && !w.hasContext(m.start(), m.end(), contextWords)) return score;
        return cap < 0 ? -1 : Math.min(score, cap);
    }
}
