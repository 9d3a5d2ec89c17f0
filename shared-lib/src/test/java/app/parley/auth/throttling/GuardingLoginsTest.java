package app.parley.auth.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.auth.access.Principal;
import app.parley.auth.passwords.Argon2Parameters;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.auth.throttling.LoginOutcome.Authenticated;
import app.parley.auth.throttling.LoginOutcome.BadCredentials;
import app.parley.auth.throttling.LoginOutcome.Throttled;
import app.parley.auth.tokens.TestClock;
import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardingLoginsTest {
    static final String IP = "203.0.113.7";
    static final String PASSWORD = "tortilla-sunset-42";
    static final Principal MANAGER = new Principal.TenantStaff("usr_m", TenantId.newId(), AccessRole.MANAGER);

    /** The user store as the port sees it: a map, keyed by normalized email. */
    static final class Users implements CredentialStore {
        final Map<String, StoredCredential> byEmail = new HashMap<>();

        @Override
        public Optional<StoredCredential> find(String normalizedEmail) {
            return Optional.ofNullable(byEmail.get(normalizedEmail));
        }

        @Override
        public void replaceHash(app.parley.auth.access.Principal principal, String newPasswordHash) {
            byEmail.replaceAll((email, c) -> c.principal().equals(principal)
                    ? new StoredCredential(c.principal(), newPasswordHash, c.enabled()) : c);
        }
    }

    final TestClock clock = TestClock.at("2025-03-01T10:00:00Z");
    final PasswordHasher hasher = new PasswordHasher(new Argon2Parameters(1024, 1, 1));
    final Users users = new Users();
    final GuardingLogins logins = new GuardingLogins(users, hasher, LoginThrottle.withDefaults(new InMemoryThrottleStore<>(), clock));

    @Test
    void the_right_password_authenticates_whatever_the_email_case() {
        users.byEmail.put("manager@clinic.example", new StoredCredential(MANAGER, hasher.hash(PASSWORD), true));

        assertThat(logins.check(" Manager@Clinic.example", PASSWORD, IP)).isEqualTo(new Authenticated(MANAGER));
    }

    @Test
    void wrong_password_unknown_email_and_disabled_user_look_the_same() {
        users.byEmail.put("manager@clinic.example", new StoredCredential(MANAGER, hasher.hash(PASSWORD), true));
        users.byEmail.put("gone@clinic.example", new StoredCredential(MANAGER, hasher.hash(PASSWORD), false));

        assertThat(logins.check("manager@clinic.example", "wrong-password-1", IP)).isEqualTo(new BadCredentials());
        assertThat(logins.check("nobody@clinic.example", PASSWORD, IP)).isEqualTo(new BadCredentials());
        assertThat(logins.check("gone@clinic.example", PASSWORD, IP)).isEqualTo(new BadCredentials());
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one() {
        users.byEmail.put("manager@clinic.example", new StoredCredential(MANAGER, hasher.hash(PASSWORD), true));
        for (int i = 0; i < 5; i++) logins.check("manager@clinic.example", "wrong-password-" + i, IP);

        assertThat(logins.check("manager@clinic.example", PASSWORD, IP)).isEqualTo(new Throttled(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(logins.check("manager@clinic.example", PASSWORD, IP)).isEqualTo(new Authenticated(MANAGER));
    }

    @Test
    void unknown_emails_are_locked_like_known_ones() {
        for (int i = 0; i < 5; i++) logins.check("nobody@clinic.example", "guess-" + i, IP);

        assertThat(logins.check("nobody@clinic.example", "guess", "198.51.100.1")).isInstanceOf(Throttled.class);
    }

    @Test
    void a_login_with_an_outdated_hash_stores_a_fresh_one() {
        PasswordHasher weaker = new PasswordHasher(new Argon2Parameters(512, 1, 1));
        String oldHash = weaker.hash(PASSWORD);
        users.byEmail.put("manager@clinic.example", new StoredCredential(MANAGER, oldHash, true));

        assertThat(logins.check("manager@clinic.example", PASSWORD, IP)).isInstanceOf(Authenticated.class);

        String newHash = users.byEmail.get("manager@clinic.example").passwordHash();
        assertThat(newHash).isNotEqualTo(oldHash).contains("m=1024,t=1,p=1");
        assertThat(hasher.verify(PASSWORD, newHash)).isTrue();
    }
}
