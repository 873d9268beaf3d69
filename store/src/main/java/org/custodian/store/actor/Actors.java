package org.custodian.store.actor;

/** Where actors come from on each surface; the command line's is the operating-system user. */
public final class Actors {
    public static final String CLI = "cli";

    private Actors() {
    }

    /** The OS user running this process ({@code user.name}), with the role configured for them. */
    public static Actor fromOs(RoleMapping roles) {
        return forUser(System.getProperty("user.name"), roles, CLI);
    }

    /** A named user on a channel, with the role configured for them. */
    public static Actor forUser(String user, RoleMapping roles, String channel) {
        String name = user == null || user.isBlank() ? "unknown" : user;
        return new Actor(name, roles.roleOf(name), channel);
    }
}
