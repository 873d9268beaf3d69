package org.custodian.store.audit;

import java.util.Map;
import org.custodian.store.Store;
import org.custodian.store.actor.Actor;

/** A separate JVM appending to a shared database, for {@link MultiProcessAppendTest}. */
public final class AppendProcess {
    private AppendProcess() {
    }

    /** Arguments: JDBC URL, writer name, number of entries. */
    public static void main(String[] args) {
        Store store = Store.open(args[0]);
        JdbcAuditTrail trail = new JdbcAuditTrail(store, AuditFixtures.key(), AuditFixtures.KEY_ID);
        Actor actor = new Actor(args[1], "operator", "cli");
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) trail.append(actor, "test.append", args[1] + ":" + i, Map.of());
    }
}
