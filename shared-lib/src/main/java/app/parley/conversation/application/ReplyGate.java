package app.parley.conversation.application;

import app.parley.billing.application.BillingStanding;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.ConversationStatus;
import app.parley.messaging.model.InboundMessage;
import app.parley.messaging.model.MessageOrigin;
import app.parley.tenancy.application.PlatformSwitches;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantStatus;
import java.util.Optional;

/**
 * The switches every automatic message passes, read consistently each time (no cache), so a flip
 * acts on the very next message: tenant status, the tenant's AI switch, the platform kill switch
 * a subscription suspended for non-payment, a person's takeover, and the customer's own switches
 * (opted out by keyword, paused for flooding). Staff (AGENT) messages stop
 * only for a tenant that is not active.
 */
public final class ReplyGate {
    private final PlatformSwitches platform;
    private final BillingStanding billing;
    private final CustomerSwitches customers;

    public ReplyGate(PlatformSwitches platform, BillingStanding billing, CustomerSwitches customers) {
        this.platform = platform;
        this.billing = billing;
        this.customers = customers;
    }

    /** After an inbound message is stored: what the customer switched (consent keywords) or tripped (flooding). */
    public void noted(InboundMessage message, Conversation conversation) {
        customers.noted(message, conversation);
    }

    public Optional<SkipReason> closedFor(Optional<Tenant> tenant, MessageOrigin origin, Optional<Conversation> conversation) {
        if (tenant.isEmpty()) return Optional.of(SkipReason.TENANT_UNKNOWN);
        if (tenant.get().status() != TenantStatus.ACTIVE) return Optional.of(SkipReason.TENANT_NOT_ACTIVE);
        if (origin == MessageOrigin.AGENT) return Optional.empty();
        if (!tenant.get().ai().enabled()) return Optional.of(SkipReason.TENANT_AI_OFF);
        if (!platform.aiEnabled()) return Optional.of(SkipReason.PLATFORM_AI_OFF);
        if (!billing.allowsAutomaticReplies(tenant.get().id())) return Optional.of(SkipReason.UNPAID_SUBSCRIPTION);
        if (conversation.map(c -> c.status() == ConversationStatus.HUMAN).orElse(false)) {
            return Optional.of(SkipReason.HUMAN_TAKEOVER);
        }
        return conversation.flatMap(customers::closedFor);
    }
}
