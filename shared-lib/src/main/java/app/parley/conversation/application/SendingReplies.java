package app.parley.conversation.application;

import app.parley.billing.application.UsagePublisher;
import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageKind;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.ConversationId;
import app.parley.conversation.model.Direction;
import app.parley.messaging.application.OutboundQueue;
import app.parley.messaging.model.OutboundMessage;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.WhatsAppConnection;
import app.parley.whatsapp.cloud.GraphApiClient;
import app.parley.whatsapp.cloud.GraphFailure;
import app.parley.whatsapp.cloud.PermanentFailure;
import app.parley.whatsapp.cloud.RetryableFailure;
import app.parley.whatsapp.cloud.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one outgoing message through the Cloud API, at most once as far as it can know: a
 * message sent, withheld or failed before is left alone; the switches are read again right
 * before sending (an AI reply queued before a flip is withheld); read receipt and typing
 * indicator, a human-like pause, then a
 * write-ahead claim (in doubt from now; only one invocation wins it) and the send. Transient trouble asks for a retry later. A send without an
 * answer is in doubt: not re-sent while Meta's status webhook (matched by our callback data) may still settle it.
 * A tenant on the unofficial gateway gets its message handed to the gateway's outbound queue
 * (same envelope) once the switches allow it; the gateway's governor paces and sends it.
 */
public final class SendingReplies {
    private static final Logger LOG = LoggerFactory.getLogger(SendingReplies.class);
    public record Ports(OutboundLedger ledger, Conversations conversations, ConversationFlags flags,
                        ReplyGate gate, SendGuard guard, WhatsAppTokens tokens, GraphApiClient graph, UsageCounters usage,
                        UsagePublisher billing,
                        StoredMediaUploads uploads, OutboundQueue gateway) {}

    /**
     * How long a send without an answer waits for Meta's status webhook before it is sent again ({@code window}), and how
     * often the sender looks whether the status came ({@code recheckEvery}).
     */
    public record DoubtWindow(Duration window, Duration recheckEvery) {
        public static final DoubtWindow STANDARD = new DoubtWindow(Duration.ofMinutes(5), Duration.ofSeconds(15));
    }

    public interface Pause {
        void sleep(Duration duration);
    }

    private final Ports p;
    private final HumanlikeDelays delays;
    private final Pause pause;
    private final Backoff backoff;
    private final Clock clock;
    private final DoubtWindow doubt;

    public SendingReplies(Ports ports, HumanlikeDelays delays, Pause pause, Backoff backoff, Clock clock, DoubtWindow doubt) {
        this.doubt = doubt;
        this.p = ports;
        this.delays = delays;
        this.pause = pause;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** {@code attempt} is the queue's receive count (1 on the first delivery). */
    public SendOutcome send(OutboundMessage message, int attempt) {
        OutboundState state = p.ledger().state(message.tenantId(), message.id());
        if (state.settled()) return settledBefore(message, state);
        Optional<Instant> expiredDoubt = Optional.empty();
        if (state == OutboundState.IN_DOUBT) {
            Optional<Instant> since = p.ledger().inDoubtSince(message.tenantId(), message.id());
            Optional<SendOutcome> waiting = stillInDoubt(message, since);
            if (waiting.isPresent()) return waiting.get();
            expiredDoubt = since;
        }
        Optional<Conversation> conversation = conversationOf(message);
        return switch (switches(message, conversation)) {
            case Switches.Closed closed -> closed.withheld();
            case Switches.Open open -> switch (open.tenant().whatsapp()) {
                case WhatsAppConnection.Cloud cloud -> deliver(message, cloud.phoneNumberId(), attempt, conversation, expiredDoubt);
                case WhatsAppConnection.Unofficial unofficial -> handOverToGateway(message);
            };
        };
    }

    /** What the switches decided, with the tenant as read together with them (one read of the tenant per check). */
    private sealed interface Switches {
        record Open(Tenant tenant) implements Switches {}
        record Closed(SendOutcome.Withheld withheld) implements Switches {}
    }

    private SendOutcome handOverToGateway(OutboundMessage message) {
        p.gateway().enqueue(message);
        p.ledger().markHandedOver(message, clock.instant());
        return new SendOutcome.HandedToGateway();
    }

    /** Reads tenant, switches and takeover now (consistent reads); records and answers a withholding. */
    private Switches switches(OutboundMessage message, Optional<Conversation> conversation) {
        ReplyGate.Check gate = p.gate().check(message.tenantId(), message.origin(), conversation);
        if (gate.closed().isEmpty()) return new Switches.Open(gate.tenant().orElseThrow());
        p.ledger().markWithheld(message, gate.closed().get().name(), clock.instant());
        return new Switches.Closed(new SendOutcome.Withheld(gate.closed().get()));
    }

    private SendOutcome deliver(OutboundMessage message, String number, int attempt, Optional<Conversation> conversation,
                                Optional<Instant> expiredDoubt) {
        if (!p.guard().mayCall(number)) return new SendOutcome.RetryLater(backoff.after(attempt, Optional.empty()), "circuit open");
        String token = p.tokens().tokenFor(message.tenantId());
        message.replyTo().ifPresent(wamid -> p.graph().markRead(number, token, wamid, true));
        Duration typing = delays.before(message.content());
        if (!typing.isZero()) {
            pause.sleep(typing);
            if (switches(message, conversationOf(message)) instanceof Switches.Closed flipped) return flipped.withheld();
        }
        return switch (p.uploads().resolve(message, number, token)) {
            case StoredMediaUploads.Resolution.Failed failed -> afterFailure(message, number, attempt, conversation, failed.failure());
            case StoredMediaUploads.Resolution.Ready ready -> claimThenSend(new Attempt(message, number, attempt, conversation),
                    token, ready.message(), expiredDoubt);
        };
    }

    private record Attempt(OutboundMessage message, String number, int attempt, Optional<Conversation> conversation) {}

    /**
     * Write-ahead: the message is claimed (in doubt from now) before Graph is called, so of two invocations holding it at
     * once only one sends, and a crash mid-send leaves it in doubt rather than queued. A definite failure (nothing sent)
     * releases the claim for the retry.
     */
    private SendOutcome claimThenSend(Attempt a, String token, OutboundMessage ready, Optional<Instant> expiredDoubt) {
        Instant claimedAt = clock.instant();
        if (!p.ledger().claimForSending(a.message(), expiredDoubt, claimedAt)) return claimedElsewhere(a.message());
        return switch (p.graph().send(a.number(), token, ready)) {
            case SendResult.Sent sent -> sent(ready, a.number(), sent.wamid());
            case SendResult.OutcomeUnknown unknown -> inDoubt(a.message(), a.number(), unknown.why());
            case GraphFailure failure -> {
                if (failure instanceof RetryableFailure) p.ledger().releaseClaim(a.message(), claimedAt);
                yield afterFailure(a.message(), a.number(), a.attempt(), a.conversation(), failure);
            }
        };
    }

    /** Another invocation claimed it first (a redelivery while one still runs) or it was settled meanwhile: no send here. */
    private SendOutcome claimedElsewhere(OutboundMessage message) {
        OutboundState now = p.ledger().state(message.tenantId(), message.id());
        if (now.settled()) return settledBefore(message, now);
        LOG.info("outbound.claimed_elsewhere: {} is being sent by another invocation ({}); looking again later", message.id(), now);
        return new SendOutcome.InDoubt(doubt.recheckEvery(), "claimed by another invocation");
    }

    private SendOutcome afterFailure(OutboundMessage message, String number, int attempt, Optional<Conversation> conversation,
                                     GraphFailure failure) {
        return switch (failure) {
            case RetryableFailure retry -> {
                p.guard().failed(number);
                yield new SendOutcome.RetryLater(backoff.after(attempt, retry.retryAfter()), retry.code() + " " + retry.message());
            }
            case PermanentFailure refused -> failed(message, number, refused, conversation);
        };
    }

    /**
     * No answer to the send: Meta may have it. Recorded as in doubt (not failed, not re-sent now); the status webhook
     * settles it, or the doubt window runs out. If a status settled it already, it is counted as sent here.
     */
    private SendOutcome inDoubt(OutboundMessage message, String number, String why) {
        p.guard().failed(number);
        if (p.ledger().markInDoubt(message, clock.instant())) {
            LOG.warn("outbound.in_doubt: {} sent without an answer ({}); waiting for Meta's status", message.id(), why);
            return new SendOutcome.InDoubt(doubt.recheckEvery(), why);
        }
        return settledBefore(message, p.ledger().state(message.tenantId(), message.id()));
    }

    /** Still waiting for the status of an unanswered send, or empty once the window passed and it is to be sent again. */
    private Optional<SendOutcome> stillInDoubt(OutboundMessage message, Optional<Instant> since) {
        if (since.isEmpty()) {
            OutboundState now = p.ledger().state(message.tenantId(), message.id());
            return now.settled() ? Optional.of(settledBefore(message, now)) : Optional.empty();
        }
        Duration left = doubt.window().minus(Duration.between(since.get(), clock.instant()));
        if (left.isPositive()) {
            Duration recheck = left.compareTo(doubt.recheckEvery()) < 0 ? left : doubt.recheckEvery();
            return Optional.of(new SendOutcome.InDoubt(recheck, "no status from Meta since " + since.get()));
        }
        LOG.warn("outbound.resent_after_doubt: {} had no status from Meta within {} of its unanswered send at {}; sending it again "
                + "(the customer may get it twice)", message.id(), doubt.window(), since.get());
        return Optional.empty();
    }

    /** Settled before; a send that only a status webhook settled as sent is counted and billed once, here. */
    private SendOutcome settledBefore(OutboundMessage message, OutboundState state) {
        if (state == OutboundState.SENT && p.ledger().claimStatusSettledCount(message.tenantId(), message.id())) count(message);
        return new SendOutcome.AlreadySettled(state);
    }

    private SendOutcome sent(OutboundMessage message, String number, String wamid) {
        p.guard().succeeded(number);
        p.ledger().markSent(message, wamid, clock.instant());
        count(message);
        return new SendOutcome.Sent(wamid);
    }

    private void count(OutboundMessage message) {
        p.usage().countSent(message.tenantId(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), message.origin());
        // never thrown back: a retry would send the message twice; a refusal is logged replayable by the publisher
        p.billing().publish(new UsageEvent(message.id() + "#out", message.tenantId(), UsageKind.MESSAGE_OUT, 1,
                clock.instant(), null, null));
    }

    private SendOutcome failed(OutboundMessage message, String number, PermanentFailure refused, Optional<Conversation> conversation) {
        p.guard().succeeded(number);
        p.ledger().markFailed(message, refused.code(), refused.message(), clock.instant());
        if (refused.reengagementRequired()) conversation.ifPresent(c -> needsTemplateOrHuman(c, refused.message()));
        return new SendOutcome.Failed(refused.code(), refused.message());
    }

    private void needsTemplateOrHuman(Conversation conversation, String reason) {
        p.flags().flag(conversation.tenant(), conversation.id(), ConversationFlags.REENGAGEMENT_REQUIRED, reason, clock.instant());
        Reengagement.escalate(p.conversations(), conversation);
    }

    private Optional<Conversation> conversationOf(OutboundMessage message) {
        if (message.conversationId() == null) return Optional.empty();
        return p.conversations().find(message.tenantId(), new ConversationId(message.conversationId()));
    }
}
