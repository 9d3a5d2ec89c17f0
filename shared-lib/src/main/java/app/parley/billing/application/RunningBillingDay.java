package app.parley.billing.application;

import app.parley.billing.model.SubscriptionEvent;
import app.parley.billing.model.UsageEvent;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The daily schedule: moves every subscription whose deadline passed (trial end, paid-through,
 * grace end), then issues last month's invoices that are still missing. Safe to run any number
 * of times a day.
 */
public final class RunningBillingDay {
    private final Subscriptions subscriptions;
    private final AdvancingSubscriptions advancing;
    private final IssuingInvoices issuing;
    private final Clock clock;

    public RunningBillingDay(Subscriptions subscriptions, AdvancingSubscriptions advancing, IssuingInvoices issuing, Clock clock) {
        this.subscriptions = subscriptions;
        this.advancing = advancing;
        this.issuing = issuing;
        this.clock = clock;
    }

    public record BillingDay(Instant at, int moved, int invoiced, int conflicts) {}

    public BillingDay run() {
        Instant now = clock.instant();
        int moved = 0;
        int conflicts = 0;
        for (TenantId tenant : subscriptions.dueBy(now)) {
            switch (advancing.advance(tenant, new SubscriptionEvent.DayPassed(now), Optional.empty())) {
                case AdvancingSubscriptions.Advance.Moved m -> moved++;
                case AdvancingSubscriptions.Advance.Conflict c -> conflicts++;
                default -> { }
            }
        }
        String lastMonth = UsageEvent.BillingPeriod.previous(now);
        int invoiced = 0;
        for (TenantId tenant : subscriptions.subscribed()) {
            if (issuing.issue(tenant, lastMonth) instanceof IssuingInvoices.Issue.Issued) invoiced++;
        }
        return new BillingDay(now, moved, invoiced, conflicts);
    }
}
