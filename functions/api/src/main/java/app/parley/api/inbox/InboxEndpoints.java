package app.parley.api.inbox;

import static app.parley.auth.access.Permission.CONVERSATION_REPLY;
import static app.parley.auth.access.Permission.CONVERSATION_TAKEOVER;
import static app.parley.auth.access.Permission.INBOX_READ;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.inbox.InboxBodies.*;
import app.parley.auth.model.UserId;
import app.parley.common.model.SaveOutcome;
import app.parley.conversation.application.Conversations;
import app.parley.conversation.application.Messages;
import app.parley.conversation.model.*;
import app.parley.messaging.application.OutboundQueue;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Conversations: the inbox, one thread with its messages, takeover and release, and a staff reply. */
public final class InboxEndpoints {
    private static final int DETAIL_MESSAGES = 50;
    private final Conversations conversations;
    private final Messages messages;
    private final OutboundQueue outbound;
    private final Auditor audit;
    private final Clock clock;

    public InboxEndpoints(Conversations conversations, Messages messages, OutboundQueue outbound, Auditor audit, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.outbound = outbound;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/conversations").tag("inbox").requires(INBOX_READ)
                        .summary("Conversations, most recently active first; ?mode=AI|ESCALATED|HUMAN").query("mode").paged()
                        .returnsList(ConversationView.class).handle(this::list),
                Operation.get("/api/conversations/{conversationId}").tag("inbox").requires(INBOX_READ)
                        .summary("One conversation with its latest messages").returns(ConversationDetail.class).handle(this::detail),
                Operation.post("/api/conversations/{conversationId}/takeover").tag("inbox").requires(CONVERSATION_TAKEOVER)
                        .summary("Take the conversation over: the assistant stops answering").returns(ConversationView.class)
                        .handle(c -> Reply.ok(ConversationView.of(change(c, "CONVERSATION_TAKEN_OVER", conv -> conv.takenOverBy(new UserId(c.actor())))))),
                Operation.post("/api/conversations/{conversationId}/release").tag("inbox").requires(CONVERSATION_TAKEOVER)
                        .summary("Hand the conversation back to the assistant").returns(ConversationView.class)
                        .handle(c -> Reply.ok(ConversationView.of(change(c, "CONVERSATION_RELEASED", InboxEndpoints::released)))),
                Operation.post("/api/conversations/{conversationId}/messages").tag("inbox").requires(CONVERSATION_REPLY)
                        .summary("Reply as staff (takes the conversation over; queued for sending)")
                        .accepts(AgentReply.class, "{\"text\":\"Hello, this is Ann from the front desk.\"}")
                        .returns(MessageView.class).status(202).handle(this::reply));
    }

    private Reply list(Call call) {
        ConversationStatus mode = call.query("mode").map(InboxEndpoints::mode).orElse(null);
        return Reply.ok(Listing.of(call.page((limit, cursor) -> conversations.page(call.tenant(), mode, limit, cursor)), ConversationView::of));
    }

    private Reply detail(Call call) {
        Conversation c = existing(call);
        List<MessageView> latest = messages.latest(call.tenant(), c.id(), DETAIL_MESSAGES).stream().map(MessageView::of).toList();
        return Reply.ok(new ConversationDetail(ConversationView.of(c), latest));
    }

    private Reply reply(Call call) {
        String text = call.body(AgentReply.class).text();
        Instant now = clock.instant();
        Conversation c = change(call, "AGENT_REPLIED",
                conv -> (conv.status() == ConversationStatus.HUMAN ? conv : conv.takenOverBy(new UserId(call.actor()))).messagedAt(now));
        Message message = new Message(call.tenant(), c.id(), MessageId.newId(), Direction.OUTBOUND, null, MessageType.TEXT, text, null, now, now);
        messages.append(message);
        outbound.enqueue(new OutboundMessage(message.id().value(), call.tenant(), c.id().value(),
                new Customer(c.customerPhone().replace("+", ""), null), null, MessageOrigin.AGENT, new OutboundContent.Text(text)));
        return new Reply(202, MessageView.of(message), java.util.Map.of());
    }

    private Conversation change(Call call, String action, UnaryOperator<Conversation> change) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Conversation before = existing(call);
            if (conversations.update(change.apply(before)) instanceof SaveOutcome.Saved<Conversation> saved) {
                audit.record(call, action, ConversationView.of(before), ConversationView.of(saved.value()));
                return saved.value();
            }
        }
        throw ApiProblem.conflict("concurrent_change", "The conversation kept changing; try again.");
    }

    private Conversation existing(Call call) {
        return conversations.find(call.tenant(), call.id("conversationId", ConversationId::new)).orElseThrow(ApiProblem::notFound);
    }

    private static Conversation released(Conversation c) {
        return new Conversation(c.tenant(), c.id(), c.customer(), c.customerPhone(), ConversationStatus.AI, Optional.empty(),
                c.lastMessageAt(), c.version());
    }

    private static ConversationStatus mode(String value) {
        try {
            return ConversationStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("mode", "is one of AI, ESCALATED, HUMAN.");
        }
    }
}
