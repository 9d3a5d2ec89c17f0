package app.parley.billing.function;

import app.parley.billing.application.ReceivingPaymentEvents;
import app.parley.billing.infrastructure.BillingCore;
import app.parley.billing.infrastructure.StripeWebhooks;
import app.parley.config.Env;
import app.parley.config.InvocationLog;
import app.parley.persistence.Tables;
import app.parley.privacy.infrastructure.WithoutPersonalData;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;

/**
 * The billing function: usage events from SQS, the daily schedule, and the Stripe webhook route.
 * One function with three event sources, so the input is whatever the source sends: typed events
 * from the local stack and tests, a JSON map from the Lambda runtime ({@link LambdaEvents}).
 * Billing items hold no personal data, so the function has no tenant keys ({@link WithoutPersonalData}), and
 * it names only Stripe's webhook code: checkout and invoice PDFs are the documents function's.
 */
public final class BillingHandler implements RequestHandler<Object, Object>, Primed {
    private final UsageEventBatches usage;
    private final DailyBillingRun daily;
    private final StripeWebhookRoute stripe;
    private final Priming priming;

    public BillingHandler() { this(fromEnvironment()); }

    private static BillingCore fromEnvironment() {
        BillingPriming.startAlongside();
        return BillingCore.fromEnvironment(Tables.fromEnvironment(new WithoutPersonalData()), Clock.systemUTC());
    }

    private BillingHandler(BillingCore billing) {
        this(billing, billing.paymentEvents(new StripeWebhooks(Env.get("STRIPE_WEBHOOK_SECRET", ""), Clock.systemUTC())));
    }

    BillingHandler(BillingCore billing, ReceivingPaymentEvents payments) {
        this.usage = new UsageEventBatches(billing.metering());
        this.daily = new DailyBillingRun(billing.billingDay());
        this.stripe = new StripeWebhookRoute(payments);
        this.priming = BillingPriming.register(this);
    }

    @Override
    public Priming priming() { return priming; }

    @Override
    public Object handleRequest(Object event, Context context) {
        return InvocationLog.around(context, () -> handle(event));
    }

    private Object handle(Object event) {
        return switch (LambdaEvents.typed(event)) {
            case SQSEvent batch -> usage.handle(batch);
            case ScheduledEvent tick -> daily.handle(tick);
            case APIGatewayV2HTTPEvent request -> stripe.handle(request);
            default -> throw new IllegalArgumentException("the billing function does not handle " + event.getClass().getSimpleName());
        };
    }
}
