package app.parley.auth.infrastructure;

import app.parley.auth.access.Principal;
import app.parley.auth.application.Users;
import app.parley.auth.tokens.CurrentPrincipals;
import app.parley.tenancy.application.Tenants;
import java.util.Optional;

/** Who a session's user is now (consistent reads): a changed role shows in the next token; a disabled user ends the session. */
public final class DynamoCurrentPrincipals implements CurrentPrincipals {
    private final Users users;
    private final Tenants tenants;

    public DynamoCurrentPrincipals(Users users, Tenants tenants) {
        this.users = users;
        this.tenants = tenants;
    }

    @Override
    public Optional<Principal> current(Principal asLoggedIn) {
        return UserPrincipals.find(users, asLoggedIn)
                .filter(u -> UserPrincipals.mayAct(u, tenants))
                .map(UserPrincipals::principal);
    }
}
