package app.parley.privacy.application;

import app.parley.common.model.Ids;
import app.parley.conversation.application.ConversationFlags;
import app.parley.conversation.application.CustomerState;
import app.parley.conversation.application.CustomerSwitches;
import app.parley.conversation.application.SkipReason;
import app.parley.conversation.model.Conversation;
import app.parley.crm.application.Customers;
import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.InboundMessage;
import app.parley.privacy.model.ConsentChange;
import app.parley.privacy.model.ConsentKeywords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consent and abuse, read on every inbound message: an opt-out keyword (STOP, ...) withdraws consent
 * and no automatic message goes to that customer until an opt-in (START, ...); a customer sending
 * more than a person would per minute, or a number flooded beyond its tenant's usual rate, pauses
 * automatic replies and flags the conversation for staff. Messages are still stored for the inbox.
 * Logs name tenant and customer ids only, never a phone number or a message.
 */
public final class GuardingCustomers implements CustomerSwitches {
    public static final String FLOODING = "FLOODING";
    private static final Logger LOG = LoggerFactory.getLogger(GuardingCustomers.class);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    public record Limits(int perCustomerPerMinute, int perTenantPerMinute, Duration customerPause, Duration tenantPause) {
        public static final Limits DEFAULT = new Limits(20, 600, Duration.ofMinutes(15), Duration.ofMinutes(10));
    }

    private final ContactSwitches switches;
    private final Customers customers;
    private final ConversationFlags flags;
    private final Limits limits;
    private final Clock clock;

    public GuardingCustomers(ContactSwitches switches, Customers customers, ConversationFlags flags, Limits limits, Clock clock) {
        this.switches = switches;
        this.customers = customers;
        this.flags = flags;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void noted(InboundMessage message, Conversation conversation) {
        Instant now = clock.instant();
        if (message.content() instanceof InboundContent.Text text) {
            ConsentKeywords.in(text.body()).ifPresent(match -> consent(message, conversation, match, now));
        }
        countRates(conversation, now);
    }

    /** The customer's switches read one by one (the reply gate reads them in its one batch, {@code GateReads}). */
    public Optional<SkipReason> closedFor(Conversation conversation) {
        ContactSwitches.State state = switches.state(conversation.tenant(), conversation.customer());
        return new CustomerState(state.optedOut(), state.pausedUntil(), switches.tenantPausedUntil(conversation.tenant()))
                .closedAt(clock.instant());
    }

    private void consent(InboundMessage message, Conversation conversation, ConsentKeywords.Match match, Instant now) {
        switches.record(new ConsentChange(conversation.tenant(), conversation.customer(), Ids.next("cns"), match.consent(), now,
                "whatsapp-keyword", match.keyword(), message.externalMessageId()));
        customers.find(conversation.tenant(), conversation.customer())
                .filter(c -> c.consent() != match.consent())
                .ifPresent(c -> customers.update(c.withConsent(match.consent())));
    }

    private void countRates(Conversation conversation, Instant now) {
        String minute = MINUTE.format(now);
        Instant expires = now.plus(1, ChronoUnit.DAYS);
        long customerCount = switches.countInbound(conversation.tenant(), conversation.customer(), minute, expires);
        if (customerCount == limits.perCustomerPerMinute() + 1) {
            switches.pause(conversation.tenant(), conversation.customer(), now.plus(limits.customerPause()));
            flags.flag(conversation.tenant(), conversation.id(), FLOODING, "more than " + limits.perCustomerPerMinute()
                    + " messages in a minute; automatic replies paused", now);
            LOG.warn("alarm=CUSTOMER_FLOOD tenant={} customer={}: automatic replies paused",
                    conversation.tenant().value(), conversation.customer().value());
        }
        long tenantCount = switches.countInbound(conversation.tenant(), minute, expires);
        if (tenantCount == limits.perTenantPerMinute() + 1) {
            switches.pause(conversation.tenant(), now.plus(limits.tenantPause()));
            LOG.warn("alarm=TENANT_INBOUND_FLOOD tenant={}: automatic replies paused", conversation.tenant().value());
        }
    }
}
