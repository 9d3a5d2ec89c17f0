package app.parley.auth.model;

/** Roles by rank: a higher rank may do everything a lower one may. */
public enum Role {
    AGENT(10), MANAGER(20), TENANT_ADMIN(30), SUPER_ADMIN(100);

    private final int rank;

    Role(int rank) { this.rank = rank; }

    public int rank() { return rank; }

    public boolean atLeast(Role other) { return rank >= other.rank; }
}
