package app.parley.auth.infrastructure;

import app.parley.auth.access.AccessRole;
import app.parley.auth.access.Principal;
import app.parley.auth.application.Users;
import app.parley.auth.model.User;
import app.parley.auth.model.UserId;
import app.parley.common.model.Ids;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.TenantStatus;
import java.util.Optional;

/** Users as principals: who a stored user is to the access policy, and whether they may act now. */
final class UserPrincipals {
    private UserPrincipals() {}

    static Principal principal(User user) {
        return Principal.of(user.id().value(), user.tenant().orElse(null), AccessRole.valueOf(user.role().name()));
    }

    /** Active user of a tenant that is created or active (suspended and deleted tenants do not log in). */
    static boolean mayAct(User user, Tenants tenants) {
        if (!user.active()) return false;
        return user.tenant().map(t -> tenants.find(t)
                        .map(tenant -> tenant.status() == TenantStatus.ACTIVE || tenant.status() == TenantStatus.CREATED)
                        .orElse(false))
                .orElse(true);
    }

    static Optional<User> find(Users users, Principal principal) {
        if (!Ids.matches(UserId.PREFIX, principal.userId())) return Optional.empty();
        UserId id = new UserId(principal.userId());
        return switch (principal) {
            case Principal.PlatformAdmin admin -> users.findPlatformUser(id);
            case Principal.TenantStaff staff -> users.find(staff.tenant(), id);
        };
    }
}
