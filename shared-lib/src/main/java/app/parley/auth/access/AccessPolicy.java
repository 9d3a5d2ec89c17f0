package app.parley.auth.access;

import app.parley.auth.access.AccessDecision.Allowed;
import app.parley.auth.access.AccessDecision.Forbidden;
import app.parley.auth.access.Principal.PlatformAdmin;
import app.parley.auth.access.Principal.TenantStaff;

/**
 * Decides whether a principal may use a permission. Tenant permissions need tenant staff of at
 * least the permission's role; platform permissions need a super admin. A super admin never gets a
 * tenant permission: the platform panel works on platform items and aggregates, and support access
 * to a tenant's data, when it exists, will be an explicit, audited, time-boxed grant rather than a
 * side effect of rank.
 */
public final class AccessPolicy {
    private static final Allowed ALLOWED = new Allowed();

    private AccessPolicy() {}

    public static AccessDecision decide(Principal principal, Permission permission) {
        return switch (principal) {
            case PlatformAdmin admin -> permission.isPlatform()
                    ? ALLOWED
                    : new Forbidden("platform admins do not act inside a tenant's data");
            case TenantStaff staff -> decideForStaff(staff, permission);
        };
    }

    /** Whether the principal may give a user the role (invite, change role). Never SUPER_ADMIN. */
    public static AccessDecision mayAssign(Principal principal, AccessRole role) {
        if (!role.isTenantRole()) return new Forbidden("the super admin role is never assigned through the admin API");
        return switch (principal) {
            case PlatformAdmin admin -> ALLOWED; // creating a tenant's first admin is a platform operation
            case TenantStaff staff -> staff.role().includes(AccessRole.TENANT_ADMIN)
                    ? ALLOWED
                    : new Forbidden("only a tenant admin assigns roles");
        };
    }

    private static AccessDecision decideForStaff(TenantStaff staff, Permission permission) {
        if (permission.isPlatform()) return new Forbidden("platform operations are for platform admins");
        return staff.role().includes(permission.minimumRole())
                ? ALLOWED
                : new Forbidden(permission + " needs " + permission.minimumRole() + ", caller is " + staff.role());
    }
}
