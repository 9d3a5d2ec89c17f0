package app.parley.tickets.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTest {
    private static final Instant AT = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void statuses_move_only_forward_one_step_and_a_resolved_ticket_may_be_reopened() {
        assertThat(TicketStatus.OPEN.mayMoveTo(TicketStatus.IN_PROGRESS)).isTrue();
        assertThat(TicketStatus.OPEN.mayMoveTo(TicketStatus.RESOLVED)).isFalse();
        assertThat(TicketStatus.OPEN.mayMoveTo(TicketStatus.CLOSED)).isFalse();
        assertThat(TicketStatus.IN_PROGRESS.mayMoveTo(TicketStatus.RESOLVED)).isTrue();
        assertThat(TicketStatus.IN_PROGRESS.mayMoveTo(TicketStatus.OPEN)).isFalse();
        assertThat(TicketStatus.RESOLVED.mayMoveTo(TicketStatus.CLOSED)).isTrue();
        assertThat(TicketStatus.RESOLVED.mayMoveTo(TicketStatus.IN_PROGRESS)).isTrue();
        for (TicketStatus s : TicketStatus.values()) assertThat(TicketStatus.CLOSED.mayMoveTo(s)).isFalse();
    }

    @Test
    void the_due_time_is_the_opening_plus_the_priority_sla_and_follows_a_new_priority() {
        Ticket t = Ticket.open(TenantId.newId(), TicketId.newId(), TicketPriority.HIGH, "Late delivery", "late", "351", null, "assistant", AT);
        assertThat(Duration.between(t.openedAt(), t.dueAt())).isEqualTo(Duration.ofHours(8));
        Ticket urgent = t.reprioritized(TicketPriority.URGENT, AT.plusSeconds(60));
        assertThat(urgent.dueAt()).isEqualTo(AT.plus(Duration.ofHours(4)));
        assertThat(urgent.version()).isEqualTo(t.version() + 1);
        assertThat(t.overdue(AT.plus(Duration.ofHours(9)))).isTrue();
        assertThat(t.movedTo(TicketStatus.IN_PROGRESS, AT).movedTo(TicketStatus.RESOLVED, AT).overdue(AT.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void the_same_customer_message_always_gives_the_same_ticket_id() {
        assertThat(TicketId.forMessage("wamid.A", AT)).isEqualTo(TicketId.forMessage("wamid.A", AT));
        assertThat(TicketId.forMessage("wamid.A", AT)).isNotEqualTo(TicketId.forMessage("wamid.B", AT));
    }
}
