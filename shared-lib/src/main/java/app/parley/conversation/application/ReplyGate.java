package app.parley.conversation.application;

import app.parley.billing.application.BillingStanding;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.ConversationStatus;
import app.parley.messaging.model.InboundMessage;
import app.parley.messaging.model.MessageOrigin;
import app.parley.tenancy.application.PlatformSwitches;
import app.parley.tenancy.model.TenantId;
import app.parley.tenancy.model.TenantStatus;
import java.time.Clock;
import java.util.Optional;

/**
 * The switches every automatic message passes, read consistently each time (no cache), so a flip
 * acts on the very next message: tenant status, the tenant's AI switch, the platform kill switch,
 * a subscription suspended for non-payment, a person's takeover, and the customer's own switches
 * (opted out by keyword, paused for flooding). The tenant's items come in one read
 * ({@link GateReads}), the platform switch in another. Staff (AGENT) messages stop only for a
 * tenant that is not active.
 */
public final class ReplyGate {
    /** The tenant as read with the switches (callers need it; no second read), and why the gate is closed, if it is. */
    public record Check(Optional<app.parley.tenancy.model.Tenant> tenant, Optional<SkipReason> closed) {}

    private final PlatformSwitches platform;
    private final GateReads reads;
    private final CustomerSwitches customers;
    private final Clock clock;

    public ReplyGate(PlatformSwitches platform, GateReads reads, CustomerSwitches customers, Clock clock) {
        this.platform = platform;
        this.reads = reads;
        this.customers = customers;
        this.clock = clock;
    }

    /** After an inbound message is stored: what the customer switched (consent keywords) or tripped (flooding). */
    public void noted(InboundMessage message, Conversation conversation) {
        customers.noted(message, conversation);
    }

    public Check check(TenantId tenant, MessageOrigin origin, Optional<Conversation> conversation) {
        GateReads.Reading reading = reads.read(tenant, conversation.map(Conversation::customer));
        return new Check(reading.tenant(), closedFor(reading, origin, conversation));
    }

    private Optional<SkipReason> closedFor(GateReads.Reading r, MessageOrigin origin, Optional<Conversation> conversation) {
        if (r.tenant().isEmpty()) return Optional.of(SkipReason.TENANT_UNKNOWN);
        if (r.tenant().get().status() != TenantStatus.ACTIVE) return Optional.of(SkipReason.TENANT_NOT_ACTIVE);
        if (origin == MessageOrigin.AGENT) return Optional.empty();
        if (!r.tenant().get().ai().enabled()) return Optional.of(SkipReason.TENANT_AI_OFF);
        if (!platform.aiEnabled()) return Optional.of(SkipReason.PLATFORM_AI_OFF);
        if (!BillingStanding.allows(r.subscription())) return Optional.of(SkipReason.UNPAID_SUBSCRIPTION);
        if (conversation.isEmpty()) return Optional.empty();
        if (conversation.get().status() == ConversationStatus.HUMAN) return Optional.of(SkipReason.HUMAN_TAKEOVER);
        return r.customer().closedAt(clock.instant());
    }
}
