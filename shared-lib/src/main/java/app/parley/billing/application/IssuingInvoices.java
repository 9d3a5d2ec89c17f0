package app.parley.billing.application;

import app.parley.billing.model.Invoice;
import app.parley.billing.model.InvoiceCalculator;
import app.parley.billing.model.Plan;
import app.parley.billing.model.Subscription;
import app.parley.billing.model.SubscriptionStatus;
import app.parley.billing.model.UsageEvent;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.util.Optional;

/**
 * Issues a tenant's invoice for a finished period: subscription line plus usage overage. Trials
 * and cancelled subscriptions are not invoiced. Issuing twice gives back the first invoice.
 */
public final class IssuingInvoices {
    private final Subscriptions subscriptions;
    private final Plans plans;
    private final UsageLedger usage;
    private final Invoices invoices;
    private final Clock clock;

    public IssuingInvoices(Subscriptions subscriptions, Plans plans, UsageLedger usage, Invoices invoices, Clock clock) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.usage = usage;
        this.invoices = invoices;
        this.clock = clock;
    }

    public sealed interface Issue {
        record Issued(Invoice invoice) implements Issue {}
        record AlreadyIssued(Invoice invoice) implements Issue {}
        record NotBillable(String reason) implements Issue {}
    }

    public Issue issue(TenantId tenant, String period) {
        Optional<Invoice> existing = invoices.find(tenant, period);
        if (existing.isPresent()) return new Issue.AlreadyIssued(existing.get());
        Optional<Subscription> subscription = subscriptions.find(tenant);
        if (subscription.isEmpty()) return new Issue.NotBillable("no subscription");
        Subscription s = subscription.get();
        if (s.status() == SubscriptionStatus.TRIALING || s.status() == SubscriptionStatus.CANCELLED) {
            return new Issue.NotBillable("subscription is " + s.status());
        }
        if (period.compareTo(UsageEvent.BillingPeriod.of(s.startedAt())) < 0) return new Issue.NotBillable("before the subscription");
        Optional<Plan> plan = plans.find(s.plan());
        if (plan.isEmpty()) return new Issue.NotBillable("plan " + s.plan() + " is gone");
        var draft = InvoiceCalculator.draft(tenant, plan.get(), s.monthlyPrice(), usage.totals(tenant, period));
        return invoices.issue(draft, clock.instant()).<Issue>map(Issue.Issued::new)
                .orElseGet(() -> new Issue.AlreadyIssued(invoices.find(tenant, period).orElseThrow()));
    }
}
