package app.parley.conversation.application;

import app.parley.conversation.model.ConversationId;
import app.parley.messaging.model.DeliveryStatus;
import app.parley.messaging.model.StatusReport;
import app.parley.messaging.model.StatusUpdate;
import app.parley.whatsapp.cloud.CallbackData;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies Meta's status callbacks to the stored outgoing message; a 131047 failure flags the conversation. */
public final class TrackingDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(TrackingDelivery.class);
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
        Optional<OutboundLedger.SentRef> sent = ledger.findSent(report.tenantId(), update.externalMessageId())
                .or(() -> settleByCallbackData(report));
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

    /**
     * A status for a wamid we never stored: a send whose answer we did not get (in doubt), or whose answer the sender
     * has not recorded yet. Our callback data names the message, which the status now settles; when the message was
     * settled already (sent again after the doubt window), this status is of an earlier send and the customer got it twice.
     */
    private Optional<OutboundLedger.SentRef> settleByCallbackData(StatusReport report) {
        StatusUpdate update = report.update();
        Optional<String> ours = CallbackData.outboundId(update.callbackData());
        if (ours.isEmpty()) return Optional.empty();
        Optional<OutboundLedger.SentRef> settled = ledger.settleFromStatus(report.tenantId(), ours.get(),
                update.externalMessageId(), update.status(), update.timestamp(), update.errors());
        if (settled.isPresent()) {
            LOG.info("outbound {} settled {} by Meta's status for {}", ours.get(), update.status(), update.externalMessageId());
            return settled;
        }
        // the sender recorded this very send between our first look and the settling: the same send, not a second one
        Optional<OutboundLedger.SentRef> recordedMeanwhile = ledger.findSent(report.tenantId(), update.externalMessageId());
        if (recordedMeanwhile.isPresent()) return recordedMeanwhile;
        if (update.status() != DeliveryStatus.FAILED) {
            LOG.warn("outbound.sent_twice: outbound {} was already settled when Meta reported {} for an earlier send {}",
                    ours.get(), update.status(), update.externalMessageId());
        }
        return settled;
    }
}
