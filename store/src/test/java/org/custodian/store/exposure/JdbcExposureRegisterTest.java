package org.custodian.store.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodian.store.exposure.ExposureKind.GROUP_WRITABLE;
import static org.custodian.store.exposure.ExposureKind.STALE;
import static org.custodian.store.exposure.ExposureKind.WORLD_READABLE;
import static org.custodian.store.exposure.ExposureStatus.ACCEPTED;
import static org.custodian.store.exposure.ExposureStatus.GONE;
import static org.custodian.store.exposure.ExposureStatus.OPEN;
import static org.custodian.store.exposure.ExposureStatus.REMEDIATED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.custodian.store.Store;
import org.custodian.store.actor.Actor;
import org.custodian.store.audit.AuditEntry;
import org.custodian.store.audit.JdbcAuditTrail;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JdbcExposureRegisterTest {
    private static final String BOTH = "org.custodian.store.testing.TestDatabases#both";
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Actor DPO = new Actor("alice", "dpo", "cli");

    private JdbcAuditTrail audit;

    private JdbcExposureRegister register(Store store) {
        audit = new JdbcAuditTrail(store, new byte[32], "0123456789abcdef");
        return new JdbcExposureRegister(store, audit);
    }

    private static Instant t(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aFirstObservationOpensAnExposureAndLaterOnesRefreshTheSameRow(TestDatabases.Db db) {
        JdbcExposureRegister r = register(db.fresh());
        Exposure first = r.observe(WORLD_READABLE, "/srv/hr/pay.xlsx", "mode 0644", 40, t(0));
        assertThat(first.id()).isPositive();
        assertThat(first.status()).isEqualTo(OPEN);
        assertThat(first.firstSeen()).isEqualTo(t(0));
        assertThat(first.lastSeen()).isEqualTo(t(0));
        assertThat(first.risk()).as("the documented formula, not the sensitivity alone").isEqualTo(RiskScore.of(WORLD_READABLE, 40));

        Exposure again = r.observe(WORLD_READABLE, "/srv/hr/pay.xlsx", "mode 0664", 90, t(5));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.firstSeen()).isEqualTo(t(0));
        assertThat(again.lastSeen()).isEqualTo(t(5));
        assertThat(again.reason()).isEqualTo("mode 0664");
        assertThat(again.sensitivity()).isEqualTo(90);

        Exposure otherKind = r.observe(GROUP_WRITABLE, "/srv/hr/pay.xlsx", "mode 0664", 90, t(5));
        assertThat(otherKind.id()).isNotEqualTo(first.id());
        assertThat(r.list(Set.of())).hasSize(2);
        assertThat(audit.head().seq()).as("observations that change no status are not audited").isZero();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anOlderObservationDoesNotMoveLastSeenBack(TestDatabases.Db db) {
        JdbcExposureRegister r = register(db.fresh());
        r.observe(STALE, "/srv/a", "older than 6 years", 10, t(5));
        assertThat(r.observe(STALE, "/srv/a", "older than 6 years", 10, t(1)).lastSeen()).isEqualTo(t(5));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void goneAndRemediatedReopenWhenSeenAgainButAcceptedStaysAccepted(TestDatabases.Db db) {
        JdbcExposureRegister r = register(db.fresh());
        Exposure gone = r.observe(WORLD_READABLE, "/srv/gone", "mode 0644", 50, t(0));
        Exposure fixed = r.observe(WORLD_READABLE, "/srv/fixed", "mode 0644", 50, t(0));
        Exposure accepted = r.observe(WORLD_READABLE, "/srv/accepted", "mode 0644", 50, t(0));
        r.markGone("/srv/gone", Set.of(WORLD_READABLE), t(1));
        r.setStatus(fixed.id(), REMEDIATED, "chmod 600 done", DPO);
        r.setStatus(accepted.id(), ACCEPTED, "public notice board, by design", DPO);
        long entriesBefore = audit.head().seq();

        assertThat(r.observe(WORLD_READABLE, "/srv/gone", "mode 0644", 50, t(2)).status()).isEqualTo(OPEN);
        assertThat(r.observe(WORLD_READABLE, "/srv/fixed", "mode 0644", 50, t(2)).status()).isEqualTo(OPEN);
        assertThat(r.observe(WORLD_READABLE, "/srv/accepted", "mode 0644", 50, t(2)).status()).isEqualTo(ACCEPTED);

        List<AuditEntry> reopens = audit.latest(10).stream().filter(e -> e.seq() > entriesBefore).toList();
        assertThat(reopens).extracting(AuditEntry::action).containsExactly("exposure.reopen", "exposure.reopen");
        assertThat(reopens).extracting(AuditEntry::subject)
                .containsExactly("exposure:" + gone.id(), "exposure:" + fixed.id());
        assertThat(reopens.get(1).details()).containsEntry("from", "REMEDIATED").containsEntry("to", "OPEN");
        assertThat(reopens.get(0).actorName()).isEqualTo("system");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void markGoneClosesOnlyOpenExposuresOfThoseKindsUnderThePrefixNotSeenSince(TestDatabases.Db db) {
        JdbcExposureRegister r = register(db.fresh());
        Exposure old = r.observe(WORLD_READABLE, "/srv/share/old.csv", "mode 0644", 50, t(0));
        Exposure fresh = r.observe(WORLD_READABLE, "/srv/share/fresh.csv", "mode 0644", 50, t(3));
        Exposure otherKind = r.observe(STALE, "/srv/share/old.csv", "older than 6 years", 50, t(0));
        Exposure elsewhere = r.observe(WORLD_READABLE, "/srv/other/old.csv", "mode 0644", 50, t(0));
        Exposure literal = r.observe(WORLD_READABLE, "/srv/shareXold.csv", "mode 0644", 50, t(0));
        Exposure accepted = r.observe(WORLD_READABLE, "/srv/share/kept.csv", "mode 0644", 50, t(0));
        r.setStatus(accepted.id(), ACCEPTED, "by design", DPO);

        // '_' in the prefix is a character, not LIKE's single-character wildcard
        assertThat(r.markGone("/srv/share_", Set.of(WORLD_READABLE), t(2))).isZero();
        assertThat(r.markGone("/srv/share/", Set.of(WORLD_READABLE), t(2))).isEqualTo(1);

        assertThat(r.find(old.id()).orElseThrow().status()).isEqualTo(GONE);
        assertThat(r.find(fresh.id()).orElseThrow().status()).isEqualTo(OPEN);
        assertThat(r.find(otherKind.id()).orElseThrow().status()).isEqualTo(OPEN);
        assertThat(r.find(elsewhere.id()).orElseThrow().status()).isEqualTo(OPEN);
        assertThat(r.find(literal.id()).orElseThrow().status()).isEqualTo(OPEN);
        assertThat(r.find(accepted.id()).orElseThrow().status()).isEqualTo(ACCEPTED);

        AuditEntry gone = audit.latest(1).get(0);
        assertThat(gone.action()).isEqualTo("exposure.gone");
        assertThat(gone.subject()).isEqualTo("exposures:/srv/share/");
        assertThat(gone.details()).containsEntry("count", "1").containsEntry("kinds", "WORLD_READABLE");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aPersonsStatusChangeIsAuditedWithWhoWhatAndWhy(TestDatabases.Db db) {
        JdbcExposureRegister r = register(db.fresh());
        Exposure e = r.observe(WORLD_READABLE, "/srv/hr/pay.xlsx", "mode 0644", 40, t(0));
        Exposure after = r.setStatus(e.id(), ACCEPTED, "shared on purpose with payroll", DPO);
        assertThat(after.status()).isEqualTo(ACCEPTED);

        AuditEntry entry = audit.latest(1).get(0);
        assertThat(entry.action()).isEqualTo("exposure.status");
        assertThat(entry.subject()).isEqualTo("exposure:" + e.id());
        assertThat(entry.actorName()).isEqualTo("alice");
        assertThat(entry.actorRole()).isEqualTo("dpo");
        assertThat(entry.details()).containsEntry("from", "OPEN").containsEntry("to", "ACCEPTED")
                .containsEntry("kind", "WORLD_READABLE").containsEntry("reason", "shared on purpose with payroll");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void statusChangesNeedAReasonAnExistingIdAndAreNeverGone(TestDatabases.Db db) {
        JdbcExposureRegister r = register(db.fresh());
        Exposure e = r.observe(WORLD_READABLE, "/srv/a", "mode 0644", 40, t(0));
        assertThatThrownBy(() -> r.setStatus(e.id(), ACCEPTED, " ", DPO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.setStatus(e.id(), GONE, "x", DPO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.setStatus(e.id() + 100, ACCEPTED, "x", DPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no exposure");
        assertThat(r.find(e.id()).orElseThrow().status()).isEqualTo(OPEN);
        assertThat(audit.head().seq()).isZero();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void listsByStatusRiskiestFirstWithTheRiskModelsScore(TestDatabases.Db db) {
        Store store = db.fresh();
        audit = new JdbcAuditTrail(store, new byte[32], "0123456789abcdef");
        RiskModel halfForStale = (kind, s) -> kind == STALE ? s / 2 : s;
        JdbcExposureRegister r = new JdbcExposureRegister(store, audit, halfForStale);
        r.observe(STALE, "/srv/a", "older than 6 years", 80, t(0));
        r.observe(WORLD_READABLE, "/srv/b", "mode 0644", 60, t(0));
        Exposure c = r.observe(WORLD_READABLE, "/srv/c", "mode 0644", 90, t(0));
        r.setStatus(c.id(), ACCEPTED, "by design", DPO);

        assertThat(r.list(Set.of())).extracting(Exposure::location).containsExactly("/srv/c", "/srv/b", "/srv/a");
        assertThat(r.list(Set.of(OPEN))).extracting(Exposure::risk).containsExactly(60, 40);
        assertThat(r.list(Set.of(ACCEPTED, GONE))).extracting(Exposure::location).containsExactly("/srv/c");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void longLocationsAreStoredWholeAndStayUnique(TestDatabases.Db db) {
        JdbcExposureRegister r = register(db.fresh());
        String deep = "/srv/" + "very-long-directory-name/".repeat(300) + "a.zip!/inner/b.docx";
        Exposure a = r.observe(WORLD_READABLE, deep, "mode 0644", 10, t(0));
        Exposure b = r.observe(WORLD_READABLE, deep, "mode 0644", 10, t(1));
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(b.location()).isEqualTo(deep);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void concurrentFirstObservationsOfOneExposureMakeOneRow(TestDatabases.Db db) throws Exception {
        Store store = db.fresh();
        JdbcExposureRegister r = register(store);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> jobs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int h = i;
                jobs.add(() -> r.observe(WORLD_READABLE, "/srv/race", "mode 0644", 30, t(h)).id());
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : pool.invokeAll(jobs)) ids.add(f.get());
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(r.list(Set.of())).singleElement().satisfies(e -> assertThat(e.lastSeen()).isEqualTo(t(7)));
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void refusesSensitivityOutsideTheScaleAndEmptyLocations(TestDatabases.Db db) {
        JdbcExposureRegister r = register(db.fresh());
        assertThatThrownBy(() -> r.observe(WORLD_READABLE, "/a", "x", 101, t(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.observe(WORLD_READABLE, "", "x", 1, t(0))).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.list(Set.of())).isEmpty();
    }
}
