package app.parley.auth.throttling;

import java.util.Optional;

/** Port to the user store for logins. Emails arrive stripped and lower-cased. */
public interface CredentialStore {
    Optional<StoredCredential> find(String normalizedEmail);

    /** Stores a fresh hash after a successful login with outdated hashing parameters. */
    void replaceHash(String userId, String newPasswordHash);
}
