package app.parley.auth.model;

import app.parley.tenancy.model.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who logs in: a tenant's staff, or (without a tenant) a platform super admin.
 *
 * @param tenant empty for platform users, who alone are SUPER_ADMIN
 * @param passwordHash an Argon2id hash made by the auth feature; never a password
 */
public record User(UserId id, Optional<TenantId> tenant, Email email, String name, Role role,
                   String passwordHash, boolean active) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name");
        if (passwordHash == null || passwordHash.isBlank()) throw new IllegalArgumentException("passwordHash");
        if (tenant.isEmpty() != (role == Role.SUPER_ADMIN)) throw new IllegalArgumentException("only platform users are SUPER_ADMIN");
    }

    public static User ofTenant(TenantId tenant, UserId id, Email email, String name, Role role, String passwordHash) {
        return new User(id, Optional.of(tenant), email, name, role, passwordHash, true);
    }

    public static User ofPlatform(UserId id, Email email, String name, String passwordHash) {
        return new User(id, Optional.empty(), email, name, Role.SUPER_ADMIN, passwordHash, true);
    }

    public User deactivated() { return new User(id, tenant, email, name, role, passwordHash, false); }

    public User withRole(Role next) { return new User(id, tenant, email, name, next, passwordHash, active); }
}
