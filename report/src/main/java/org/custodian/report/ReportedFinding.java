package org.custodian.report;

import java.util.Set;
import org.custodian.engine.InfoType;
import org.custodian.engine.KeyedHash;
import org.custodian.engine.Likelihood;

/**
 * A finding as reports show it: never the raw value.
 *
 * @param id                the store's finding id (for triage commands)
 * @param path              file path, or {@code outer.zip!/inner.docx} for archive members
 * @param infoType          what was found
 * @param likelihood        how sure the engine is
 * @param line              1-based line in the extracted text
 * @param column            1-based column
 * @param masked            masked evidence
 * @param hash              keyed hash (hex), or null
 * @param keyId             id of the key that made {@code hash}, or null
 * @param detector          detector id
 * @param specialCategories special-category flags
 * @param triage            null (= {@code open}), {@code open}, {@code false_positive}, {@code accepted_risk} or {@code remediated}
 */
public record ReportedFinding(long id, String path, InfoType infoType, Likelihood likelihood, long line, int column,
                              String masked, String hash, String keyId, String detector,
                              Set<String> specialCategories, String triage) {
    public ReportedFinding {
        specialCategories = Set.copyOf(specialCategories);
        triage = triage == null ? "open" : triage.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The hash as findings and allow-lists exchange it ({@code hmac-sha256:v1:<keyId>:<hex>}), so a
     * reader can paste it into {@code detection.allow}; null when the finding has no hash.
     */
    public String encodedHash() {
        if (hash == null) return null;
        if (hash.startsWith("hmac-sha256:") || keyId == null) return hash;
        return new KeyedHash(keyId, hash).encoded();
    }
}
