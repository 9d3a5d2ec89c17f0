package app.parley.orders.application;

import app.parley.audit.application.AuditEvents;
import app.parley.audit.model.AuditEvent;
import app.parley.common.model.Ids;
import app.parley.conversation.application.CustomerConversations;
import app.parley.conversation.application.OutboundLedger;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.Direction;
import app.parley.conversation.model.Message;
import app.parley.conversation.model.MessageId;
import app.parley.conversation.model.MessageType;
import app.parley.messaging.application.OutboundQueue;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.orders.model.Order;
import app.parley.orders.model.OrderDecided;
import app.parley.orders.model.OrderId;
import app.parley.orders.model.OrderNotices;
import java.time.Clock;
import java.util.Optional;

/**
 * Tells the customer a person's decision on their order: one WhatsApp message, rendered from the stored
 * order, recorded once per decision (order id + version) in the conversation and the outbound ledger, then
 * handed to the sender through the outbound FIFO queue, as a staff reply is. A redelivered event re-queues
 * the same message id, which the queue and the sender each send at most once.
 */
public final class TellingCustomersOfDecisions {
    public record Ports(Orders orders, CustomerConversations conversations, OutboundLedger ledger, OutboundQueue outbound,
                        AuditEvents audit) {}

    public sealed interface NoticeOutcome {
        record Queued(String messageId) implements NoticeOutcome {}
        /** The order is gone or no longer in the state this event names (a later event tells that one). */
        record NothingToTell(String why) implements NoticeOutcome {}
    }

    private final Ports p;
    private final Clock clock;

    public TellingCustomersOfDecisions(Ports ports, Clock clock) {
        this.p = ports;
        this.clock = clock;
    }

    public NoticeOutcome tell(OrderDecided decision) {
        Optional<Order> found = p.orders().find(decision.tenantId(), new OrderId(decision.orderId()));
        if (found.isEmpty()) return new NoticeOutcome.NothingToTell("order not found");
        Order order = found.get();
        if (order.status() != decision.outcome() || order.version() != decision.version()) {
            return new NoticeOutcome.NothingToTell("order is " + order.status() + " v" + order.version());
        }
        String waId = order.customer().phone().replace("+", "");
        Conversation conversation = p.conversations().continueFor(order.tenant(), waId, order.customer().name(), decision.decidedAt());
        String text = OrderNotices.render(order);
        var id = new MessageId(Ids.derived(MessageId.PREFIX, decision.tenantId().value() + "#" + decision.decisionKey(), decision.decidedAt()));
        var message = new OutboundMessage(id.value(), order.tenant(), conversation.id().value(), new Customer(waId, order.customer().name()),
                null, MessageOrigin.AGENT, new OutboundContent.Text(text));
        var history = new Message(order.tenant(), conversation.id(), id, Direction.OUTBOUND, null, MessageType.TEXT, text, null,
                decision.decidedAt(), clock.instant());
        OutboundMessage recorded = p.ledger().recordReply(decision.decisionKey(), message, history);
        p.outbound().enqueue(recorded);
        p.audit().record(AuditEvent.of(Optional.of(order.tenant()), decision.decidedBy(), "ORDER_CUSTOMER_NOTIFIED", null,
                "{\"orderId\":\"" + order.id().value() + "\",\"version\":" + order.version() + ",\"messageId\":\"" + recorded.id() + "\"}",
                clock.instant(), "order-decisions"));
        return new NoticeOutcome.Queued(recorded.id());
    }
}
