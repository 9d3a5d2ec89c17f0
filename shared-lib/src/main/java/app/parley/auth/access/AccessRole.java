package app.parley.auth.access;

/**
 * Who a user is allowed to be. The names are those of {@code app.parley.auth.model.Role}, so the two
 * map one to one by name. Tenant roles are ordered by rank; {@link #SUPER_ADMIN} is the platform's
 * role and outranks nobody inside a tenant: it has no tenant at all (see {@link AccessPolicy}).
 */
public enum AccessRole {
    AGENT(1),
    MANAGER(2),
    TENANT_ADMIN(3),
    SUPER_ADMIN(4);

    private final int rank;

    AccessRole(int rank) {
        this.rank = rank;
    }

    public boolean isTenantRole() {
        return this != SUPER_ADMIN;
    }

    /** True when this tenant role is the given one or a higher one. */
    public boolean includes(AccessRole minimum) {
        return rank >= minimum.rank;
    }
}
