package app.parley.api.tickets;

import app.parley.api.http.Check;
import app.parley.tickets.model.Ticket;
import app.parley.tickets.model.TicketChange;
import app.parley.tickets.model.TicketNote;
import java.time.Instant;

/** Bodies of the ticket endpoints. */
public final class TicketBodies {
    private TicketBodies() {}

    public record TicketView(String id, String status, String priority, String category, String subject, String customerPhone,
                             String conversationId, String assignee, String openedBy, Instant openedAt, Instant dueAt,
                             Instant updatedAt, boolean overdue) {
        static TicketView of(Ticket t, Instant now) {
            return new TicketView(t.id().value(), t.status().name(), t.priority().name(), t.category(), t.subject(), t.customerPhone(),
                    t.conversationId(), t.assignee().orElse(null), t.openedBy(), t.openedAt(), t.dueAt(), t.updatedAt(), t.overdue(now));
        }
    }

    public record ChangeView(String id, String actor, String field, String from, String to, Instant at) {
        static ChangeView of(TicketChange c) { return new ChangeView(c.id(), c.actor(), c.field(), c.from(), c.to(), c.at()); }
    }

    public record NoteView(String id, String author, String text, Instant at) {
        static NoteView of(TicketNote n) { return new NoteView(n.id(), n.author(), n.text(), n.at()); }
    }

    /** A ticket staff open by hand; without a category the tenant's issues table picks one from the subject. */
    public record NewTicket(String subject, String category, String priority, String customerPhone, String conversationId) {
        public NewTicket {
            subject = Check.text("subject", subject, 2000);
            category = Check.optionalText("category", category, 200);
            priority = priority == null ? "NORMAL" : priority;
            customerPhone = Check.optionalText("customerPhone", customerPhone, 20);
            Check.that(customerPhone == null || customerPhone.matches("\\+?[0-9]{6,15}"), "customerPhone", "is a phone number in digits.");
            conversationId = Check.optionalText("conversationId", conversationId, 40);
        }
    }

    public record StatusChange(String status) {
        public StatusChange { Check.text("status", status, 20); }
    }

    public record Assignment(String userId) {
        public Assignment { userId = Check.text("userId", userId, 40); }
    }

    public record PriorityChange(String priority) {
        public PriorityChange { Check.text("priority", priority, 20); }
    }

    public record NewNote(String text) {
        public NewNote { text = Check.text("text", text, 4000); }
    }
}
