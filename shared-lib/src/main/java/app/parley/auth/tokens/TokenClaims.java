package app.parley.auth.tokens;

import app.parley.auth.access.AccessRole;
import app.parley.auth.access.Principal;
import app.parley.tenancy.model.TenantId;

/** Turns verified claims into a principal; refuses inconsistent ones (a super admin with a tenant, staff without). */
final class TokenClaims {
    private TokenClaims() {}

    static Principal principal(String subject, String tenant, String role) {
        if (role == null) throw new IllegalArgumentException("no role claim");
        AccessRole accessRole = AccessRole.valueOf(role);
        if (accessRole == AccessRole.SUPER_ADMIN) {
            if (tenant != null) throw new IllegalArgumentException("a super admin token carries no tenant");
            return new Principal.PlatformAdmin(subject);
        }
        return new Principal.TenantStaff(subject, new TenantId(tenant), accessRole);
    }
}
