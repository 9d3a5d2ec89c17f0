package app.parley.orders.application;

import app.parley.catalog.application.Services;
import app.parley.catalog.model.Service;
import app.parley.conversation.application.Conversations;
import app.parley.conversation.model.ConversationId;
import app.parley.conversation.model.ConversationStatus;
import app.parley.notifications.application.Notifications;
import app.parley.notifications.model.StaffNotification;
import app.parley.orders.model.CustomerDetails;
import app.parley.orders.model.Order;
import app.parley.orders.model.OrderId;
import app.parley.orders.model.OrderRequested;
import app.parley.orders.model.OrderStatus;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores the assistant's order request as a PENDING order for staff, once per request id. Every line is
 * checked against the catalog as it is now: a service that is gone or whose price differs is refused
 * (never repriced, never guessed) and the conversation goes to a person. No order leaves PENDING here.
 */
public final class PlacingOrderRequests {
    static final String CREATED_BY = "assistant";

    public record Ports(Services services, Orders orders, OrderLinks links, Notifications notifications,
                        Conversations conversations) {}

    private final Ports p;

    public PlacingOrderRequests(Ports ports) {
        this.p = ports;
    }

    public PlacementOutcome place(OrderRequested request) {
        Map<String, Service> catalog = p.services().list(request.tenantId()).stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        var checked = RequestedLines.check(request.lines(), catalog);
        if (checked.accepted().isEmpty()) {
            needsReview(request, null, checked.refused());
            return new PlacementOutcome.Refused(checked.refused());
        }
        var order = new Order(request.tenantId(), OrderId.forRequest(request.requestId(), request.requestedAt()),
                OrderStatus.PENDING, checked.accepted(), customer(request), CREATED_BY, request.requestedAt(), null, null, 1);
        boolean firstTime = p.orders().place(order);
        p.links().link(request.tenantId(), order.id(), request.conversationId(), request.customerId());
        if (checked.refused().isEmpty()) notify(request, order, StaffNotification.Kind.ORDER_REQUESTED, "New order request");
        else needsReview(request, order, checked.refused());
        return new PlacementOutcome.Placed(order.id(), firstTime, checked.refused());
    }

    private void needsReview(OrderRequested request, Order order, List<String> refused) {
        notify(request, order, StaffNotification.Kind.ORDER_REQUEST_NEEDS_REVIEW,
                "Order request needs a person: " + String.join("; ", refused));
        if (request.conversationId() == null) return;
        p.conversations().find(request.tenantId(), new ConversationId(request.conversationId()))
                .filter(c -> c.status() == ConversationStatus.AI)
                .ifPresent(c -> p.conversations().update(c.escalated()));
    }

    private void notify(OrderRequested request, Order order, StaffNotification.Kind kind, String text) {
        String subject = order != null ? order.id().value() : request.conversationId();
        p.notifications().record(new StaffNotification(request.tenantId(), "ntf-" + request.requestId(), kind, subject,
                request.conversationId(), text, request.requestedAt()));
    }

    private static CustomerDetails customer(OrderRequested r) {
        var notes = new StringBuilder();
        if (r.preferredTime() != null) notes.append("Preferred time: ").append(r.preferredTime()).append(". ");
        if (!r.missingDetails().isEmpty()) notes.append("Not given yet: ").append(String.join(", ", r.missingDetails())).append(". ");
        if (r.conversationId() != null) notes.append("Conversation ").append(r.conversationId()).append('.');
        return new CustomerDetails(r.customerPhone(), r.customerName(), r.address(), notes.toString().strip());
    }
}
