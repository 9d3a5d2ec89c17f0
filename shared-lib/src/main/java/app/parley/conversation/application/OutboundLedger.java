package app.parley.conversation.application;

import app.parley.conversation.model.ConversationMemory;
import app.parley.conversation.model.Message;
import app.parley.messaging.model.DeliveryStatus;
import app.parley.messaging.model.OutboundMessage;
import app.parley.messaging.model.StatusUpdate.DeliveryError;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of every outgoing message: decided replies, sends, withheld and failed ones, delivery. */
public interface OutboundLedger {
    /** The reply already decided for this inbound message, if any. */
    Optional<OutboundMessage> replyDecidedFor(TenantId tenant, String inboundExternalId);

    /** Records the reply (and its history entry) once per inbound id; returns the one recorded first. */
    default OutboundMessage recordReply(String inboundExternalId, OutboundMessage reply, Message historyEntry) {
        return recordReply(inboundExternalId, reply, historyEntry, Optional.empty());
    }

    /**
     * The same, and what the assistant remembers after this turn, in the same all-or-nothing write: a redelivered
     * message finds the reply recorded and never applies its turn to the memory twice.
     */
    OutboundMessage recordReply(String inboundExternalId, OutboundMessage reply, Message historyEntry,
                                Optional<ConversationMemory> memory);

    OutboundState state(TenantId tenant, String outboundId);

    void markSent(OutboundMessage message, String wamid, Instant at);

    void markWithheld(OutboundMessage message, String reason, Instant at);

    /** Handed to the unofficial gateway's outbound queue (the gateway sends it at its own pace). */
    void markHandedOver(OutboundMessage message, Instant at);

    void markFailed(OutboundMessage message, int code, String reason, Instant at);

    /**
     * The send's outcome is unknown (no answer): in doubt since {@code at}. False when a status webhook has settled
     * the message meanwhile (it may arrive before the timed-out call gives up), which is then left as it is.
     */
    boolean markInDoubt(OutboundMessage message, Instant at);

    /**
     * The write-ahead claim made right before a send: the message becomes IN_DOUBT since {@code at}, so a crash during the
     * send leaves it in doubt (settled by the status webhook or the doubt window), never queued to be sent again at once.
     * It succeeds only where a send may start: no record, QUEUED, or in doubt since exactly {@code expiredSince} (a doubt
     * whose window ran out). False when another invocation claimed it first or it was settled meanwhile.
     */
    boolean claimForSending(OutboundMessage message, Optional<Instant> expiredSince, Instant at);

    /** Nothing was sent after all (a definite failure): QUEUED again, if the claim made at {@code claimedAt} still holds it. */
    void releaseClaim(OutboundMessage message, Instant claimedAt);

    /** Since when the message is in doubt (its last send without an answer); empty when it is not in doubt. */
    Optional<Instant> inDoubtSince(TenantId tenant, String outboundId);

    /**
     * Settles a message from a status webhook that named it by our callback data, when it is still queued or in doubt
     * (or has no record yet): sent, delivered and read make it SENT under {@code wamid}, failed makes it FAILED. Empty
     * when it was already settled (e.g. sent again after the doubt window: Meta is reporting the earlier send).
     */
    Optional<SentRef> settleFromStatus(TenantId tenant, String outboundId, String wamid, DeliveryStatus status, Instant at,
                                       List<DeliveryError> errors);

    /**
     * True exactly once for a message a status webhook settled as sent: the sender counts and bills that send then
     * (it never saw Meta's answer, so it did not count it when it sent).
     */
    boolean claimStatusSettledCount(TenantId tenant, String outboundId);

    /** The outgoing message Meta knows by this wamid. */
    Optional<SentRef> findSent(TenantId tenant, String wamid);

    void recordDelivery(TenantId tenant, String outboundId, DeliveryStatus status, Instant at, List<DeliveryError> errors);

    record SentRef(String outboundId, String conversationId) {}
}
