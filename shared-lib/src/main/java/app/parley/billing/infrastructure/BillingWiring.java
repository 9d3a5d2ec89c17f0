package app.parley.billing.infrastructure;

import app.parley.billing.application.*;
import app.parley.billing.model.BillingPolicy;
import app.parley.config.Env;
import app.parley.persistence.Tables;
import com.stripe.StripeClient;
import java.time.Clock;

/**
 * {@link BillingCore} with Stripe and PDFBox: checkout, webhooks and invoice PDFs. Environment: {@code STRIPE_API_KEY},
 * {@code STRIPE_WEBHOOK_SECRET} (webhooks are refused while unset), {@code STRIPE_API_BASE}
 * (default Stripe's; tests and the local stack point it at a fake), {@code BILLING_GRACE_DAYS} (7).
 */
public final class BillingWiring extends BillingCore {
    private final PaymentProvider payments;
    private final PaymentNotifications notifications;

    public BillingWiring(Tables tables, StripeClient stripe, String webhookSecret, BillingPolicy policy, Clock clock) {
        super(tables, policy, clock);
        this.payments = new StripePayments(stripe);
        this.notifications = new StripeWebhooks(webhookSecret, clock);
    }

    /** Over the tables the function holds, with Stripe and the policy from the environment. */
    public static BillingWiring fromEnvironment(Tables tables, Clock clock) {
        return new BillingWiring(tables, StripeClients.fromEnvironment(), Env.get("STRIPE_WEBHOOK_SECRET", ""), policyFromEnvironment(), clock);
    }

    public ReceivingPaymentEvents paymentEvents() { return paymentEvents(notifications); }
    public CheckingOut checkingOut() { return checkingOut(payments); }
    public DownloadingInvoices downloadingInvoices() { return downloadingInvoices(new PdfInvoices()); }
}
