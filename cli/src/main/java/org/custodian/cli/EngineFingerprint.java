package org.custodian.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.custodian.config.CustodianConfig;
import org.custodian.engine.Engine;
import org.custodian.engine.Likelihood;

/**
 * Names the engine a scan's findings came from, so that an incremental scan reads every file again
 * when the answer could differ: another engine build (the engine jar's bytes, not just its version,
 * since a development build keeps one version across changes), another detection configuration,
 * or another threshold. Registered fingerprints (exact data match) join it when that register
 * exists; until then the slot says {@code edm:none}.
 */
final class EngineFingerprint {
    private EngineFingerprint() {
    }

    static String of(CustodianConfig config, Likelihood threshold) {
        MessageDigest sha = sha256();
        sha.update(engineBuild().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '|');
        sha.update(EngineAssembly.detectionIdentity(config).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '|');
        sha.update(threshold.name().getBytes(StandardCharsets.UTF_8));
        sha.update("|edm:none".getBytes(StandardCharsets.UTF_8));
        return "v1:" + HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** The engine jar's digest, or the class-path directory's name when run from classes (tests). */
    private static String engineBuild() {
        try {
            Path where = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(where)) return "classes:" + where;
            MessageDigest sha = sha256();
            try (InputStream in = Files.newInputStream(where)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
            }
            return "jar:" + HexFormat.of().formatHex(sha.digest());
        } catch (IOException | URISyntaxException | SecurityException e) {
            return "unknown-build";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
