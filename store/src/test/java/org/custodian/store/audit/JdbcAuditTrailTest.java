package org.custodian.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodian.store.audit.AuditFixtures.ALICE;
import static org.custodian.store.audit.AuditFixtures.BOB;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.custodian.store.Store;
import org.custodian.store.actor.JdbcActors;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JdbcAuditTrailTest {
    private static final String BOTH = "org.custodian.store.testing.TestDatabases#both";

    @ParameterizedTest
    @MethodSource(BOTH)
    void entriesAreNumberedFromOneAndEachChainsToTheOneBefore(TestDatabases.Db db) {
        Store store = db.fresh();
        JdbcAuditTrail trail = AuditFixtures.trail(store);
        assertThat(trail.head()).isEqualTo(new AuditHead(0, AuditCanonical.ZERO_HASH));

        AuditEntry first = trail.append(ALICE, "finding.triage", "finding:1", Map.of("reason", "test data", "to", "FALSE_POSITIVE"));
        AuditEntry second = trail.append(BOB, "scan.start", "scan:1", Map.of());

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(AuditCanonical.ZERO_HASH);
        assertThat(first.hash()).matches("[0-9a-f]{64}");
        assertThat(first.at()).isEqualTo(Instant.parse("2026-11-24T09:00:00.123Z"));
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(trail.head()).isEqualTo(new AuditHead(2, second.hash()));
        assertThat(trail.latest(10)).containsExactly(first, second);
        assertThat(trail.latest(1)).containsExactly(second);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void theHashIsAKeyedMacOverTheCanonicalFormWhateverTheDetailsOrder(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditEntry e = AuditFixtures.trail(store).append(ALICE, "a.b", "s", Map.of("z", "1", "a", "2"));
        String expected = AuditCanonical.entryMac(AuditFixtures.key(), 1, e.at(), AuditFixtures.KEY_ID,
                "alice", "dpo", "cli", "a.b", "s", new java.util.LinkedHashMap<>(Map.of("a", "2", "z", "1")),
                AuditCanonical.ZERO_HASH);
        assertThat(e.hash()).isEqualTo(expected);
        String otherKey = AuditCanonical.entryMac(AuditFixtures.key('x'), 1, e.at(), AuditFixtures.KEY_ID,
                "alice", "dpo", "cli", "a.b", "s", Map.of("a", "2", "z", "1"), AuditCanonical.ZERO_HASH);
        assertThat(e.hash()).isNotEqualTo(otherKey);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void theCanonicalFormCannotBeShiftedBetweenFields(TestDatabases.Db db) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        String a = AuditCanonical.entryMac(AuditFixtures.key(), 1, at, "k", "n", "r", "c", "x.y", "ab", Map.of(), "0");
        String b = AuditCanonical.entryMac(AuditFixtures.key(), 1, at, "k", "n", "r", "c", "x.ya", "b", Map.of(), "0");
        assertThat(a).isNotEqualTo(b);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void actorsAreRecordedWithFirstAndLastSeenAndLatestRole(TestDatabases.Db db) {
        Store store = db.fresh();
        JdbcAuditTrail trail = AuditFixtures.trail(store);
        trail.append(ALICE, "a", "s", Map.of());
        trail.append(BOB, "a", "s", Map.of());
        trail.append(new org.custodian.store.actor.Actor("alice", "security", "cli"), "a", "s", Map.of());

        List<JdbcActors.Seen> seen = new JdbcActors(store).list();
        assertThat(seen).extracting(JdbcActors.Seen::name).containsExactly("alice", "bob");
        JdbcActors.Seen alice = seen.get(0);
        assertThat(alice.role()).isEqualTo("security");
        assertThat(alice.firstSeen()).isEqualTo(Instant.parse("2026-11-24T09:00:00.123Z"));
        assertThat(alice.lastSeen()).isEqualTo(Instant.parse("2026-11-24T09:00:02.123Z"));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void refusesEntriesWithoutActionSubjectOrWithNullDetails(TestDatabases.Db db) {
        JdbcAuditTrail trail = AuditFixtures.trail(db.fresh());
        assertThatThrownBy(() -> trail.append(ALICE, " ", "s", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trail.append(ALICE, "a", "", Map.of())).isInstanceOf(IllegalArgumentException.class);
        Map<String, String> withNull = new java.util.HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> trail.append(ALICE, "a", "s", withNull)).isInstanceOf(NullPointerException.class);
        assertThat(trail.head().seq()).isZero();
    }

    /** Separate trail instances stand in for separate processes: they share nothing but the database. */
    @ParameterizedTest
    @MethodSource(BOTH)
    void concurrentWritersAppendAGaplessChainWithNoEntryLost(TestDatabases.Db db) throws Exception {
        Store store = db.fresh();
        int writers = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<List<AuditEntry>>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String name = "writer" + w;
                jobs.add(() -> {
                    JdbcAuditTrail own = new JdbcAuditTrail(store, AuditFixtures.key(), AuditFixtures.KEY_ID);
                    List<AuditEntry> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(own.append(new org.custodian.store.actor.Actor(name, "operator", "cli"),
                                "test.append", name + ":" + i, Map.of("i", Integer.toString(i))));
                    }
                    return mine;
                });
            }
            Set<Long> seqs = new HashSet<>();
            for (Future<List<AuditEntry>> f : pool.invokeAll(jobs)) {
                for (AuditEntry e : f.get()) seqs.add(e.seq());
            }
            assertThat(seqs).hasSize(writers * each);
            assertThat(seqs).allMatch(s -> s >= 1 && s <= writers * each);
        } finally {
            pool.shutdownNow();
        }
        JdbcAuditTrail trail = AuditFixtures.trail(store);
        assertThat(trail.head().seq()).isEqualTo(writers * each);
        List<AuditEntry> all = trail.latest(writers * each);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).prevHash()).isEqualTo(all.get(i - 1).hash());
        }
    }
}
