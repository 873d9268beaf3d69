package org.custodian.store.actor;

/**
 * Who did something. On the command line this is the operating-system user, given a role by
 * configuration; the server will bring signed-in users. Every audit entry names one.
 *
 * @param name    the user name ({@code alice}, or {@code system} for Custodian's own jobs)
 * @param role    the role that name maps to ({@code dpo}, {@code security}, {@code operator} ...)
 * @param channel where the action came from ({@code cli}, {@code server}, {@code icap}, {@code job})
 */
public record Actor(String name, String role, String channel) {
    public Actor {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an actor needs a name");
        if (role == null || role.isBlank()) throw new IllegalArgumentException("an actor needs a role");
        if (channel == null || channel.isBlank()) throw new IllegalArgumentException("an actor needs a channel");
    }

    /** Custodian acting on its own (retention purges, scheduled scans). */
    public static Actor system(String channel) {
        return new Actor("system", "system", channel);
    }
}
