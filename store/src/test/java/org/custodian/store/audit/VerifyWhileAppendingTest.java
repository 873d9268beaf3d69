package org.custodian.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.custodian.store.Store;
import org.custodian.store.actor.Actor;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Appends committing while verification runs never look like tampering. */
class VerifyWhileAppendingTest {
    @ParameterizedTest
    @MethodSource("org.custodian.store.testing.TestDatabases#both")
    void aChainGrowingDuringVerificationIsAlwaysIntact(TestDatabases.Db db) throws Exception {
        Store store = db.fresh();
        AuditVerifier verifier = new AuditVerifier(store, Map.of(AuditFixtures.KEY_ID, AuditFixtures.key()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                Actor actor = new Actor("writer" + w, "operator", "cli");
                writers.add(pool.submit(() -> {
                    JdbcAuditTrail trail = new JdbcAuditTrail(store, AuditFixtures.key(), AuditFixtures.KEY_ID);
                    for (int i = 0; i < 40; i++) trail.append(actor, "test.append", "n:" + i, Map.of());
                    return null;
                }));
            }
            List<AuditReport> reports = new ArrayList<>();
            while (!writers.stream().allMatch(Future::isDone)) reports.add(verifier.verify());
            for (Future<?> f : writers) f.get();
            assertThat(reports).isNotEmpty().allSatisfy(r -> assertThat(r.intact()).as(r.summary()).isTrue());
        } finally {
            pool.shutdownNow();
        }
        assertThat(verifier.verify().checked()).isEqualTo(80);
    }
}
