package app.parley.conversation.application;

import app.parley.catalog.application.Faqs;
import app.parley.catalog.application.Services;
import app.parley.common.model.Ids;
import app.parley.conversation.model.Conversation;
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
import app.parley.tenancy.application.Tenants;
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
    static final String HAND_OVER_NOTICE = "Thank you for your message. A member of our team will get back to you shortly.";

    public record Ports(CustomerConversations conversations, Conversations conversationStore, Messages messages,
                        OutboundLedger ledger, Tenants tenants, ReplyGate gate, Services services, Faqs faqs,
                        Answering answering, EnvelopeQueue outbound, InboundMedia media, UsageCounters usage) {}

    private final Ports p;
    private final Clock clock;

    public ReplyingToCustomers(Ports ports, Clock clock) {
        this.p = ports;
        this.clock = clock;
    }

    public ReplyOutcome reply(InboundMessage message) {
        Conversation conversation = p.conversations().continueFor(message.tenantId(), message.customer().waId(),
                message.customer().profileName(), message.timestamp());
        store(message, conversation);
        Optional<OutboundMessage> decided = p.ledger().replyDecidedFor(message.tenantId(), message.externalMessageId());
        if (decided.isPresent()) return new ReplyOutcome.Replied(enqueue(decided.get()), true);
        Optional<Tenant> tenant = p.tenants().find(message.tenantId());
        Optional<SkipReason> closed = p.gate().closedFor(tenant, MessageOrigin.AI, Optional.of(conversation));
        if (closed.isPresent()) return new ReplyOutcome.Skipped(closed.get());
        Optional<String> text = InboundText.of(message.content());
        if (text.isEmpty()) return new ReplyOutcome.Skipped(SkipReason.NOTHING_TO_ANSWER);
        return switch (p.answering().answer(question(tenant.get(), conversation, text.get()))) {
            case Answering.Answer.Reply reply -> new ReplyOutcome.Replied(decide(message, conversation, reply.text()), false);
            case Answering.Answer.HandOver handOver -> handOver(message, conversation, handOver.reason());
        };
    }

    private void store(InboundMessage message, Conversation conversation) {
        Optional<String> mediaRef = p.media().keep(message);
        var entry = new Message(message.tenantId(), conversation.id(), MessageId.newId(), Direction.INBOUND,
                message.externalMessageId(), InboundText.type(message.content()), InboundText.of(message.content()).orElse(null),
                mediaRef.orElse(null), message.timestamp(), clock.instant());
        if (p.messages().append(entry) instanceof MessageAppend.Appended) {
            p.usage().count(message.tenantId(), LocalDate.ofInstant(message.timestamp(), ZoneOffset.UTC), Direction.INBOUND);
        }
    }

    private Answering.Question question(Tenant tenant, Conversation conversation, String text) {
        return new Answering.Question(tenant, p.services().list(tenant.id()), p.faqs().list(tenant.id()), tenant.ai(),
                conversation, text);
    }

    private ReplyOutcome handOver(InboundMessage message, Conversation conversation, String reason) {
        if (conversation.status() != ConversationStatus.AI) return new ReplyOutcome.HandedToHuman(reason, null);
        p.conversationStore().update(conversation.escalated());
        return new ReplyOutcome.HandedToHuman(reason, decide(message, conversation, HAND_OVER_NOTICE));
    }

    /** Records the reply keyed by the inbound wamid (the first recorded wins), then queues it. */
    private String decide(InboundMessage message, Conversation conversation, String text) {
        var reply = new OutboundMessage(Ids.next("out"), message.tenantId(), conversation.id().value(), message.customer(),
                message.externalMessageId(), MessageOrigin.AI, new OutboundContent.Text(text));
        var entry = new Message(message.tenantId(), conversation.id(), MessageId.newId(), Direction.OUTBOUND, null,
                MessageType.TEXT, text, null, clock.instant(), clock.instant());
        return enqueue(p.ledger().recordReply(message.externalMessageId(), reply, entry));
    }

    private String enqueue(OutboundMessage reply) {
        if (!p.outbound().sendAll(List.of(Envelope.of(reply)))) {
            throw new IllegalStateException("the outbound queue did not take reply " + reply.id());
        }
        return reply.id();
    }
}
