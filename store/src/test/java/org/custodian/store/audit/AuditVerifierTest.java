package org.custodian.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodian.store.audit.AuditFixtures.ALICE;
import static org.custodian.store.audit.AuditFixtures.KEY_ID;
import static org.custodian.store.audit.AuditFixtures.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.custodian.store.Store;
import org.custodian.store.audit.AuditReport.Problem;
import org.custodian.store.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each tamper is done as someone with database access but without the key would: raw SQL. */
class AuditVerifierTest {
    private static final String BOTH = "org.custodian.store.testing.TestDatabases#both";
    private static final String FORGED_HASH = "ab".repeat(32);

    @TempDir
    Path tmp;

    private static AuditVerifier verifier(Store store) {
        return new AuditVerifier(store, Map.of(KEY_ID, AuditFixtures.key()));
    }

    private static AuditReport verify(Store store) {
        return verifier(store).verify();
    }

    private static AuditReport verify(Store store, AuditCheckpoint cp) {
        return verifier(store).verify(Optional.of(cp));
    }

    private static void assertBroken(AuditReport r, long seq, Problem problem) {
        assertThat(r.intact()).as(r.summary()).isFalse();
        assertThat(r.problem()).as(r.summary()).isEqualTo(problem);
        assertThat(r.firstBrokenSeq()).as(r.summary()).isEqualTo(seq);
    }

    private static String hashOf(Store store, long seq) {
        return AuditFixtures.trail(store).latest(100).stream().filter(e -> e.seq() == seq).findFirst().orElseThrow().hash();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anUntouchedChainIsIntact(TestDatabases.Db db) {
        Store store = db.fresh();
        assertThat(verify(store).intact()).isTrue();
        AuditFixtures.withFiveEntries(store);
        AuditReport r = verify(store);
        assertThat(r.intact()).as(r.summary()).isTrue();
        assertThat(r.checked()).isEqualTo(5);
        assertThat(r.headSeq()).isEqualTo(5);
        assertThat(r.summary()).isEqualTo("intact: 5 entries, head seq 5");
        assertThat(r.headHash()).isEqualTo(hashOf(store, 5));
        AuditCheckpoint cp = AuditFixtures.trail(store).checkpoint(r);
        assertThat(cp.seq()).isEqualTo(5);
        assertThat(cp.hash()).isEqualTo(r.headHash());
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anEditedSubjectIsFound(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        sql(store, "UPDATE audit_entry SET subject = 'exposure:4' WHERE seq = 3");
        AuditReport r = verify(store);
        assertBroken(r, 3, Problem.HASH_MISMATCH);
        assertThat(r.checked()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void editedDetailsActorOrTimeAreFound(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        sql(store, "UPDATE audit_entry SET details = '{\"from\":\"OPEN\",\"reason\":\"needed\",\"to\":\"REMEDIATED\"}' WHERE seq = 3");
        assertBroken(verify(store), 3, Problem.HASH_MISMATCH);

        Store other = db.fresh();
        AuditFixtures.withFiveEntries(other);
        sql(other, "UPDATE audit_entry SET actor_name = 'mallory' WHERE seq = 2");
        assertBroken(verify(other), 2, Problem.HASH_MISMATCH);

        Store third = db.fresh();
        AuditFixtures.withFiveEntries(third);
        sql(third, "UPDATE audit_entry SET at = at + INTERVAL '1' DAY WHERE seq = 4");
        assertBroken(verify(third), 4, Problem.HASH_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anEditBelowTheMillisecondTheMacCoversIsFound(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        sql(store, "UPDATE audit_entry SET at = TIMESTAMP WITH TIME ZONE '2026-11-24 09:00:03.123400+00:00' WHERE seq = 4");
        assertBroken(verify(store), 4, Problem.HASH_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anEntryRehashedWithAnotherKeyIsFound(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        AuditEntry e = AuditFixtures.trail(store).latest(5).get(2);
        String forged = AuditCanonical.entryMac(AuditFixtures.key('m'), 3, e.at(), KEY_ID, e.actorName(),
                e.actorRole(), e.actorChannel(), e.action(), "exposure:4", e.details(), e.prevHash());
        sql(store, "UPDATE audit_entry SET subject = 'exposure:4', hash = '" + forged + "' WHERE seq = 3");
        assertBroken(verify(store), 3, Problem.HASH_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aDeletedEntryIsFoundAsAGap(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        sql(store, "DELETE FROM audit_entry WHERE seq = 3");
        AuditReport r = verify(store);
        assertBroken(r, 3, Problem.MISSING_ENTRIES);
        assertThat(r.detail()).contains("entries 3 are missing");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aDeletedEntryWithTheRestRenumberedIsFound(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        sql(store, "DELETE FROM audit_entry WHERE seq = 3",
                "UPDATE audit_entry SET seq = seq - 1 WHERE seq > 3",
                "UPDATE audit_head SET seq = 4");
        assertBroken(verify(store), 3, Problem.BROKEN_LINK);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anEntryAppendedPastTheHeadIsFound(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        String head = hashOf(store, 5);
        String insert = "INSERT INTO audit_entry (" + AuditRows.COLUMNS + ") VALUES (6,"
                + " TIMESTAMP WITH TIME ZONE '2026-11-24 10:00:00+00:00', 'alice', 'dpo', 'cli', 'finding.triage',"
                + " 'finding:9', '{}', '" + KEY_ID + "', '" + head + "', '" + FORGED_HASH + "')";
        sql(store, insert);
        assertBroken(verify(store), 6, Problem.HASH_MISMATCH);
        sql(store, "UPDATE audit_head SET seq = 6, hash = '" + FORGED_HASH + "'");
        assertBroken(verify(store), 6, Problem.HASH_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anEntryInsertedInTheMiddleIsFound(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        String two = hashOf(store, 2);
        sql(store, "UPDATE audit_entry SET seq = seq + 100 WHERE seq >= 3",
                "UPDATE audit_entry SET seq = seq - 99 WHERE seq >= 103",
                "INSERT INTO audit_entry (" + AuditRows.COLUMNS + ") VALUES (3,"
                        + " TIMESTAMP WITH TIME ZONE '2026-11-24 09:00:01.500+00:00', 'alice', 'dpo', 'cli',"
                        + " 'allowlist.add', 'hash:x', '{}', '" + KEY_ID + "', '" + two + "', '" + FORGED_HASH + "')",
                "UPDATE audit_head SET seq = 6");
        assertBroken(verify(store), 3, Problem.HASH_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void reorderedEntriesAreFound(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        sql(store, "UPDATE audit_entry SET seq = -2 WHERE seq = 2",
                "UPDATE audit_entry SET seq = 2 WHERE seq = 3",
                "UPDATE audit_entry SET seq = 3 WHERE seq = -2");
        assertBroken(verify(store), 2, Problem.BROKEN_LINK);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aNumberBelowOneIsFound(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        sql(store, "UPDATE audit_entry SET seq = 0 WHERE seq = 1");
        assertBroken(verify(store), 0, Problem.UNEXPECTED_SEQ);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void unreadableDetailsAreReportedNotThrown(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        sql(store, "UPDATE audit_entry SET details = 'not json' WHERE seq = 2");
        assertBroken(verify(store), 2, Problem.UNREADABLE_ENTRY);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aTailCutWithoutTouchingTheHeadRowIsFoundFromTheHeadRow(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        sql(store, "DELETE FROM audit_entry WHERE seq >= 4");
        AuditReport r = verify(store);
        assertBroken(r, 4, Problem.HEAD_MISMATCH);
        assertThat(r.detail()).contains("entries 4..5 were cut off");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aHeadRowThatDisagreesWithTheChainIsFound(TestDatabases.Db db) {
        Store store = db.fresh();
        AuditFixtures.withFiveEntries(store);
        sql(store, "UPDATE audit_head SET hash = '" + FORGED_HASH + "'");
        assertBroken(verify(store), 5, Problem.HEAD_MISMATCH);

        Store other = db.fresh();
        AuditFixtures.withFiveEntries(other);
        sql(other, "UPDATE audit_head SET seq = 3, hash = '" + hashOf(other, 3) + "'");
        AuditReport r = verify(other);
        assertBroken(r, 4, Problem.HEAD_MISMATCH);
        assertThat(r.detail()).contains("past the head row's seq 3");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aTailCutWithTheHeadRowRewoundIsFoundOnlyWithACheckpoint(TestDatabases.Db db) {
        Store store = db.fresh();
        JdbcAuditTrail trail = AuditFixtures.withFiveEntries(store);
        AuditCheckpoint cp = trail.checkpoint();
        assertThat(cp.seq()).isEqualTo(5);
        String three = hashOf(store, 3);
        sql(store, "DELETE FROM audit_entry WHERE seq >= 4", "UPDATE audit_head SET seq = 3, hash = '" + three + "'");

        assertThat(verify(store).intact()).as("the chain alone cannot show a clean cut").isTrue();
        AuditReport r = verify(store, cp);
        assertBroken(r, 4, Problem.TAIL_CUT);
        assertThat(r.detail()).contains("checkpoint records seq 5").contains("ends at 3");
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aChainThatGrewAfterTheCheckpointIsIntact(TestDatabases.Db db) {
        Store store = db.fresh();
        JdbcAuditTrail trail = AuditFixtures.trail(store);
        trail.append(ALICE, "a", "s", Map.of());
        AuditCheckpoint early = trail.checkpoint();
        AuditCheckpoint empty = AuditCheckpoint.sign(0, AuditCanonical.ZERO_HASH, java.time.Instant.now(), KEY_ID,
                AuditFixtures.key());
        trail.append(ALICE, "b", "s", Map.of());
        AuditReport r = verify(store, early);
        assertThat(r.intact()).as(r.summary()).isTrue();
        assertThat(r.summary()).isEqualTo("intact: 2 entries, head seq 2, consistent with the checkpoint at seq 1");
        assertThat(verify(store, empty).intact()).isTrue();
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void aChainRewrittenWithTheKeyIsFoundOnlyWithACheckpoint(TestDatabases.Db db) {
        Store store = db.fresh();
        JdbcAuditTrail trail = AuditFixtures.withFiveEntries(store);
        AuditCheckpoint cp = trail.checkpoint();
        // someone holding the key starts the chain over with different history
        sql(store, "DELETE FROM audit_entry", "UPDATE audit_head SET seq = 0, hash = '" + AuditCanonical.ZERO_HASH + "'");
        for (int i = 0; i < 6; i++) trail.append(ALICE, "config.change", "config", Map.of("i", Integer.toString(i)));

        assertThat(verify(store).intact()).isTrue();
        assertBroken(verify(store, cp), 5, Problem.CHECKPOINT_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anEditedOrForeignCheckpointIsRefused(TestDatabases.Db db) throws IOException {
        Store store = db.fresh();
        JdbcAuditTrail trail = AuditFixtures.withFiveEntries(store);
        AuditCheckpoint cp = trail.checkpoint();
        AuditCheckpoint lowered = new AuditCheckpoint(3, hashOf(store, 3), cp.at(), cp.keyId(), cp.mac());
        AuditReport r = verify(store, lowered);
        assertThat(r.problem()).isEqualTo(Problem.CHECKPOINT_INVALID);
        assertThat(r.firstBrokenSeq()).isNull();

        AuditCheckpoint foreign = new AuditCheckpoint(5, cp.hash(), cp.at(), "fedcba9876543210", cp.mac());
        assertThat(verify(store, foreign).problem()).isEqualTo(Problem.UNKNOWN_KEY);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void entriesUnderARetiredKeyVerifyWhenTheVerifierHasThatKey(TestDatabases.Db db) {
        Store store = db.fresh();
        new JdbcAuditTrail(store, AuditFixtures.key('o'), "1111111111111111").append(ALICE, "a", "s", Map.of());
        new JdbcAuditTrail(store, AuditFixtures.key('n'), "2222222222222222").append(ALICE, "b", "s", Map.of());

        AuditReport both = new AuditVerifier(store, Map.of("1111111111111111", AuditFixtures.key('o'),
                "2222222222222222", AuditFixtures.key('n'))).verify();
        assertThat(both.intact()).as(both.summary()).isTrue();
        AuditReport currentOnly = new AuditVerifier(store, Map.of("2222222222222222", AuditFixtures.key('n'))).verify();
        assertBroken(currentOnly, 1, Problem.UNKNOWN_KEY);
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void checkpointsRoundTripThroughTheirFile(TestDatabases.Db db) throws IOException {
        Store store = db.fresh();
        AuditCheckpoint cp = AuditFixtures.withFiveEntries(store).checkpoint();
        Path file = tmp.resolve("cp-" + db.name() + ".json");
        cp.write(file);
        assertThat(Files.readString(file)).contains("\"format\" : \"custodian-audit-checkpoint-v1\"").contains("\"seq\" : 5");
        AuditCheckpoint back = AuditCheckpoint.read(file);
        assertThat(back).isEqualTo(cp);
        assertThat(back.macMatches(AuditFixtures.key())).isTrue();

        Files.writeString(file, Files.readString(file).replace("\"seq\" : 5", "\"seq\" : 2"));
        assertThat(AuditCheckpoint.read(file).macMatches(AuditFixtures.key())).isFalse();
        Files.writeString(file, "{\"hello\": 1}");
        assertThatThrownBy(() -> AuditCheckpoint.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a checkpoint");
    }
}
