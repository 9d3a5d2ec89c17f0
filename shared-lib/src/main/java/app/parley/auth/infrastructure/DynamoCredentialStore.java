package app.parley.auth.infrastructure;

import app.parley.auth.access.Principal;
import app.parley.auth.application.Users;
import app.parley.auth.model.Email;
import app.parley.auth.throttling.CredentialStore;
import app.parley.auth.throttling.StoredCredential;
import app.parley.tenancy.application.Tenants;
import java.util.Optional;

/** Login credentials from the user store: the platform-wide email claim leads to the user. */
public final class DynamoCredentialStore implements CredentialStore {
    private final Users users;
    private final Tenants tenants;

    public DynamoCredentialStore(Users users, Tenants tenants) {
        this.users = users;
        this.tenants = tenants;
    }

    @Override
    public Optional<StoredCredential> find(String normalizedEmail) {
        Email email;
        try {
            email = new Email(normalizedEmail);
        } catch (IllegalArgumentException notAnEmail) {
            return Optional.empty();
        }
        return users.findByEmail(email).map(u -> new StoredCredential(UserPrincipals.principal(u), u.passwordHash(),
                UserPrincipals.mayAct(u, tenants)));
    }

    @Override
    public void replaceHash(Principal principal, String newPasswordHash) {
        UserPrincipals.find(users, principal).ifPresent(u -> users.update(new app.parley.auth.model.User(u.id(), u.tenant(),
                u.email(), u.name(), u.role(), newPasswordHash, u.active())));
    }
}
