package app.parley.conversation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.conversation.application.ConversationFlags;
import app.parley.conversation.application.OutboundState;
import app.parley.conversation.application.TrackingDelivery;
import app.parley.conversation.application.TrackingDelivery.Tracked;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.ConversationStatus;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.DeliveryStatus;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.messaging.model.StatusReport;
import app.parley.messaging.model.StatusUpdate;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Tables;
import app.parley.persistence.Workload;
import app.parley.whatsapp.cloud.CallbackData;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Meta's statuses on DynamoDB Local as the status queue hands them over: a standard queue, so in any order and any number
 * of times, and possibly before the sender has recorded Meta's answer to the send itself. The ledger keeps the furthest
 * stage, settles a message once, and counts a status-settled send once.
 */
class TrackingDeliveryIT {
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static LocalTables local;
    private static Tables tables;
    private static DynamoOutboundLedger ledger;
    private static TrackingDelivery tracking;

    @BeforeAll
    static void start() {
        local = LocalTables.start();
        tables = local.tables();
        ledger = new DynamoOutboundLedger(tables.tenant());
        tracking = new TrackingDelivery(ledger, new DynamoConversations(tables.tenant()),
                new DynamoConversationFlags(tables.tenant()), Clock.systemUTC());
    }

    @AfterAll
    static void stop() { local.close(); }

    @Test
    void a_sent_status_after_delivered_and_read_and_every_status_twice_leave_the_message_read() {
        Sent s = sentThroughTheSender();

        for (DeliveryStatus status : List.of(DeliveryStatus.READ, DeliveryStatus.DELIVERED, DeliveryStatus.SENT,
                DeliveryStatus.READ, DeliveryStatus.SENT, DeliveryStatus.DELIVERED)) {
            assertThat(tracking.record(s.status(status))).isEqualTo(new Tracked.Recorded(s.message().id(), status));
        }

        assertThat(ledger.state(s.message().tenantId(), s.message().id())).isEqualTo(OutboundState.SENT);
        assertThat(Attrs.optStr(s.record(), "delivery")).isEqualTo("READ");
        assertThat(Attrs.optStr(s.record(), "wamid")).isEqualTo(s.wamid());
    }

    @Test
    void delivered_before_the_senders_own_record_settles_the_send_once_and_the_record_keeps_delivered() {
        Sent s = claimedNotYetRecorded();
        StatusReport delivered = s.status(DeliveryStatus.DELIVERED);

        assertThat(tracking.record(delivered)).isEqualTo(new Tracked.Recorded(s.message().id(), DeliveryStatus.DELIVERED));
        assertThat(tracking.record(delivered)).as("the same status again").isEqualTo(new Tracked.Recorded(s.message().id(), DeliveryStatus.DELIVERED));
        assertThat(tracking.record(s.status(DeliveryStatus.SENT))).as("sent, after delivered")
                .isEqualTo(new Tracked.Recorded(s.message().id(), DeliveryStatus.SENT));
        assertThat(Attrs.optStr(s.record(), "settledBy")).isEqualTo("status");
        assertThat(Attrs.optStr(s.record(), "delivery")).isEqualTo("DELIVERED");

        ledger.markSent(s.message(), s.wamid(), Instant.now());   // the sender's answer, recorded after the statuses

        assertThat(ledger.state(s.message().tenantId(), s.message().id())).isEqualTo(OutboundState.SENT);
        assertThat(Attrs.optStr(s.record(), "delivery")).as("delivery never moves back").isEqualTo("DELIVERED");
        assertThat(ledger.claimStatusSettledCount(s.message().tenantId(), s.message().id()))
                .as("the sender counted its own send; the status must not count it again").isFalse();
        assertThat(ledger.findSent(s.message().tenantId(), s.wamid())).isPresent();
    }

    @Test
    void a_send_in_doubt_settled_by_a_status_is_counted_once_whatever_order_and_repeats_follow() {
        Sent s = claimedNotYetRecorded();
        assertThat(ledger.markInDoubt(s.message(), Instant.now())).isTrue();

        for (DeliveryStatus status : List.of(DeliveryStatus.DELIVERED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED)) {
            assertThat(tracking.record(s.status(status))).isEqualTo(new Tracked.Recorded(s.message().id(), status));
        }

        assertThat(ledger.state(s.message().tenantId(), s.message().id())).isEqualTo(OutboundState.SENT);
        assertThat(Attrs.optStr(s.record(), "delivery")).isEqualTo("DELIVERED");
        assertThat(ledger.claimStatusSettledCount(s.message().tenantId(), s.message().id())).isTrue();
        assertThat(ledger.claimStatusSettledCount(s.message().tenantId(), s.message().id())).isFalse();
    }

    @Test
    void a_131047_failure_reported_twice_and_a_late_delivered_flag_the_conversation_and_stay_failed() {
        Sent s = sentThroughTheSender();
        StatusReport failed = s.failed(131047);

        assertThat(tracking.record(failed)).isEqualTo(new Tracked.Recorded(s.message().id(), DeliveryStatus.FAILED));
        assertThat(tracking.record(failed)).isEqualTo(new Tracked.Recorded(s.message().id(), DeliveryStatus.FAILED));
        tracking.record(s.status(DeliveryStatus.DELIVERED));

        assertThat(Attrs.optStr(s.record(), "delivery")).isEqualTo("FAILED");
        assertThat(new DynamoConversationFlags(tables.tenant()).flags(s.conversation().tenant(), s.conversation().id()))
                .containsExactly(ConversationFlags.REENGAGEMENT_REQUIRED);
        assertThat(new DynamoConversations(tables.tenant()).find(s.conversation().tenant(), s.conversation().id()).orElseThrow()
                .status()).isNotEqualTo(ConversationStatus.AI);
    }

    @Test
    void a_status_routed_to_another_tenant_never_touches_this_tenants_message() {
        Sent mine = sentThroughTheSender();
        Sent theirs = sentThroughTheSender();

        tracking.record(new StatusReport(theirs.message().tenantId(), "1", mine.status(DeliveryStatus.READ).update()));

        assertThat(Attrs.optStr(mine.record(), "delivery")).isEqualTo("SENT");
        assertThat(ledger.findSent(mine.message().tenantId(), mine.wamid())).hasValueSatisfying(ref ->
                assertThat(ref.outboundId()).isEqualTo(mine.message().id()));
    }

    /** A message claimed by the sender and answered by Meta, recorded as the sender does. */
    private static Sent sentThroughTheSender() {
        Sent s = claimedNotYetRecorded();
        ledger.markSent(s.message(), s.wamid(), Instant.now());
        return s;
    }

    /** A message the sender claimed and sent; Meta's answer is not recorded yet. */
    private static Sent claimedNotYetRecorded() {
        int n = TENANTS.incrementAndGet();
        Workload w = Workload.create(tables, "statuses-" + n, String.valueOf(830000000000000L + n));
        Conversation c = w.conversation();
        var message = new OutboundMessage("out_" + UUID.randomUUID().toString().replace("-", ""), c.tenant(), c.id().value(),
                new Customer("15550001111", "Ann"), null, MessageOrigin.AI, new OutboundContent.Text("Check-up: 500.00"));
        assertThat(ledger.claimForSending(message, Optional.empty(), Instant.now())).isTrue();
        return new Sent(message, c, "wamid.HBg" + UUID.randomUUID().toString().replace("-", ""));
    }

    private record Sent(OutboundMessage message, Conversation conversation, String wamid) {
        StatusReport status(DeliveryStatus status) {
            return new StatusReport(message.tenantId(), "1", new StatusUpdate(wamid, status, "15550001111", Instant.now(), List.of(),
                    CallbackData.of(message.id())));
        }

        StatusReport failed(int code) {
            return new StatusReport(message.tenantId(), "1", new StatusUpdate(wamid, DeliveryStatus.FAILED, "15550001111",
                    Instant.now(), List.of(new StatusUpdate.DeliveryError(code, "Re-engagement message", "outside the window")),
                    CallbackData.of(message.id())));
        }

        Map<String, AttributeValue> record() {
            return tables.tenant().get(message.tenantId(), Keys.outbound(message.tenantId(), message.id()), Keys.META).orElseThrow();
        }
    }
}
