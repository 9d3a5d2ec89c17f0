package app.parley.conversation.infrastructure;

import static app.parley.persistence.Attrs.optStr;
import static app.parley.persistence.Attrs.str;

import app.parley.conversation.application.OutboundLedger;
import app.parley.conversation.application.OutboundState;
import app.parley.conversation.model.ConversationMemory;
import app.parley.conversation.model.Message;
import app.parley.messaging.model.DeliveryStatus;
import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.OutboundMessage;
import app.parley.messaging.model.StatusUpdate.DeliveryError;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Outgoing messages: {@code T#t#OUT#id / META} (state, envelope, wamid, delivery), the decided
 * reply per inbound wamid {@code T#t#REPLYTO#wamid / META}, and {@code T#t#SENT#wamid / META}
 * pointing back from Meta's id. Delivery only moves forward (sent → delivered → read; failed). A send without an
 * answer is IN_DOUBT ({@code inDoubtSince}) until a status webhook naming it by callback data settles it
 * ({@code settledBy = status}).
 */
public final class DynamoOutboundLedger implements OutboundLedger {
    private static final int REPLY_POINTER = 0;
    /** Nothing settled it yet: no record, queued, or in doubt ({@code #s} = state, {@code :q}/{@code :d} their names). */
    private static final String UNSETTLED = "attribute_not_exists(PK) OR #s IN (:q, :d)";
    private final TenantTable table;

    public DynamoOutboundLedger(TenantTable table) {
        this.table = table;
    }

    @Override
    public Optional<OutboundMessage> replyDecidedFor(TenantId tenant, String inboundExternalId) {
        return table.get(tenant, Keys.replyTo(tenant, inboundExternalId), Keys.META)
                .map(i -> Envelopes.fromJson(str(i, "envelope"), OutboundMessage.class));
    }

    @Override
    public OutboundMessage recordReply(String inboundExternalId, OutboundMessage reply, Message historyEntry,
                                       Optional<ConversationMemory> memory) {
        TenantId t = reply.tenantId();
        String envelope = Envelopes.toJson(reply);
        TenantItem pointer = TenantItem.of(t, Keys.replyTo(t, inboundExternalId), Keys.META)
                .with("outboundId", reply.id()).with("envelope", envelope);
        TenantItem record = record(reply, OutboundState.QUEUED, envelope);
        var writes = new ArrayList<>(List.of(table.putInTransaction(pointer, TenantTable.NEW_ITEM),
                table.putInTransaction(record, TenantTable.NEW_ITEM),
                table.putInTransaction(DynamoMessages.itemOf(historyEntry), TenantTable.NEW_ITEM)));
        memory.ifPresent(m -> writes.add(table.putInTransaction(DynamoConversationMemories.itemOf(t, m), null)));
        var outcome = table.transact(t, writes);
        if (outcome.committed()) return reply;
        if (outcome.failedAt(REPLY_POINTER)) return replyDecidedFor(t, inboundExternalId).orElseThrow();
        throw new IllegalStateException("reply " + reply.id() + " could not be recorded: " + outcome.reasons());
    }

    @Override
    public OutboundState state(TenantId tenant, String outboundId) {
        return table.get(tenant, Keys.outbound(tenant, outboundId), Keys.META)
                .map(i -> OutboundState.valueOf(str(i, "state"))).orElse(OutboundState.UNKNOWN);
    }

    /**
     * Meta's answer to the send. A status may have come first (statuses are settled apart and in any order): then the
     * delivery it recorded is kept, never moved back to sent, and what its settling wrote goes (this send is the sender's,
     * counted by it). A message the sender never claimed (no record) is written whole.
     */
    @Override
    public void markSent(OutboundMessage m, String wamid, Instant at) {
        TenantId t = m.tenantId();
        TenantItem sent = TenantItem.of(t, Keys.sentMessage(t, wamid), Keys.META)
                .with("outboundId", m.id()).with("conversationId", m.conversationId());
        var recorded = table.transact(t, List.of(table.updateInTransaction(Keys.outbound(t, m.id()), Keys.META, sentOver(m, wamid, at)),
                table.putInTransaction(sent, null)));
        if (recorded.committed()) return;
        table.transact(t, List.of(table.putInTransaction(record(m, OutboundState.SENT, Envelopes.toJson(m))
                        .with("wamid", wamid).with("sentAt", at).with("delivery", DeliveryStatus.SENT.name()), null),
                table.putInTransaction(sent, null)));
    }

    private static Expression sentOver(OutboundMessage m, String wamid, Instant at) {
        return new Expression("SET #s = :sent, envelope = :e, wamid = :w, sentAt = :at, delivery = if_not_exists(delivery, :d) "
                + "REMOVE inDoubtSince, settledBy, settledAt, errorCode, reason", "attribute_exists(PK)", Map.of("#s", "state"),
                Map.of(":sent", Attrs.s(OutboundState.SENT.name()), ":e", Attrs.s(Envelopes.toJson(m)), ":w", Attrs.s(wamid),
                        ":at", Attrs.s(at.toString()), ":d", Attrs.s(DeliveryStatus.SENT.name())));
    }

    @Override
    public void markWithheld(OutboundMessage m, String reason, Instant at) {
        table.put(record(m, OutboundState.WITHHELD, Envelopes.toJson(m)).with("reason", reason).with("settledAt", at));
    }

    @Override
    public void markHandedOver(OutboundMessage m, Instant at) {
        table.put(record(m, OutboundState.HANDED_TO_GATEWAY, Envelopes.toJson(m)).with("settledAt", at));
    }

    @Override
    public void markFailed(OutboundMessage m, int code, String reason, Instant at) {
        table.put(record(m, OutboundState.FAILED, Envelopes.toJson(m)).with("errorCode", code).with("reason", reason)
                .with("settledAt", at));
    }

    @Override
    public boolean markInDoubt(OutboundMessage m, Instant at) {
        return table.putIf(record(m, OutboundState.IN_DOUBT, Envelopes.toJson(m)).with("inDoubtSince", at), UNSETTLED,
                Map.of("#s", "state"), Map.of(":q", Attrs.s(OutboundState.QUEUED.name()), ":d", Attrs.s(OutboundState.IN_DOUBT.name())));
    }

    @Override
    public boolean claimForSending(OutboundMessage m, Optional<Instant> expiredSince, Instant at) {
        TenantItem claimed = record(m, OutboundState.IN_DOUBT, Envelopes.toJson(m)).with("inDoubtSince", at);
        if (expiredSince.isPresent()) {
            return table.putIf(claimed, "#s = :d AND inDoubtSince = :since", Map.of("#s", "state"),
                    Map.of(":d", Attrs.s(OutboundState.IN_DOUBT.name()), ":since", Attrs.s(expiredSince.get().toString())));
        }
        return table.putIf(claimed, "attribute_not_exists(PK) OR #s = :q", Map.of("#s", "state"),
                Map.of(":q", Attrs.s(OutboundState.QUEUED.name())));
    }

    @Override
    public void releaseClaim(OutboundMessage m, Instant claimedAt) {
        table.update(m.tenantId(), Keys.outbound(m.tenantId(), m.id()), Keys.META, new Expression("SET #s = :q REMOVE inDoubtSince",
                "#s = :d AND inDoubtSince = :since", Map.of("#s", "state"), Map.of(":q", Attrs.s(OutboundState.QUEUED.name()),
                ":d", Attrs.s(OutboundState.IN_DOUBT.name()), ":since", Attrs.s(claimedAt.toString()))));
    }

    @Override
    public Optional<Instant> inDoubtSince(TenantId tenant, String outboundId) {
        return table.get(tenant, Keys.outbound(tenant, outboundId), Keys.META)
                .filter(i -> OutboundState.IN_DOUBT.name().equals(optStr(i, "state")) && i.containsKey("inDoubtSince"))
                .map(i -> Attrs.instant(i, "inDoubtSince"));
    }

    @Override
    public Optional<SentRef> settleFromStatus(TenantId t, String outboundId, String wamid, DeliveryStatus status, Instant at,
                                              List<DeliveryError> errors) {
        boolean failed = status == DeliveryStatus.FAILED;
        String code = errors.isEmpty() ? "0" : Integer.toString(errors.getFirst().code());
        var settle = new Expression("SET #s = :state, outboundId = :id, wamid = :w, settledBy = :by, settledAt = :at"
                + (failed ? ", errorCode = :code, reason = :why" : ", sentAt = :at"), UNSETTLED, Map.of("#s", "state"),
                failed ? Map.of(":state", Attrs.s(OutboundState.FAILED.name()), ":id", Attrs.s(outboundId), ":w", Attrs.s(wamid),
                        ":by", Attrs.s("status"), ":at", Attrs.s(at.toString()), ":code", Attrs.n(Long.parseLong(code)),
                        ":why", Attrs.s(errors.isEmpty() ? "failed status" : String.valueOf(errors.getFirst().title())),
                        ":q", Attrs.s(OutboundState.QUEUED.name()), ":d", Attrs.s(OutboundState.IN_DOUBT.name()))
                        : Map.of(":state", Attrs.s(OutboundState.SENT.name()), ":id", Attrs.s(outboundId), ":w", Attrs.s(wamid),
                        ":by", Attrs.s("status"), ":at", Attrs.s(at.toString()),
                        ":q", Attrs.s(OutboundState.QUEUED.name()), ":d", Attrs.s(OutboundState.IN_DOUBT.name())));
        Optional<SentRef> settled = table.update(t, Keys.outbound(t, outboundId), Keys.META, settle)
                .map(i -> new SentRef(outboundId, optStr(i, "conversationId")));
        settled.ifPresent(ref -> table.put(TenantItem.of(t, Keys.sentMessage(t, wamid), Keys.META)
                .with("outboundId", outboundId).with("conversationId", ref.conversationId())));
        return settled;
    }

    @Override
    public boolean claimStatusSettledCount(TenantId t, String outboundId) {
        return table.update(t, Keys.outbound(t, outboundId), Keys.META, new Expression("SET counted = :yes",
                "#s = :sent AND settledBy = :by AND attribute_not_exists(counted)", Map.of("#s", "state"),
                Map.of(":yes", Attrs.flag(true), ":sent", Attrs.s(OutboundState.SENT.name()), ":by", Attrs.s("status")))).isPresent();
    }

    @Override
    public Optional<SentRef> findSent(TenantId tenant, String wamid) {
        return table.get(tenant, Keys.sentMessage(tenant, wamid), Keys.META)
                .map(i -> new SentRef(str(i, "outboundId"), optStr(i, "conversationId")));
    }

    @Override
    public void recordDelivery(TenantId tenant, String outboundId, DeliveryStatus status, Instant at, List<DeliveryError> errors) {
        String codes = errors.stream().map(e -> Integer.toString(e.code())).collect(Collectors.joining(","));
        var forward = new Expression("SET delivery = :s, deliveryAt = :at, deliveryRank = :r"
                + (codes.isEmpty() ? "" : ", deliveryErrors = :e"),
                "attribute_exists(PK) AND (attribute_not_exists(deliveryRank) OR deliveryRank < :r)", Map.of(),
                codes.isEmpty() ? Map.of(":s", Attrs.s(status.name()), ":at", Attrs.s(at.toString()), ":r", Attrs.n(rank(status)))
                        : Map.of(":s", Attrs.s(status.name()), ":at", Attrs.s(at.toString()), ":r", Attrs.n(rank(status)),
                        ":e", Attrs.s(codes)));
        table.update(tenant, Keys.outbound(tenant, outboundId), Keys.META, forward);
    }

    private static long rank(DeliveryStatus status) {
        return switch (status) {
            case SENT -> 1;
            case DELIVERED -> 2;
            case READ -> 3;
            case FAILED -> 4;
        };
    }

    private static TenantItem record(OutboundMessage m, OutboundState state, String envelope) {
        return TenantItem.of(m.tenantId(), Keys.outbound(m.tenantId(), m.id()), Keys.META)
                .with("outboundId", m.id()).with("state", state.name()).with("origin", m.origin().name())
                .with("conversationId", m.conversationId()).with("envelope", envelope);
    }
}
