package app.parley.tickets.model;

import java.util.Optional;

/** Which tickets a list shows; empty parts match every ticket. */
public record TicketFilter(Optional<TicketStatus> status, Optional<TicketPriority> priority, Optional<String> assignee,
                           Optional<String> category) {
    public static TicketFilter all() { return new TicketFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()); }
}
