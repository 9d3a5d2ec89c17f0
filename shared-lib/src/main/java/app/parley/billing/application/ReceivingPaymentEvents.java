package app.parley.billing.application;

import app.parley.billing.application.AdvancingSubscriptions.Advance;
import app.parley.billing.application.PaymentNotifications.Notification;
import app.parley.billing.application.SubscriptionChange.AppliedEvent;
import app.parley.billing.model.PaymentEvent;
import app.parley.billing.model.SubscriptionEvent;
import java.time.Clock;
import java.util.Optional;

/**
 * The payment provider's webhook: verified (signature and timestamp), then applied to the
 * subscription at most once per provider event id. A successful payment reactivates a past-due
 * or suspended tenant at once, and marks the invoice it settled as paid.
 */
public final class ReceivingPaymentEvents {
    private final PaymentNotifications notifications;
    private final AdvancingSubscriptions advancing;
    private final Invoices invoices;
    private final Clock clock;

    public ReceivingPaymentEvents(PaymentNotifications notifications, AdvancingSubscriptions advancing, Invoices invoices, Clock clock) {
        this.notifications = notifications;
        this.advancing = advancing;
        this.invoices = invoices;
        this.clock = clock;
    }

    public sealed interface Receipt {
        record Applied(Advance outcome) implements Receipt {}
        record Duplicate(String eventId) implements Receipt {}
        record Ignored(String why) implements Receipt {}
        record Rejected(String reason) implements Receipt {}
        /** Could not be applied now: answer with an error so that the provider retries. */
        record RetryLater(String why) implements Receipt {}
    }

    public Receipt receive(String payload, String signatureHeader) {
        return switch (notifications.verify(payload, signatureHeader)) {
            case Notification.Rejected r -> new Receipt.Rejected(r.reason());
            case Notification.Irrelevant i -> new Receipt.Ignored(i.type());
            case Notification.Verified v -> apply(v.event());
        };
    }

    private Receipt apply(PaymentEvent event) {
        SubscriptionEvent change = switch (event) {
            case PaymentEvent.Succeeded s -> new SubscriptionEvent.PaymentSucceeded(clock.instant(), s.amount());
            case PaymentEvent.Failed f -> new SubscriptionEvent.PaymentFailed(clock.instant());
        };
        Advance outcome = advancing.advance(event.tenant(), change,
                Optional.of(new AppliedEvent(notifications.provider(), event.eventId())));
        if (event instanceof PaymentEvent.Succeeded s && (outcome instanceof Advance.Moved || outcome instanceof Advance.AlreadyApplied)) {
            s.invoicePeriod().ifPresent(period -> invoices.markPaid(s.tenant(), period));
        }
        return switch (outcome) {
            case Advance.AlreadyApplied a -> new Receipt.Duplicate(event.eventId());
            case Advance.NoSubscription n -> new Receipt.Ignored("no subscription for " + n.tenant());
            case Advance.Conflict c -> new Receipt.RetryLater("subscription changed concurrently");
            default -> new Receipt.Applied(outcome);
        };
    }
}
