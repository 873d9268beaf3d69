package org.custodian.store.actor;

import java.util.Map;

/**
 * Which role each operating-system user has until the server brings real sign-in: the
 * configuration's {@code roles} section. Users it does not name get {@code defaultRole}.
 *
 * @param byUser      OS user name to role ({@code alice: dpo})
 * @param defaultRole the role of everyone else
 */
public record RoleMapping(Map<String, String> byUser, String defaultRole) {
    /** The role of an OS user nobody has configured. */
    public static final String DEFAULT_ROLE = "operator";

    public RoleMapping {
        byUser = Map.copyOf(byUser);
        if (defaultRole == null || defaultRole.isBlank()) throw new IllegalArgumentException("a default role is needed");
    }

    /** No configuration: everyone is an operator. */
    public static RoleMapping defaults() {
        return new RoleMapping(Map.of(), DEFAULT_ROLE);
    }

    public String roleOf(String user) {
        return byUser.getOrDefault(user, defaultRole);
    }
}
