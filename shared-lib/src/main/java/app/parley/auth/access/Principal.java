package app.parley.auth.access;

import app.parley.tenancy.model.TenantId;
import java.util.Objects;

/**
 * The authenticated caller, as a verified access token (or a login) says. A platform admin has no
 * tenant; a tenant's staff member always has exactly one. The type says which, so no code has to
 * guess from a missing tenant id.
 */
public sealed interface Principal {
    String userId();

    AccessRole role();

    static Principal of(String userId, TenantId tenantOrNull, AccessRole role) {
        return role == AccessRole.SUPER_ADMIN ? new PlatformAdmin(userId) : new TenantStaff(userId, tenantOrNull, role);
    }

    record PlatformAdmin(String userId) implements Principal {
        public PlatformAdmin {
            requireUserId(userId);
        }

        @Override
        public AccessRole role() {
            return AccessRole.SUPER_ADMIN;
        }
    }

    record TenantStaff(String userId, TenantId tenant, AccessRole role) implements Principal {
        public TenantStaff {
            requireUserId(userId);
            Objects.requireNonNull(tenant, "tenant staff need a tenant");
            Objects.requireNonNull(role, "role");
            if (!role.isTenantRole()) throw new IllegalArgumentException("a super admin is not tenant staff");
        }
    }

    private static void requireUserId(String userId) {
        if (userId == null || userId.isBlank() || userId.length() > 128) {
            throw new IllegalArgumentException("not a user id");
        }
    }
}
