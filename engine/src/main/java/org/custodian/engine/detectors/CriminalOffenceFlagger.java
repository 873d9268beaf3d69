package org.custodian.engine.detectors;

import java.util.List;

/**
 * Flags "CRIMINAL_OFFENCE" (UK GDPR Article 10: criminal convictions and offences) on a finding that
 * identifies a person when a conviction, sentence or arrest phrase is near it.
 *
 * <p>Only phrasings that are about crime in nearly every use are listed: "conviction" alone (a
 * strong belief), "charged" (a battery, a fee), "caution", "custody" (of a child), "probation" (a new
 * job), "sentence" (grammar) and "court" (a street, a tennis court) are left out on their own.
 */
public final class CriminalOffenceFlagger extends TermProximityFlagger {
    public static final String FLAG = "CRIMINAL_OFFENCE";

    /** The default terms; documented in docs/detectors/names-addresses-health.md. */
    public static final List<String> DEFAULT_TERMS = List.of(
            "criminal record", "criminal records", "criminal conviction", "criminal convictions",
            "criminal offence", "criminal offences", "criminal history", "previous convictions",
            "unspent conviction", "unspent convictions", "spent conviction", "spent convictions",
            "convicted", "convicted of", "pleaded guilty", "found guilty", "sentenced to",
            "custodial sentence", "suspended sentence", "prison sentence", "community sentence",
            "served a sentence", "was arrested", "been arrested", "arrested for", "was charged with",
            "been charged with", "police caution", "cautioned by police", "offender", "offenders",
            "sex offender", "offending history", "reoffending", "youth offending", "probation officer",
            "probation service", "released on licence", "on remand", "restraining order");

    public CriminalOffenceFlagger() {
        this(DEFAULT_TERMS);
    }

    public CriminalOffenceFlagger(List<String> terms) {
        super(FLAG, terms);
    }
}
