package org.custodian.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.custodian.config.CustodianConfig;
import org.custodian.config.EngineFactory;
import org.custodian.engine.Engine;
import org.custodian.engine.Likelihood;
import org.custodian.engine.ValueHasher;
import org.custodian.extract.TikaExtractor;
import org.custodian.store.Store;
import org.custodian.store.actor.Actor;
import org.custodian.store.audit.JdbcAuditTrail;
import org.custodian.store.exposure.JdbcExposureRegister;
import org.custodian.store.exposure.RiskScore;
import org.custodian.store.findings.FileWithFindings;
import org.custodian.store.findings.Findings;

/** The real parts a scan is wired from (as the CLI wires them), over one store, plus tree builders. */
final class ScanFixture {
    static final byte[] KEY = new byte[32];
    static final Actor ALICE = new Actor("alice", "dpo", "cli");
    /** Synthetic, checksum-valid NHS numbers (mod 11) and addresses at reserved domains. */
    static final String NHS_A = "943 476 5919";
    static final String NHS_B = "401 023 2137";

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    final Store store;
    final Engine engine;
    final TikaExtractor extractor = new TikaExtractor();
    final JdbcAuditTrail audit;
    final JdbcExposureRegister exposures;

    ScanFixture(Store store) {
        this(store, Likelihood.LIKELY);
    }

    ScanFixture(Store store, Likelihood threshold) {
        this.store = store;
        this.engine = EngineFactory.build(CustodianConfig.defaults(), new ValueHasher(KEY), threshold);
        this.audit = new JdbcAuditTrail(store, KEY, ValueHasher.keyIdOf(KEY));
        this.exposures = new JdbcExposureRegister(store, audit, RiskScore::of);
    }

    FileScan scan(String fingerprint) {
        return new FileScan(store, engine, extractor, audit, exposures, ALICE, fingerprint);
    }

    static ScanRequest request(Path root) {
        return new ScanRequest(List.of(root), Likelihood.LIKELY, null, false, 2);
    }

    List<FileWithFindings> files(long scanId) {
        List<FileWithFindings> out = new ArrayList<>();
        new Findings(store).filesOfRun(scanId, Likelihood.LIKELY).forEach(out::add);
        return out;
    }

    static String patientLetter(String nhs) {
        return "Re: patient NHS number " + nhs + ", seen in clinic on Tuesday.\n"
                + "Please reply to the ward clerk.\n";
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path zip(Path file, String member, String text) {
        try {
            Files.createDirectories(file.getParent());
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
                z.putNextEntry(new ZipEntry(member));
                z.write(text.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
