package org.custodian.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RolesConfigTest {
    @Test
    void usersMapToRolesAndEveryoneElseGetsTheDefault() {
        CustodianConfig c = CustodianConfig.parse("""
                version: 1
                roles:
                  default: analyst
                  users:
                    alice: dpo
                    bob.smith: security
                """);
        assertThat(c.roles().defaultRole()).isEqualTo("analyst");
        assertThat(c.roles().users()).isEqualTo(Map.of("alice", "dpo", "bob.smith", "security"));
    }

    @Test
    void withoutARolesSectionEveryoneIsAnOperator() {
        assertThat(CustodianConfig.parse("version: 1\n").roles()).isEqualTo(new RolesConfig("operator", Map.of()));
        assertThat(CustodianConfig.defaults().roles().defaultRole()).isEqualTo("operator");
    }

    @Test
    void badRoleNamesAndUnknownKeysAreErrorsByPath() {
        assertThatThrownBy(() -> CustodianConfig.parse("""
                version: 1
                roles:
                  users:
                    alice: Data Protection Officer
                  admins: [bob]
                """)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("roles.users.alice")
                .hasMessageContaining("roles.admins: unknown key");
    }
}
