package app.parley.conversation.application;

import app.parley.conversation.model.ConversationId;
import app.parley.messaging.model.DeliveryStatus;
import app.parley.messaging.model.StatusReport;
import app.parley.messaging.model.StatusUpdate;
import java.time.Clock;
import java.util.Optional;

/** Applies Meta's status callbacks to the stored outgoing message; a 131047 failure flags the conversation. */
public final class TrackingDelivery {
    private static final int REENGAGEMENT = 131047;

    /** Whether the status matched a message this platform sent. */
    public sealed interface Tracked {
        record Recorded(String outboundId, DeliveryStatus status) implements Tracked {}

        record UnknownMessage(String wamid) implements Tracked {}
    }

    private final OutboundLedger ledger;
    private final Conversations conversations;
    private final ConversationFlags flags;
    private final Clock clock;

    public TrackingDelivery(OutboundLedger ledger, Conversations conversations, ConversationFlags flags, Clock clock) {
        this.ledger = ledger;
        this.conversations = conversations;
        this.flags = flags;
        this.clock = clock;
    }

    public Tracked record(StatusReport report) {
        StatusUpdate update = report.update();
        Optional<OutboundLedger.SentRef> sent = ledger.findSent(report.tenantId(), update.externalMessageId());
        if (sent.isEmpty()) return new Tracked.UnknownMessage(update.externalMessageId());
        ledger.recordDelivery(report.tenantId(), sent.get().outboundId(), update.status(), update.timestamp(), update.errors());
        boolean reengagement = update.errors().stream().anyMatch(e -> e.code() == REENGAGEMENT);
        if (update.status() == DeliveryStatus.FAILED && reengagement && sent.get().conversationId() != null) {
            ConversationId id = new ConversationId(sent.get().conversationId());
            flags.flag(report.tenantId(), id, ConversationFlags.REENGAGEMENT_REQUIRED, "131047 reported by Meta", clock.instant());
            conversations.find(report.tenantId(), id).ifPresent(c -> Reengagement.escalate(conversations, c));
        }
        return new Tracked.Recorded(sent.get().outboundId(), update.status());
    }
}
