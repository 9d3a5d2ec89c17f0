package app.parley.auth.tokens;

import app.parley.auth.access.Principal;
import java.util.Optional;

/**
 * Port to the user store, asked at every refresh: who the session's user is now. Empty when the
 * user was removed or disabled (or the tenant suspended), which ends the session; a changed role
 * takes effect in the next access token.
 */
@FunctionalInterface
public interface CurrentPrincipals {
    Optional<Principal> current(Principal asLoggedIn);
}
