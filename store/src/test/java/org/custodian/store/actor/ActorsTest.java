package org.custodian.store.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorsTest {
    @Test
    void theOsUserActsOnTheCommandLineInTheRoleConfiguredForThem() {
        String me = System.getProperty("user.name");
        Actor configured = Actors.fromOs(new RoleMapping(Map.of(me, "dpo"), "operator"));
        assertThat(configured).isEqualTo(new Actor(me, "dpo", "cli"));
        assertThat(Actors.fromOs(RoleMapping.defaults())).isEqualTo(new Actor(me, "operator", "cli"));
    }

    @Test
    void unlistedUsersGetTheDefaultRole() {
        RoleMapping roles = new RoleMapping(Map.of("alice", "dpo"), "analyst");
        assertThat(Actors.forUser("bob", roles, "server")).isEqualTo(new Actor("bob", "analyst", "server"));
        assertThat(Actors.forUser("", roles, "cli").name()).isEqualTo("unknown");
    }
}
