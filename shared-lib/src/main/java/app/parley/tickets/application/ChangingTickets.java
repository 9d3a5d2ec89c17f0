package app.parley.tickets.application;

import app.parley.auth.application.Users;
import app.parley.auth.model.User;
import app.parley.auth.model.UserId;
import app.parley.common.model.Ids;
import app.parley.notifications.application.Notifications;
import app.parley.notifications.model.StaffNotification;
import app.parley.reports.model.Figure;
import app.parley.reviews.application.AskingForReviews;
import app.parley.reviews.model.ReviewRequest;
import app.parley.reviews.model.ReviewSubject;
import app.parley.tickets.model.ChangeTicket;
import app.parley.tickets.model.Ticket;
import app.parley.tickets.model.TicketChange;
import app.parley.tickets.model.TicketId;
import app.parley.tickets.model.TicketStatus;
import app.parley.tickets.model.TicketUpdate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies one staff change to a ticket: a status move (only along open → in progress → resolved → closed, or a
 * resolved ticket reopened), an assignment (to an active user of the tenant, who is notified) or a new priority
 * (the due time follows). Every change writes its history line; a resolved ticket asks the customer for a review.
 */
public final class ChangingTickets {
    public record Ports(Tickets tickets, Users users, Notifications notifications, AskingForReviews reviews) {}

    private final Ports p;

    public ChangingTickets(Ports ports) { this.p = ports; }

    public TicketUpdate change(ChangeTicket command) {
        Optional<Ticket> found = p.tickets().find(command.tenant(), command.id());
        if (found.isEmpty()) return new TicketUpdate.NotFound();
        Ticket before = found.get();
        return switch (command) {
            case ChangeTicket.MoveTo move -> move(before, move);
            case ChangeTicket.AssignTo assign -> assign(before, assign);
            case ChangeTicket.Reprioritize r -> save(before.reprioritized(r.priority(), r.at()),
                    change(r, "priority", before.priority().name(), r.priority().name()), Map.of());
        };
    }

    private TicketUpdate move(Ticket before, ChangeTicket.MoveTo move) {
        if (!before.status().mayMoveTo(move.status())) return new TicketUpdate.IllegalTransition(before.status(), move.status());
        Optional<TicketId> other = reopening(before, move.status()) ? otherOpenTicket(before) : Optional.empty();
        if (other.isPresent()) return new TicketUpdate.AnotherTicketOpen(other.get());
        Ticket after = before.movedTo(move.status(), move.at());
        Map<Figure, Long> figures = switch (move.status()) {
            case RESOLVED -> Map.of(Figure.TICKETS_RESOLVED, 1L);
            case CLOSED -> Map.of(Figure.TICKETS_CLOSED, 1L);
            default -> Map.of();
        };
        TicketUpdate result = save(after, change(move, "status", before.status().name(), move.status().name()), figures);
        if (result instanceof TicketUpdate.Updated && move.status() == TicketStatus.RESOLVED && after.customerPhone() != null) {
            p.reviews().ask(new ReviewRequest(after.tenant(), after.customerPhone(),
                    new ReviewSubject(ReviewSubject.Kind.TICKET, after.id().value()), after.conversationId(), move.at()));
        }
        return result;
    }

    private static boolean reopening(Ticket before, TicketStatus to) {
        return !before.status().isOpen() && to.isOpen() && before.conversationId() != null;
    }

    private Optional<TicketId> otherOpenTicket(Ticket ticket) {
        return p.tickets().openFor(ticket.tenant(), ticket.conversationId()).filter(open -> !open.equals(ticket.id()));
    }

    private TicketUpdate assign(Ticket before, ChangeTicket.AssignTo assign) {
        Optional<User> user = parse(assign.userId()).flatMap(id -> p.users().find(before.tenant(), id)).filter(User::active);
        if (user.isEmpty()) return new TicketUpdate.UnknownAssignee(assign.userId());
        TicketUpdate result = save(before.assignedTo(assign.userId(), assign.at()),
                change(assign, "assignee", before.assignee().orElse(null), assign.userId()), Map.of());
        if (result instanceof TicketUpdate.Updated) {
            p.notifications().record(new StaffNotification(before.tenant(), "ntf-" + Ids.next("asg"), StaffNotification.Kind.TICKET_ASSIGNED,
                    before.id().value(), before.conversationId(), "Ticket " + before.id().value() + " (" + before.category() + ", due "
                    + before.dueAt() + ") was assigned to you: " + before.subject(), assign.at(), assign.userId()));
        }
        return result;
    }

    private TicketUpdate save(Ticket after, TicketChange change, Map<Figure, Long> figures) {
        return p.tickets().update(after, List.of(change), figures) ? new TicketUpdate.Updated(after) : new TicketUpdate.Stale();
    }

    private static TicketChange change(ChangeTicket c, String field, String from, String to) {
        return new TicketChange(Ids.next("chg"), c.id(), c.actor(), field, from, to, c.at());
    }

    private static Optional<UserId> parse(String id) {
        try {
            return Optional.of(new UserId(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
