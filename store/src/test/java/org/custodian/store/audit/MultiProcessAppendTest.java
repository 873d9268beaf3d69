package org.custodian.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.custodian.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate processes appending to one database at once — what happens when a scan, the server and
 * a `custodian exposures set` share the store. Every process's entries arrive, numbered without
 * gaps, in one chain that verifies. On H2 this goes through AUTO_SERVER (the unusual part); on
 * PostgreSQL separate processes are separate connections, which the threaded tests already cover.
 */
class MultiProcessAppendTest {
    private static final int PROCESSES = 2;
    private static final int EACH = 10;

    @TempDir
    Path tmp;

    @Test
    void processesSharingTheEmbeddedH2FileAppendOneChain() throws Exception {
        String url = Store.embeddedUrl(tmp.resolve("home"));
        Store store = Store.open(url);
        // this JVM holds the file open, as a running server would; the others reach it through
        // H2's AUTO_SERVER port
        try (Connection held = store.connect()) {
            runWriters(url);
            assertWholeChain(store);
        }
    }

    private void runWriters(String url) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> running = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            running.add(new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                    AppendProcess.class.getName(), url, "process" + p, Integer.toString(EACH))
                    .redirectErrorStream(true).start());
        }
        for (Process p : running) {
            boolean ended = p.waitFor(120, TimeUnit.SECONDS);
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ended).as("writer process finished").isTrue();
            assertThat(p.exitValue()).as(output.lines().filter(l -> !l.contains(" INFO ")).toList().toString()).isZero();
        }
    }

    private static void assertWholeChain(Store store) {
        AuditReport r = new AuditVerifier(store, Map.of(AuditFixtures.KEY_ID, AuditFixtures.key())).verify();
        assertThat(r.intact()).as(r.summary()).isTrue();
        assertThat(r.checked()).isEqualTo(PROCESSES * EACH);
        List<AuditEntry> all = AuditFixtures.trail(store).latest(PROCESSES * EACH);
        for (int p = 0; p < PROCESSES; p++) {
            String name = "process" + p;
            assertThat(all).filteredOn(e -> e.actorName().equals(name)).hasSize(EACH);
        }
    }
}
