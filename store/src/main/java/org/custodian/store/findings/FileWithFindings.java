package org.custodian.store.findings;

import java.util.List;

public record FileWithFindings(FileRow file, List<StoredFinding> findings) {
    public FileWithFindings {
        findings = List.copyOf(findings);
    }
}
