package app.parley.billing.infrastructure;

import app.parley.billing.application.*;
import app.parley.billing.model.BillingPolicy;
import app.parley.config.Env;
import app.parley.persistence.Tables;
import java.time.Clock;
import java.time.Duration;

/**
 * Billing's use cases that need only the tables: plans, subscriptions, usage, invoices, the billing day,
 * seats and standing. Names neither Stripe nor PDFBox, so a function wired from it carries neither
 * ({@link BillingWiring} adds checkout, webhooks and invoice PDFs). Environment: {@code BILLING_GRACE_DAYS} (7).
 */
public class BillingCore {
    private final Tables tables;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final Invoices invoices;
    private final AdvancingSubscriptions advancing;
    private final IssuingInvoices issuing;

    public BillingCore(Tables tables, BillingPolicy policy, Clock clock) {
        this.tables = tables;
        this.clock = clock;
        this.subscriptions = new DynamoSubscriptions(tables, clock);
        this.invoices = new DynamoInvoices(tables);
        this.advancing = new AdvancingSubscriptions(subscriptions, policy);
        this.issuing = new IssuingInvoices(subscriptions, plans(), ledger(), invoices, clock);
    }

    /** Over the tables the function holds, with the policy from the environment. */
    public static BillingCore fromEnvironment(Tables tables, Clock clock) {
        return new BillingCore(tables, policyFromEnvironment(), clock);
    }

    static BillingPolicy policyFromEnvironment() {
        return new BillingPolicy(Duration.ofDays(Long.parseLong(Env.get("BILLING_GRACE_DAYS", "7"))));
    }

    protected Tables tables() { return tables; }
    protected Clock clock() { return clock; }

    public Plans plans() { return new DynamoPlans(tables.platform()); }
    public UsageLedger ledger() { return new DynamoUsageLedger(tables.tenant(), clock); }
    public Subscriptions subscriptions() { return subscriptions; }
    public Invoices invoices() { return invoices; }

    public DefiningPlans definingPlans() { return new DefiningPlans(plans()); }
    public StartingTrials startingTrials() { return new StartingTrials(plans(), subscriptions, clock); }
    public AdvancingSubscriptions advancing() { return advancing; }
    public MeteringUsage metering() { return new MeteringUsage(ledger()); }
    public IssuingInvoices issuing() { return issuing; }
    public RunningBillingDay billingDay() { return new RunningBillingDay(subscriptions, advancing, issuing, clock); }
    public ReadingPlatformFigures platformFigures() { return new ReadingPlatformFigures(new DynamoBillingFigures(tables.platform())); }
    public CheckingSeats seats() { return new CheckingSeats(subscriptions, plans()); }
    public BillingStanding standing() { return new BillingStanding(subscriptions); }

    /** Payment events as the provider's notifications deliver them (the Stripe webhook). */
    public ReceivingPaymentEvents paymentEvents(PaymentNotifications notifications) {
        return new ReceivingPaymentEvents(notifications, advancing, invoices, clock);
    }

    /** Paying through the given provider. */
    public CheckingOut checkingOut(PaymentProvider payments) { return new CheckingOut(subscriptions, invoices, payments); }

    /** Invoices as documents made by the given renderer. */
    public DownloadingInvoices downloadingInvoices(InvoiceDocuments documents) { return new DownloadingInvoices(invoices, documents); }
}
