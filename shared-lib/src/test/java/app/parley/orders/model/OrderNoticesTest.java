package app.parley.orders.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.catalog.model.ServiceId;
import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderNoticesTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private final Order pending = Order.request(TenantId.newId(), List.of(
            new OrderLine(ServiceId.newId(), "Classic rose bouquet", Money.of("59.00", "USD"), 2),
            new OrderLine(ServiceId.newId(), "Greeting card", Money.of("4.50", "USD"), 1)),
            new CustomerDetails("15550001111", "Dana", null, null), "assistant", AT);

    @Test
    void an_approval_lists_every_line_at_its_stored_price_and_the_total() {
        String text = OrderNotices.render(decided(OrderStatus.APPROVED));
        assertThat(text).contains("approved").contains("2 x Classic rose bouquet - USD 59.00 each = USD 118.00")
                .contains("1 x Greeting card - USD 4.50 each = USD 4.50").contains("Total: USD 122.50").contains(pending.id().value());
    }

    @Test
    void a_rejection_is_polite_and_names_no_price() {
        String text = OrderNotices.render(decided(OrderStatus.REJECTED));
        assertThat(text).contains("sorry").contains(pending.id().value()).doesNotContain("USD").doesNotContain("approved");
    }

    @Test
    void a_pending_order_has_no_notice() {
        assertThatThrownBy(() -> OrderNotices.render(pending)).isInstanceOf(IllegalArgumentException.class);
    }

    private Order decided(OrderStatus status) {
        return new Order(pending.tenant(), pending.id(), status, pending.lines(), pending.customer(), pending.createdBy(),
                pending.createdAt(), "usr_manager", AT, 2);
    }
}
