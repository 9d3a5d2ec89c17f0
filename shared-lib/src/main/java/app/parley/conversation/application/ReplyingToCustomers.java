package app.parley.conversation.application;

import app.parley.billing.application.UsagePublisher;
import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageKind;
import app.parley.catalog.application.Faqs;
import app.parley.catalog.application.Services;
import app.parley.common.model.Ids;
import app.parley.common.model.SaveOutcome;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.ConversationMemory;
import app.parley.conversation.model.ConversationStatus;
import app.parley.conversation.model.Direction;
import app.parley.conversation.model.Message;
import app.parley.conversation.model.MessageAppend;
import app.parley.conversation.model.MessageId;
import app.parley.conversation.model.MessageType;
import app.parley.messaging.application.Envelope;
import app.parley.messaging.application.EnvelopeQueue;
import app.parley.messaging.model.InboundMessage;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.orders.application.OrderRequestQueue;
import app.parley.tenancy.model.Tenant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Answers one customer message, exactly once however often it is delivered: the message is
 * stored once (keyed by its wamid); a reply decided earlier is queued again rather than decided
 * anew; otherwise the switches are read consistently and the assistant answers or hands over.
 */
public final class ReplyingToCustomers {
    /** The assistant's hand-over reason for a complaint: customer care opens a ticket for it. */
    static final String COMPLAINT = "COMPLAINT";
    public record Ports(CustomerConversations conversations, Conversations conversationStore, Messages messages,
                        OutboundLedger ledger, ReplyGate gate, Services services, Faqs faqs,
                        Answering answering, EnvelopeQueue outbound, InboundMedia media, UsageCounters usage,
                        ConversationMemories memories, OrderRequestQueue orderRequests, UsagePublisher billing,
                        CustomerCare care) {}

    private final Ports p;
    private final Clock clock;

    public ReplyingToCustomers(Ports ports, Clock clock) {
        this.p = ports;
        this.clock = clock;
    }

    public ReplyOutcome reply(InboundMessage message) {
        ReplyOutcome outcome = answer(message);
        meter(message);
        return outcome;
    }

    /** After the answer, so billing never delays a reply; a refusal is retried by the queue (the id counts once). */
    private void meter(InboundMessage message) {
        var event = new UsageEvent(message.externalMessageId() + "#in", message.tenantId(), UsageKind.MESSAGE_IN, 1,
                message.timestamp(), null, null);
        if (!p.billing().publish(event)) {
            throw new IllegalStateException("the usage-events queue did not take " + event.eventId());
        }
    }

    private ReplyOutcome answer(InboundMessage message) {
        Conversation conversation = p.conversations().continueFor(message.tenantId(), message.customer().waId(),
                message.customer().profileName(), message.timestamp());
        if (store(message, conversation)) p.gate().noted(message, conversation);
        Optional<OutboundMessage> decided = p.ledger().replyDecidedFor(message.tenantId(), message.externalMessageId());
        if (decided.isPresent()) return new ReplyOutcome.Replied(enqueue(decided.get()), true);
        ReplyGate.Check gate = p.gate().check(message.tenantId(), MessageOrigin.AI, Optional.of(conversation));
        if (gate.closed().isPresent()) return new ReplyOutcome.Skipped(gate.closed().get());
        Tenant tenant = gate.tenant().orElseThrow();
        Optional<String> text = InboundText.of(message.content());
        if (text.isEmpty()) return new ReplyOutcome.Skipped(SkipReason.NOTHING_TO_ANSWER);
        Optional<String> thanks = p.care().reviewAnswered(conversation, message, text.get());
        if (thanks.isPresent()) return new ReplyOutcome.Replied(decide(message, conversation, thanks.get(), Optional.empty()), false);
        Answering.Answer answer = p.answering().answer(question(tenant, conversation, text.get()));
        return switch (answer) {
            case Answering.Answer.Reply reply -> replied(message, conversation, reply);
            case Answering.Answer.RequestOrder order -> orderRequested(message, conversation, order);
            case Answering.Answer.HandOver handOver -> {
                if (COMPLAINT.equals(handOver.reason())) p.care().complained(conversation, message, text.get());
                yield handOver(message, conversation, handOver);
            }
        };
    }

    private ReplyOutcome replied(InboundMessage message, Conversation conversation, Answering.Answer.Reply reply) {
        if (reply.needsPerson()) escalate(message, conversation, "NEEDS_PERSON");
        return new ReplyOutcome.Replied(decide(message, conversation, reply.text(), reply.memory()), false);
    }

    /** The request goes to the queue first: a redelivery drafts the same request (same id) and it is stored once. */
    private ReplyOutcome orderRequested(InboundMessage message, Conversation conversation, Answering.Answer.RequestOrder order) {
        if (!p.orderRequests().publish(OrderRequests.of(message, conversation, order, clock.instant()))) {
            throw new IllegalStateException("the order-requests queue did not take the request for " + message.externalMessageId());
        }
        return new ReplyOutcome.Replied(decide(message, conversation, order.text(), order.memory()), false);
    }

    /** True when the message is new (a redelivery is neither stored nor counted again). */
    private boolean store(InboundMessage message, Conversation conversation) {
        Optional<String> mediaRef = p.media().keep(message);
        var entry = new Message(message.tenantId(), conversation.id(), MessageId.newId(), Direction.INBOUND,
                message.externalMessageId(), InboundText.type(message.content()), InboundText.of(message.content()).orElse(null),
                mediaRef.orElse(null), message.timestamp(), clock.instant());
        if (p.messages().append(entry) instanceof MessageAppend.Appended) {
            p.usage().count(message.tenantId(), LocalDate.ofInstant(message.timestamp(), ZoneOffset.UTC), Direction.INBOUND);
            return true;
        }
        return false;
    }

    private Answering.Question question(Tenant tenant, Conversation conversation, String text) {
        return new Answering.Question(tenant, p.services().list(tenant.id()), p.faqs().list(tenant.id()), conversation,
                p.memories().recall(tenant.id(), conversation.id()), text);
    }

    /** The conversation is marked for a person; the customer is told so once, when the assistant has words for it. */
    private ReplyOutcome handOver(InboundMessage message, Conversation conversation, Answering.Answer.HandOver handOver) {
        boolean first = conversation.status() == ConversationStatus.AI;
        if (first) escalate(message, conversation, handOver.reason());
        if (!first || handOver.text().isEmpty()) {
            handOver.memory().ifPresent(m -> p.memories().remember(message.tenantId(), new ConversationMemory(conversation.id(), m)));
            return new ReplyOutcome.HandedToHuman(handOver.reason(), null);
        }
        return new ReplyOutcome.HandedToHuman(handOver.reason(),
                decide(message, conversation, handOver.text().get(), handOver.memory()));
    }

    private void escalate(InboundMessage message, Conversation conversation, String reason) {
        if (conversation.status() == ConversationStatus.AI
                && p.conversationStore().update(conversation.escalated()) instanceof SaveOutcome.Saved<Conversation>) {
            p.care().escalated(conversation, message, reason);
        }
    }

    /** Records the reply keyed by the inbound wamid (the first recorded wins) with the assistant's memory, then queues it. */
    private String decide(InboundMessage message, Conversation conversation, String text, Optional<String> memory) {
        var reply = new OutboundMessage(Ids.next("out"), message.tenantId(), conversation.id().value(), message.customer(),
                message.externalMessageId(), MessageOrigin.AI, new OutboundContent.Text(text));
        var entry = new Message(message.tenantId(), conversation.id(), MessageId.newId(), Direction.OUTBOUND, null,
                MessageType.TEXT, text, null, clock.instant(), clock.instant());
        var remembered = memory.map(json -> new ConversationMemory(conversation.id(), json));
        return enqueue(p.ledger().recordReply(message.externalMessageId(), reply, entry, remembered));
    }

    private String enqueue(OutboundMessage reply) {
        if (!p.outbound().sendAll(List.of(Envelope.of(reply)))) {
            throw new IllegalStateException("the outbound queue did not take reply " + reply.id());
        }
        return reply.id();
    }
}
