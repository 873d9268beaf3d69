package org.custodian.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code roles} section: the role each operating-system user acts in on the command line,
 * as the audit trail records it.
 *
 * @param defaultRole the role of users not listed (YAML key {@code default}; {@code operator} when unset)
 * @param users       OS user name to role
 */
public record RolesConfig(@JsonProperty("default") String defaultRole, Map<String, String> users) {
    public static final String DEFAULT_ROLE = "operator";

    public RolesConfig {
        defaultRole = defaultRole == null ? DEFAULT_ROLE : defaultRole;
        users = users == null ? Map.of() : Map.copyOf(new TreeMap<>(users));
    }

    public static RolesConfig defaults() {
        return new RolesConfig(null, null);
    }
}
