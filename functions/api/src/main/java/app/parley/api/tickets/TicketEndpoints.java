package app.parley.api.tickets;

import static app.parley.auth.access.Permission.TICKETS_ASSIGN;
import static app.parley.auth.access.Permission.TICKETS_READ;
import static app.parley.auth.access.Permission.TICKETS_WRITE;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Check;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.tickets.TicketBodies.*;
import app.parley.tickets.application.ChangingTickets;
import app.parley.tickets.application.NotingTickets;
import app.parley.tickets.application.OpeningTickets;
import app.parley.tickets.application.Tickets;
import app.parley.tickets.model.*;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Tickets for staff: list (?status=&assignee=&category=), open by hand, detail, status moves, assignment,
 * priority (the due time follows the SLA), internal notes and the history of every change.
 */
public final class TicketEndpoints {
    private final Tickets tickets;
    private final OpeningTickets opening;
    private final ChangingTickets changing;
    private final NotingTickets noting;
    private final Auditor audit;
    private final Clock clock;

    public TicketEndpoints(Tickets tickets, OpeningTickets opening, ChangingTickets changing, NotingTickets noting, Auditor audit, Clock clock) {
        this.tickets = tickets;
        this.opening = opening;
        this.changing = changing;
        this.noting = noting;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/tickets").tag("tickets").requires(TICKETS_READ)
                        .summary("Tickets, newest first; ?status=OPEN|IN_PROGRESS|RESOLVED|CLOSED, ?priority=LOW|NORMAL|HIGH|URGENT, ?assignee=<userId>, ?category=")
                        .query("status", "priority", "assignee", "category").paged().returnsList(TicketView.class).handle(this::list),
                Operation.post("/api/tickets").tag("tickets").requires(TICKETS_WRITE)
                        .summary("Open a ticket (without a category, the issues lookup table picks one from the subject)")
                        .accepts(NewTicket.class, "{\"subject\":\"Parcel arrived damaged\",\"priority\":\"HIGH\",\"customerPhone\":\"351910000000\"}")
                        .returns(TicketView.class).status(201).handle(this::open),
                Operation.get("/api/tickets/{ticketId}").tag("tickets").requires(TICKETS_READ).summary("One ticket")
                        .returns(TicketView.class).handle(c -> Reply.ok(TicketView.of(existing(c), clock.instant()))),
                Operation.post("/api/tickets/{ticketId}/status").tag("tickets").requires(TICKETS_WRITE)
                        .summary("Move a ticket: OPEN → IN_PROGRESS → RESOLVED → CLOSED (RESOLVED may go back to IN_PROGRESS); resolving asks the customer for a review")
                        .accepts(StatusChange.class, "{\"status\":\"IN_PROGRESS\"}").returns(TicketView.class).handle(this::move),
                Operation.post("/api/tickets/{ticketId}/assign").tag("tickets").requires(TICKETS_ASSIGN)
                        .summary("Assign a ticket to a staff user (who is notified, in the panel and by mail)")
                        .accepts(Assignment.class, "{\"userId\":\"usr_01J00000000000000000000000\"}").returns(TicketView.class)
                        .handle(this::assign),
                Operation.post("/api/tickets/{ticketId}/priority").tag("tickets").requires(TICKETS_WRITE)
                        .summary("Change a ticket's priority; the due time becomes the opening time plus the new SLA")
                        .accepts(PriorityChange.class, "{\"priority\":\"URGENT\"}").returns(TicketView.class).handle(this::prioritize),
                Operation.get("/api/tickets/{ticketId}/history").tag("tickets").requires(TICKETS_READ)
                        .summary("Every change of a ticket, oldest first").returnsList(ChangeView.class)
                        .handle(c -> Reply.ok(new Listing<>(tickets.history(c.tenant(), existing(c).id()).stream().map(ChangeView::of).toList(), null))),
                Operation.get("/api/tickets/{ticketId}/notes").tag("tickets").requires(TICKETS_READ)
                        .summary("Internal notes of a ticket, oldest first").returnsList(NoteView.class)
                        .handle(c -> Reply.ok(new Listing<>(tickets.notes(c.tenant(), existing(c).id()).stream().map(NoteView::of).toList(), null))),
                Operation.post("/api/tickets/{ticketId}/notes").tag("tickets").requires(TICKETS_WRITE)
                        .summary("Add an internal note (never sent to the customer)")
                        .accepts(NewNote.class, "{\"text\":\"Called the customer, replacement on Friday.\"}")
                        .returns(NoteView.class).status(201).handle(this::note));
    }

    private Reply list(Call call) {
        var filter = new TicketFilter(call.query("status").map(s -> Check.oneOf(TicketStatus.class, "status", s)),
                call.query("priority").map(p -> Check.oneOf(TicketPriority.class, "priority", p)),
                call.query("assignee"), call.query("category"));
        return Reply.ok(Listing.of(call.page((limit, cursor) -> tickets.page(call.tenant(), filter, limit, cursor)),
                t -> TicketView.of(t, clock.instant())));
    }

    private Reply open(Call call) {
        NewTicket in = call.body(NewTicket.class);
        TicketPriority priority = Check.oneOf(TicketPriority.class, "priority", in.priority());
        var outcome = opening.open(new OpenTicket(call.tenant(), TicketId.newId(), priority, in.category(), in.subject(),
                in.customerPhone(), in.conversationId(), call.actor(), clock.instant()));
        return switch (outcome) {
            case TicketOpening.Opened opened -> {
                audit.record(call, "TICKET_OPENED", null, TicketView.of(opened.ticket(), clock.instant()));
                yield Reply.created(TicketView.of(opened.ticket(), clock.instant()));
            }
            case TicketOpening.AlreadyOpen open -> throw ApiProblem.conflict("ticket_open",
                    "The conversation has an open ticket already: " + open.existing().value() + ".");
        };
    }

    private Reply move(Call call) {
        TicketStatus to = Check.oneOf(TicketStatus.class, "status", call.body(StatusChange.class).status());
        return changed(call, new ChangeTicket.MoveTo(call.tenant(), ticketId(call), to, call.actor(), clock.instant()), "TICKET_STATUS_CHANGED");
    }

    private Reply assign(Call call) {
        String user = call.body(Assignment.class).userId();
        return changed(call, new ChangeTicket.AssignTo(call.tenant(), ticketId(call), user, call.actor(), clock.instant()), "TICKET_ASSIGNED");
    }

    private Reply prioritize(Call call) {
        TicketPriority p = Check.oneOf(TicketPriority.class, "priority", call.body(PriorityChange.class).priority());
        return changed(call, new ChangeTicket.Reprioritize(call.tenant(), ticketId(call), p, call.actor(), clock.instant()), "TICKET_PRIORITY_CHANGED");
    }

    private Reply changed(Call call, ChangeTicket command, String action) {
        Optional<Ticket> before = tickets.find(call.tenant(), command.id());
        return switch (changing.change(command)) {
            case TicketUpdate.Updated u -> {
                audit.record(call, action, before.map(t -> TicketView.of(t, clock.instant())).orElse(null), TicketView.of(u.ticket(), clock.instant()));
                yield Reply.ok(TicketView.of(u.ticket(), clock.instant()));
            }
            case TicketUpdate.NotFound n -> throw ApiProblem.notFound();
            case TicketUpdate.IllegalTransition t -> throw ApiProblem.conflict("illegal_transition",
                    "A ticket that is " + t.from() + " cannot move to " + t.to() + "; it may move to " + t.from().next() + ".");
            case TicketUpdate.UnknownAssignee u -> throw ApiProblem.invalid("userId", "is not an active user of this business.");
            case TicketUpdate.AnotherTicketOpen a -> throw ApiProblem.conflict("another_ticket_open", "This conversation already has "
                    + "open ticket " + a.open().value() + "; work on that one, or resolve it before reopening this one.");
            case TicketUpdate.Stale s -> throw ApiProblem.conflict("concurrent_change", "The ticket changed meanwhile; reload it.");
        };
    }

    private Reply note(Call call) {
        TicketId id = existing(call).id();
        var note = noting.note(call.tenant(), id, call.actor(), call.body(NewNote.class).text(), clock.instant()).orElseThrow(ApiProblem::notFound);
        audit.record(call, "TICKET_NOTE_ADDED", null, NoteView.of(note));
        return Reply.created(NoteView.of(note));
    }

    private static TicketId ticketId(Call call) {
        return call.id("ticketId", TicketId::new);
    }

    private Ticket existing(Call call) {
        return tickets.find(call.tenant(), ticketId(call)).orElseThrow(ApiProblem::notFound);
    }
}
