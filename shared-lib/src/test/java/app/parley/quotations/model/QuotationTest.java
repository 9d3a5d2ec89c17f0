package app.parley.quotations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.catalog.model.ServiceId;
import app.parley.common.model.Money;
import app.parley.orders.model.OrderLine;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final OrderLine ROSES = new OrderLine(ServiceId.newId(), "Roses", Money.of("59.00", "USD"), 2);
    private final Quotation draft = Quotation.draft(TenantId.newId(), "cus_01J00000000000000000000000", "15550001111", "Dana",
            List.of(ROSES), null, "usr_agent", AT);

    @Test
    void an_edit_of_an_approved_quotation_is_the_next_version_and_needs_approval_again() {
        Quotation approved = draft.approved("usr_manager", AT);
        Quotation edited = approved.revised(List.of(new OrderLine(ROSES.serviceId(), "Roses", ROSES.unitPrice(), 5)), "five", "usr_agent", AT);
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.status()).isEqualTo(QuotationStatus.DRAFT);
        assertThat(edited.approvedBy()).isNull();
        assertThat(edited.total()).isEqualTo(Money.of("295.00", "USD"));
        assertThat(edited.revision()).isEqualTo(approved.revision() + 1);
        assertThat(edited.reference()).endsWith("-v2");
    }

    @Test
    void only_accepted_or_declined_is_an_answer() {
        Quotation sent = draft.approved("usr_manager", AT).sent("media/x", AT);
        assertThat(sent.answered(QuotationStatus.ACCEPTED, AT).status()).isEqualTo(QuotationStatus.ACCEPTED);
        assertThatThrownBy(() -> sent.answered(QuotationStatus.APPROVED, AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_quotation_has_lines_in_one_currency() {
        assertThatThrownBy(() -> Quotation.draft(draft.tenant(), draft.customerId(), "15550001111", null,
                List.of(ROSES, new OrderLine(ServiceId.newId(), "Card", Money.of("4.00", "EUR"), 1)), null, "usr", AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quotation.draft(draft.tenant(), draft.customerId(), "15550001111", null, List.of(), null, "usr", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
