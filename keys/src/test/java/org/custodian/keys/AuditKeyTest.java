package org.custodian.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTest {
    @TempDir
    Path tmp;

    @Test
    void theAuditKeyIsHmacOfTheInstallationKeyWithItsLabelNeverTheKeyItself() throws Exception {
        KeyStore store = new KeyStore(tmp.resolve("home"));
        InstallationKey key = store.init(false);
        byte[] raw = Files.readAllBytes(store.keyFile());

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(raw, "HmacSHA256"));
        byte[] expected = mac.doFinal("custodian-audit-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(key.auditKey()).hasSize(32).isEqualTo(expected).isNotEqualTo(raw);
        assertThat(store.load().auditKey()).isEqualTo(expected);
    }

    @Test
    void differentInstallationKeysGiveDifferentAuditKeys() {
        InstallationKey a = new KeyStore(tmp.resolve("a")).init(false);
        InstallationKey b = new KeyStore(tmp.resolve("b")).init(false);
        assertThat(a.auditKey()).isNotEqualTo(b.auditKey());
    }
}
