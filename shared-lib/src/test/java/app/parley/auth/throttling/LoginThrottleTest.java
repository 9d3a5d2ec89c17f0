package app.parley.auth.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.throttling.ThrottleDecision.Allowed;
import app.parley.auth.throttling.ThrottleDecision.Throttled;
import app.parley.auth.tokens.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    static final String EMAIL = "agent@clinic.example";
    static final String IP = "203.0.113.7";

    final TestClock clock = TestClock.at("2025-03-01T10:00:00Z");
    final LoginThrottle throttle = LoginThrottle.withDefaults(new InMemoryThrottleStore<>(), clock);

    @Test
    void four_failures_leave_the_account_open_and_the_fifth_locks_it_for_a_minute() {
        fail(EMAIL, IP, 4);
        assertThat(throttle.check(EMAIL, IP)).isInstanceOf(Allowed.class);

        fail(EMAIL, IP, 1);

        assertThat(throttle.check(EMAIL, IP)).isEqualTo(new Throttled(Duration.ofMinutes(1)));
        assertThat(throttle.check(EMAIL, "198.51.100.1")).as("the account is locked from any IP").isInstanceOf(Throttled.class);
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.check(EMAIL, IP)).isEqualTo(new Throttled(Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.check(EMAIL, IP)).isInstanceOf(Allowed.class);
    }

    @Test
    void each_further_lockout_in_a_row_doubles() {
        for (long minutes : new long[] {1, 2, 4, 8}) {
            fail(EMAIL, IP, 5);
            assertThat(throttle.check(EMAIL, IP)).isEqualTo(new Throttled(Duration.ofMinutes(minutes)));
            clock.advance(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void lockouts_stop_growing_at_twelve_hours() {
        for (int i = 0; i < 12; i++) {
            fail(EMAIL, IP, 5);
            clock.advance(((Throttled) throttle.check(EMAIL, "198.51.100." + i)).retryAfter());
        }
        fail(EMAIL, "198.51.100.99", 5);

        assertThat(throttle.check(EMAIL, "198.51.100.99")).isEqualTo(new Throttled(Duration.ofHours(12)));
    }

    @Test
    void failures_older_than_fifteen_minutes_no_longer_count() {
        fail(EMAIL, IP, 4);
        clock.advance(Duration.ofMinutes(15));

        fail(EMAIL, IP, 4);

        assertThat(throttle.check(EMAIL, IP)).isInstanceOf(Allowed.class);
    }

    @Test
    void a_success_clears_the_account_record() {
        fail(EMAIL, IP, 4);
        throttle.succeeded(EMAIL);

        fail(EMAIL, IP, 4);

        assertThat(throttle.check(EMAIL, IP)).isInstanceOf(Allowed.class);
    }

    @Test
    void one_ip_guessing_many_accounts_is_locked_after_twenty_failures() {
        for (int i = 0; i < 19; i++) fail("user" + i + "@clinic.example", IP, 1);
        assertThat(throttle.check("new@clinic.example", IP)).isInstanceOf(Allowed.class);

        fail("user19@clinic.example", IP, 1);

        assertThat(throttle.check("new@clinic.example", IP)).isEqualTo(new Throttled(Duration.ofMinutes(5)));
        assertThat(throttle.check("new@clinic.example", "198.51.100.1")).isInstanceOf(Allowed.class);
    }

    @Test
    void a_success_does_not_reset_the_ip_counter() {
        for (int i = 0; i < 19; i++) fail("user" + i + "@clinic.example", IP, 1);
        throttle.succeeded("mine@clinic.example");

        fail("user19@clinic.example", IP, 1);

        assertThat(throttle.check("mine@clinic.example", IP)).isInstanceOf(Throttled.class);
    }

    @Test
    void email_case_and_spaces_do_not_make_a_new_account_key() {
        fail(" Agent@Clinic.Example", IP, 3);
        fail("AGENT@clinic.example", IP, 2);

        assertThat(throttle.check(EMAIL, "198.51.100.1")).isInstanceOf(Throttled.class);
    }

    @Test
    void retry_after_is_whole_seconds_rounded_up() {
        assertThat(new Throttled(Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
        assertThat(new Throttled(Duration.ofSeconds(60)).retryAfterSeconds()).isEqualTo(60);
        assertThat(new Throttled(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }

    private void fail(String email, String ip, int times) {
        for (int i = 0; i < times; i++) throttle.failed(email, ip);
    }
}
