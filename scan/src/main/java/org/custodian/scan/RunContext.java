package org.custodian.scan;

import java.time.Clock;
import java.time.Period;
import java.util.Set;
import org.custodian.engine.Likelihood;

/** What every worker of one run shares. */
record RunContext(long scanId, boolean resumed, String skipKey, Likelihood threshold, Period retention,
                  Set<String> allowList, Clock clock) {
}
