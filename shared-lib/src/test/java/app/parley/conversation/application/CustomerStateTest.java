package app.parley.conversation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerStateTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void an_opt_out_closes_before_any_pause() {
        var state = new CustomerState(true, Optional.of(NOW.plusSeconds(60)), Optional.of(NOW.plusSeconds(60)));
        assertThat(state.closedAt(NOW)).contains(SkipReason.CUSTOMER_OPTED_OUT);
    }

    @Test
    void a_pause_closes_until_it_ends_and_the_customer_pause_names_itself_before_the_tenant_pause() {
        var both = new CustomerState(false, Optional.of(NOW.plusSeconds(60)), Optional.of(NOW.plusSeconds(60)));
        assertThat(both.closedAt(NOW)).contains(SkipReason.CUSTOMER_FLOODING);
        var tenantOnly = new CustomerState(false, Optional.of(NOW.minusSeconds(1)), Optional.of(NOW.plusSeconds(60)));
        assertThat(tenantOnly.closedAt(NOW)).contains(SkipReason.TENANT_FLOODING);
        assertThat(tenantOnly.closedAt(NOW.plusSeconds(60))).isEmpty();
    }

    @Test
    void nothing_switched_is_open() {
        assertThat(CustomerState.OPEN.closedAt(NOW)).isEmpty();
    }
}
