package org.custodian.store.findings;

import org.custodian.engine.Finding;

/**
 * An engine finding with where it was found inside the file.
 *
 * @param partPath   the file's own path for its body, {@code a.zip!/b.docx} for a member
 * @param occurrence how many times the same value (infoType + hash) appeared before it in this part:
 *                   with the part path it names the finding across re-scans
 */
public record PartFinding(String partPath, Finding finding, int occurrence) {
}
