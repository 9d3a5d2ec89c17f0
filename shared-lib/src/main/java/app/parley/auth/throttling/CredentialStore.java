package app.parley.auth.throttling;

import app.parley.auth.access.Principal;
import java.util.Optional;

/** Port to the user store for logins. Emails arrive stripped and lower-cased. */
public interface CredentialStore {
    Optional<StoredCredential> find(String normalizedEmail);

    /** Stores a fresh hash after a successful login with outdated hashing parameters (the principal locates the user). */
    void replaceHash(Principal principal, String newPasswordHash);
}
