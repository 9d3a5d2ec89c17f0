package app.parley.tickets.application;

import app.parley.catalog.application.LookupTables;
import app.parley.catalog.model.LookupTable;
import app.parley.common.model.Ids;
import app.parley.tickets.model.OpenTicket;
import app.parley.tickets.model.Ticket;
import app.parley.tickets.model.TicketChange;
import app.parley.tickets.model.TicketOpening;
import java.util.List;
import java.util.Optional;

/**
 * Opens a ticket, categorised with the tenant's {@code issues} lookup table as it is at this moment (a change
 * to the table applies to the very next ticket), with its due time from the priority's SLA.
 */
public final class OpeningTickets {
    public static final String ISSUES = "issues";
    private final Tickets tickets;
    private final LookupTables lookups;

    public OpeningTickets(Tickets tickets, LookupTables lookups) {
        this.tickets = tickets;
        this.lookups = lookups;
    }

    public TicketOpening open(OpenTicket c) {
        if (c.conversationId() != null) {
            var open = tickets.openFor(c.tenant(), c.conversationId());
            if (open.isPresent()) return new TicketOpening.AlreadyOpen(open.get());
        }
        List<String> issues = lookups.find(c.tenant(), ISSUES).map(LookupTable::values).orElse(List.of());
        String category = Optional.ofNullable(c.category()).orElseGet(() -> IssueCategories.categorize(issues, c.subject()));
        Ticket ticket = Ticket.open(c.tenant(), c.id(), c.priority(), category, subject(c.subject()), c.customerPhone(),
                c.conversationId(), c.openedBy(), c.at());
        var opened = new TicketChange(Ids.next("chg"), ticket.id(), c.openedBy(), "status", null, ticket.status().name(), c.at());
        if (tickets.open(ticket, opened)) return new TicketOpening.Opened(ticket);
        return new TicketOpening.AlreadyOpen(tickets.find(c.tenant(), c.id()).map(Ticket::id)
                .or(() -> c.conversationId() == null ? Optional.empty() : tickets.openFor(c.tenant(), c.conversationId()))
                .orElse(c.id()));
    }

    private static String subject(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 500 ? flat : flat.substring(0, 497) + "...";
    }
}
