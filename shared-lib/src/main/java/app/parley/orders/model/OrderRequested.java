package app.parley.orders.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The assistant drafted an order request in a conversation (the envelope on the order-requests queue).
 * {@code requestId} is derived from the customer's WhatsApp message id, so a redelivered message or
 * envelope names the same request and yields one order.
 */
public record OrderRequested(String requestId, TenantId tenantId, String conversationId, String customerId,
                             String customerPhone, String customerName, String preferredTime, String address,
                             List<String> missingDetails, List<RequestedLine> lines, Instant requestedAt) {
    public OrderRequested {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(customerPhone, "customerPhone");
        Objects.requireNonNull(requestedAt, "requestedAt");
        lines = lines == null ? List.of() : List.copyOf(lines);
        missingDetails = missingDetails == null ? List.of() : List.copyOf(missingDetails);
    }

    public static String requestIdFor(String inboundExternalMessageId) {
        return "orq-" + inboundExternalMessageId;
    }
}
