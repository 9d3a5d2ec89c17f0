package app.parley.conversation.application;

import app.parley.conversation.model.Conversation;
import app.parley.messaging.model.InboundMessage;
import app.parley.orders.model.OrderRequested;
import java.time.Instant;

/** An order request the assistant drafted, as the envelope for the order-requests queue. */
final class OrderRequests {
    private OrderRequests() {}

    static OrderRequested of(InboundMessage message, Conversation conversation, Answering.Answer.RequestOrder order,
                             Instant at) {
        var details = order.details();
        String name = details.name() != null ? details.name() : message.customer().profileName();
        return new OrderRequested(OrderRequested.requestIdFor(message.externalMessageId()), message.tenantId(),
                conversation.id().value(), conversation.customer().value(), conversation.customerPhone(), name,
                details.preferredTime(), details.address(), details.missing(), order.lines(),
                message.timestamp() != null ? message.timestamp() : at);
    }
}
