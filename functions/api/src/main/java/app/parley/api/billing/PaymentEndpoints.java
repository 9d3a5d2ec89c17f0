package app.parley.api.billing;

import static app.parley.auth.access.Permission.BILLING_PAY;

import app.parley.api.audit.Auditor;
import app.parley.api.billing.BillingBodies.CheckoutInput;
import app.parley.api.billing.BillingBodies.CheckoutView;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.http.ServedElsewhere;
import app.parley.auth.application.Users;
import app.parley.auth.model.UserId;
import app.parley.billing.application.CheckingOut;
import app.parley.billing.application.CheckingOut.CheckoutStart;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;

/**
 * Paying (a Stripe Checkout page): served by the payments function, which carries Stripe; the admin API function
 * only describes it in its document ({@link #described()}).
 */
public final class PaymentEndpoints {
    private final CheckingOut checkingOut;
    private final Tenants tenants;
    private final Users users;
    private final Auditor audit;

    public PaymentEndpoints(CheckingOut checkingOut, Tenants tenants, Users users, Auditor audit) {
        this.checkingOut = checkingOut;
        this.tenants = tenants;
        this.users = users;
        this.audit = audit;
    }

    public List<Operation> operations() { return declared(this::checkout); }

    /** The same operations for the API document of a function that does not serve them. */
    public static List<Operation> described() { return declared(ServedElsewhere.ACTION); }

    private static List<Operation> declared(Operation.Action checkout) {
        return List.of(
                Operation.post("/api/billing/checkout").tag("billing").requires(BILLING_PAY)
                        .summary("Start paying (the oldest unpaid invoice, else one month of the plan); answers the payment page URL."
                                + " Works while suspended for non-payment.")
                        .acceptsOptionally(CheckoutInput.class, "{\"successUrl\":\"https://admin.example.com/billing?paid=1\","
                                + "\"cancelUrl\":\"https://admin.example.com/billing\"}")
                        .returns(CheckoutView.class).handle(checkout));
    }

    private Reply checkout(Call call) {
        TenantId tenant = call.tenant();
        CheckoutInput in = call.body() == null ? new CheckoutInput(null, null) : call.body(CheckoutInput.class);
        String panel = panelUrl(call);
        String email = users.find(tenant, new UserId(call.actor())).map(u -> u.email().value()).orElseThrow(ApiProblem::unauthorized);
        var payer = new CheckingOut.Payer(current(tenant).name(), email,
                in.successUrl() != null ? in.successUrl() : panel + "/billing?checkout=paid",
                in.cancelUrl() != null ? in.cancelUrl() : panel + "/billing?checkout=cancelled");
        return switch (checkingOut.checkout(tenant, payer)) {
            case CheckoutStart.Started started -> {
                audit.record(call, "CHECKOUT_STARTED", null, Map.of("sessionId", started.sessionId(),
                        "amount", started.amount().toDecimalString(), "currency", started.amount().currency().getCurrencyCode()));
                yield Reply.ok(new CheckoutView(started.sessionId(), started.url(), started.amount().toDecimalString(),
                        started.amount().currency().getCurrencyCode()));
            }
            case CheckoutStart.NoSubscription none -> throw ApiProblem.conflict("no_subscription",
                    "This business has no subscription yet; the platform starts one.");
            case CheckoutStart.ProviderFailed failed -> throw new ApiProblem(502, "payment_provider_failed",
                    "The payment provider did not start the payment; try again in a moment.");
        };
    }

    private Tenant current(TenantId tenant) {
        return tenants.find(tenant).orElseThrow(ApiProblem::notFound);
    }

    /** The admin panel that called, for the payment page's way back. */
    private static String panelUrl(Call call) {
        String origin = call.request().header("origin");
        if (origin != null && origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) return origin;
        String host = call.request().header("host");
        return "https://" + (host != null && host.matches("[A-Za-z0-9.-]+(:[0-9]{1,5})?") ? host : "localhost");
    }
}
