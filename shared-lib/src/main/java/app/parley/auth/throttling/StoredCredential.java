package app.parley.auth.throttling;

import app.parley.auth.access.Principal;

/** What the user store knows about a login email: who it is, the PHC password hash, and whether it may log in. */
public record StoredCredential(Principal principal, String passwordHash, boolean enabled) {
    @Override
    public String toString() {
        return "StoredCredential[" + principal + ", enabled=" + enabled + "]"; // never the hash
    }
}
