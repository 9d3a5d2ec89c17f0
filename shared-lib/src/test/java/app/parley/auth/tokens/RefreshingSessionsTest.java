package app.parley.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.auth.access.Principal;
import app.parley.auth.tokens.RefreshOutcome.Refreshed;
import app.parley.auth.tokens.RefreshOutcome.Rejected;
import app.parley.auth.tokens.RefreshOutcome.ReuseDetected;
import app.parley.auth.tokens.TokenVerification.Valid;
import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RefreshingSessionsTest {
    static final TenantId TENANT = TenantId.newId();
    static final Principal AGENT = new Principal.TenantStaff("usr_1", TENANT, AccessRole.AGENT);

    final TestClock clock = TestClock.at("2025-03-01T10:00:00Z");
    final AccessTokens accessTokens = new AccessTokens(SigningKeys.generate(), AccessTokenSettings.of("iss", "aud"), clock);
    final InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();
    Optional<Principal> currentUser = Optional.of(AGENT);
    final RefreshingSessions sessions = new RefreshingSessions(accessTokens, store, p -> currentUser, SessionSettings.DEFAULT, clock);

    @Test
    void a_login_gives_an_access_token_and_an_opaque_url_safe_refresh_token() {
        SessionTokens tokens = sessions.start(AGENT);

        assertThat(accessTokens.verify(tokens.accessToken().value())).isInstanceOf(Valid.class);
        assertThat(tokens.refreshToken()).matches("t_[0-9A-Z]{26}\\.ses_[0-9A-Z]{26}\\.[A-Za-z0-9_-]{43}");
        assertThat(tokens.sessionExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
    }

    @Test
    void only_the_hash_of_a_refresh_token_is_stored() {
        String token = sessions.start(AGENT).refreshToken();
        RefreshToken parsed = RefreshToken.parse(token).orElseThrow();

        assertThat(store.holds(parsed.session(), parsed.hash())).isTrue();
        assertThat(store.holds(parsed.session(), token)).isFalse();
        assertThat(parsed.hash()).hasSize(43).doesNotContain(parsed.secret());
    }

    @Test
    void a_refresh_hands_out_a_new_pair_and_spends_the_old_token() {
        String first = sessions.start(AGENT).refreshToken();

        RefreshOutcome outcome = sessions.refresh(first);

        assertThat(outcome).isInstanceOfSatisfying(Refreshed.class, r -> {
            assertThat(r.tokens().refreshToken()).isNotEqualTo(first);
            assertThat(accessTokens.verify(r.tokens().accessToken().value())).isInstanceOf(Valid.class);
            assertThat(sessions.refresh(r.tokens().refreshToken())).isInstanceOf(Refreshed.class);
        });
    }

    @Test
    void a_reused_token_revokes_the_whole_family() {
        String first = sessions.start(AGENT).refreshToken();
        String second = refreshed(sessions.refresh(first));

        assertThat(sessions.refresh(first)).isInstanceOf(ReuseDetected.class);
        assertThat(sessions.refresh(second)).isEqualTo(new Rejected(RefreshOutcome.Reason.REVOKED));
        assertThat(sessions.refresh(first)).isEqualTo(new Rejected(RefreshOutcome.Reason.REVOKED));
    }

    @Test
    void reuse_in_one_family_leaves_other_sessions_of_the_same_user_alone() {
        String stolen = sessions.start(AGENT).refreshToken();
        String otherDevice = sessions.start(AGENT).refreshToken();
        sessions.refresh(stolen);

        sessions.refresh(stolen);

        assertThat(sessions.refresh(otherDevice)).isInstanceOf(Refreshed.class);
    }

    @Test
    void two_refreshes_racing_with_one_token_have_exactly_one_winner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 50; round++) {
                String token = sessions.start(AGENT).refreshToken();
                CountDownLatch start = new CountDownLatch(1);
                Callable<RefreshOutcome> refresh = () -> { start.await(); return sessions.refresh(token); };
                List<Future<RefreshOutcome>> racing = List.of(pool.submit(refresh), pool.submit(refresh));
                start.countDown();
                List<RefreshOutcome> outcomes = List.of(racing.get(0).get(), racing.get(1).get());

                assertThat(outcomes).filteredOn(Refreshed.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(ReuseDetected.class::isInstance).hasSize(1);
                String winnersToken = outcomes.stream().filter(Refreshed.class::isInstance)
                        .map(o -> ((Refreshed) o).tokens().refreshToken()).findFirst().orElseThrow();
                assertThat(sessions.refresh(winnersToken)).isEqualTo(new Rejected(RefreshOutcome.Reason.REVOKED));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_session_idle_for_seven_days_expires() {
        String token = sessions.start(AGENT).refreshToken();

        clock.advance(Duration.ofDays(7));

        assertThat(sessions.refresh(token)).isEqualTo(new Rejected(RefreshOutcome.Reason.EXPIRED));
    }

    @Test
    void a_session_in_use_still_ends_thirty_days_after_login() {
        String token = sessions.start(AGENT).refreshToken();
        for (int day = 6; day < 30; day += 6) {
            clock.advance(Duration.ofDays(6));
            token = refreshed(sessions.refresh(token));
        }
        clock.advance(Duration.ofDays(6)); // day 30

        assertThat(sessions.refresh(token)).isEqualTo(new Rejected(RefreshOutcome.Reason.EXPIRED));
    }

    @Test
    void logout_revokes_the_family() {
        String first = sessions.start(AGENT).refreshToken();
        String second = refreshed(sessions.refresh(first));

        assertThat(sessions.logout(first)).isTrue(); // even a spent token identifies its session

        assertThat(sessions.refresh(second)).isEqualTo(new Rejected(RefreshOutcome.Reason.REVOKED));
    }

    @Test
    void a_guessed_secret_with_a_real_family_is_unknown_and_does_not_end_the_session() {
        String real = sessions.start(AGENT).refreshToken();
        String guessed = real.substring(0, real.lastIndexOf('.') + 1) + "A".repeat(43);

        assertThat(sessions.refresh(guessed)).isEqualTo(new Rejected(RefreshOutcome.Reason.UNKNOWN));
        assertThat(sessions.logout(guessed)).isFalse();
        assertThat(sessions.refresh(real)).isInstanceOf(Refreshed.class);
    }

    @Test
    void refuses_tokens_that_are_not_ours() {
        String unknownFamily = TenantId.newId().value() + ".ses_01JNQ5M7E6W1ZK3Y9D2B8C4A5F." + "B".repeat(43);

        assertThat(sessions.refresh(null)).isEqualTo(new Rejected(RefreshOutcome.Reason.MALFORMED));
        assertThat(sessions.refresh("x.y.z")).isEqualTo(new Rejected(RefreshOutcome.Reason.MALFORMED));
        assertThat(sessions.refresh(unknownFamily)).isEqualTo(new Rejected(RefreshOutcome.Reason.UNKNOWN));
    }

    @Test
    void a_disabled_user_cannot_refresh_and_the_session_ends() {
        String token = sessions.start(AGENT).refreshToken();
        currentUser = Optional.empty();

        assertThat(sessions.refresh(token)).isEqualTo(new Rejected(RefreshOutcome.Reason.ACCOUNT_DISABLED));
        currentUser = Optional.of(AGENT);
        assertThat(sessions.refresh(token)).isEqualTo(new Rejected(RefreshOutcome.Reason.REVOKED));
    }

    @Test
    void a_changed_role_shows_in_the_next_access_token() {
        String token = sessions.start(AGENT).refreshToken();
        Principal promoted = new Principal.TenantStaff("usr_1", TENANT, AccessRole.MANAGER);
        currentUser = Optional.of(promoted);

        SessionTokens next = ((Refreshed) sessions.refresh(token)).tokens();

        assertThat(accessTokens.verify(next.accessToken().value()))
                .isInstanceOfSatisfying(Valid.class, v -> assertThat(v.principal()).isEqualTo(promoted));
    }

    @Test
    void a_super_admin_session_lives_on_the_platform() {
        Principal admin = new Principal.PlatformAdmin("usr_root");
        currentUser = Optional.of(admin);
        String token = sessions.start(admin).refreshToken();

        assertThat(RefreshToken.parse(token).orElseThrow().session().tenant()).isEmpty();
        assertThat(sessions.refresh(token)).isInstanceOf(Refreshed.class);
    }

    private static String refreshed(RefreshOutcome outcome) {
        assertThat(outcome).isInstanceOf(Refreshed.class);
        return ((Refreshed) outcome).tokens().refreshToken();
    }
}
