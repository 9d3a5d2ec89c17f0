package app.parley.billing.infrastructure;

import app.parley.billing.application.*;
import app.parley.billing.model.BillingPolicy;
import app.parley.config.Env;
import app.parley.persistence.Tables;
import com.stripe.Stripe;
import com.stripe.StripeClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Billing's use cases over DynamoDB, Stripe and PDFBox. Environment: {@code STRIPE_API_KEY},
 * {@code STRIPE_WEBHOOK_SECRET} (webhooks are refused while unset), {@code STRIPE_API_BASE}
 * (default Stripe's; tests and the local stack point it at a fake), {@code BILLING_GRACE_DAYS} (7).
 */
public final class BillingWiring {
    private final Tables tables;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final Invoices invoices;
    private final AdvancingSubscriptions advancing;
    private final IssuingInvoices issuing;
    private final PaymentProvider payments;
    private final PaymentNotifications notifications;

    public BillingWiring(Tables tables, StripeClient stripe, String webhookSecret, BillingPolicy policy, Clock clock) {
        this(tables, () -> stripe, webhookSecret, policy, clock);
    }

    /** Stripe's client is built on the first payment call (the billing function never makes one; the api only to check out). */
    public BillingWiring(Tables tables, Supplier<StripeClient> stripe, String webhookSecret, BillingPolicy policy, Clock clock) {
        this.tables = tables;
        this.clock = clock;
        this.subscriptions = new DynamoSubscriptions(tables, clock);
        this.invoices = new DynamoInvoices(tables);
        this.advancing = new AdvancingSubscriptions(subscriptions, policy);
        this.issuing = new IssuingInvoices(subscriptions, plans(), ledger(), invoices, clock);
        this.payments = new StripePayments(stripe);
        this.notifications = new StripeWebhooks(webhookSecret, clock);
    }

    /** Over the tables the function holds (the billing function, the admin API), with Stripe and the policy from the environment. */
    public static BillingWiring fromEnvironment(Tables tables, Clock clock) {
        String apiKey = Env.get("STRIPE_API_KEY", "sk_unset");
        String apiBase = Env.get("STRIPE_API_BASE", Stripe.LIVE_API_BASE);
        Supplier<StripeClient> stripe = () -> StripeClient.builder().setApiKey(apiKey).setApiBase(apiBase).setMaxNetworkRetries(2).build();
        BillingPolicy policy = new BillingPolicy(Duration.ofDays(Long.parseLong(Env.get("BILLING_GRACE_DAYS", "7"))));
        return new BillingWiring(tables, stripe, Env.get("STRIPE_WEBHOOK_SECRET", ""), policy, clock);
    }

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
    public ReceivingPaymentEvents paymentEvents() { return new ReceivingPaymentEvents(notifications, advancing, invoices, clock); }
    public CheckingOut checkingOut() { return new CheckingOut(subscriptions, invoices, payments); }
    public DownloadingInvoices downloadingInvoices() { return new DownloadingInvoices(invoices, new PdfInvoices()); }
    public ReadingPlatformFigures platformFigures() { return new ReadingPlatformFigures(new DynamoBillingFigures(tables.platform())); }
    public CheckingSeats seats() { return new CheckingSeats(subscriptions, plans()); }
    public BillingStanding standing() { return new BillingStanding(subscriptions); }
}
