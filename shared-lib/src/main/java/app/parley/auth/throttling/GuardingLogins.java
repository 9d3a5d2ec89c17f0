package app.parley.auth.throttling;

import app.parley.auth.passwords.PasswordHasher;
import app.parley.auth.throttling.LoginOutcome.Authenticated;
import app.parley.auth.throttling.LoginOutcome.BadCredentials;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks an email and password behind the login throttle. An unknown email costs the same Argon2
 * work as a wrong password (a dummy hash is verified), and counts as a failure too, so neither the
 * response time nor the lockout tells which emails exist.
 */
public final class GuardingLogins {
    private final CredentialStore credentials;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    public GuardingLogins(CredentialStore credentials, PasswordHasher hasher, LoginThrottle throttle) {
        this.credentials = credentials;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    public LoginOutcome check(String email, String password, String clientIp) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (throttle.check(normalized, clientIp) instanceof ThrottleDecision.Throttled t) {
            return new LoginOutcome.Throttled(t.retryAfter());
        }
        Optional<StoredCredential> found = credentials.find(normalized);
        boolean matches = hasher.verifyOrBurn(password, found.map(StoredCredential::passwordHash));
        if (!matches || !found.get().enabled()) {
            throttle.failed(normalized, clientIp);
            return new BadCredentials();
        }
        throttle.succeeded(normalized);
        upgradeHash(found.get(), password);
        return new Authenticated(found.get().principal());
    }

    private void upgradeHash(StoredCredential credential, String password) {
        if (hasher.needsRehash(credential.passwordHash())) {
            credentials.replaceHash(credential.principal(), hasher.hash(password));
        }
    }
}
