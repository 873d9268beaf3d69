package org.custodian.engine;

/**
 * A rule applied to every match after overlap resolution and before it becomes a finding:
 * exclusion rules ("numbers after 'invoice' are not NHS numbers"), likelihood adjustments from
 * configuration. Rules see the window, so they can look at context, but never keep the value.
 */
@FunctionalInterface
public interface MatchRule {
    /**
     * @return the new score for the match (return {@code score} to leave it), or a negative number
     *     to drop the match
     */
    double apply(Match match, ScanWindow window, double score);
}
