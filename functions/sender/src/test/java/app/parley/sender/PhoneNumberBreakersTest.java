package app.parley.sender;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PhoneNumberBreakersTest {
    @Test
    void opens_for_one_number_after_repeated_failures_and_leaves_the_others_closed() {
        var breakers = new PhoneNumberBreakers(Duration.ofSeconds(30));
        for (int i = 0; i < 5; i++) {
            assertThat(breakers.mayCall("111")).isTrue();
            breakers.failed("111");
        }
        assertThat(breakers.state("111")).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breakers.mayCall("111")).isFalse();
        assertThat(breakers.mayCall("222")).isTrue();
    }

    @Test
    void after_the_open_period_one_probe_is_let_through_and_success_closes_it() throws Exception {
        var breakers = new PhoneNumberBreakers(Duration.ofMillis(100));
        for (int i = 0; i < 5; i++) breakers.failed("111");
        Thread.sleep(150);
        assertThat(breakers.mayCall("111")).isTrue();
        assertThat(breakers.mayCall("111")).isFalse();
        breakers.succeeded("111");
        assertThat(breakers.state("111")).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
