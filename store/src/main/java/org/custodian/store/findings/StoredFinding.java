package org.custodian.store.findings;

import java.util.Set;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;

/** A finding as stored: masked evidence and keyed hash, never the value. */
public record StoredFinding(long id, long fileId, String partPath, InfoType infoType, Likelihood likelihood,
                            double score, long line, int column, long offset, int length, String masked,
                            String hashHex, String keyId, String detector, Set<String> specialCategories,
                            int occurrence, long firstSeenScan, long lastSeenScan, String triage,
                            String triageReason) {
    public StoredFinding {
        specialCategories = Set.copyOf(specialCategories);
    }
}
