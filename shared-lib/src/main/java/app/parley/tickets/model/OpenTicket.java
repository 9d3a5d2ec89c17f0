package app.parley.tickets.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;

/**
 * Open a ticket. {@code category} null: chosen from the tenant's {@code issues} lookup table by the subject's words.
 * {@code conversationId} set: at most one ticket is open per conversation.
 */
public record OpenTicket(TenantId tenant, TicketId id, TicketPriority priority, String category, String subject,
                         String customerPhone, String conversationId, String openedBy, Instant at) {}
