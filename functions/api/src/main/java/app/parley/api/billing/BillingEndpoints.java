package app.parley.api.billing;

import static app.parley.auth.access.Permission.BILLING_PAY;
import static app.parley.auth.access.Permission.BILLING_READ;
import static app.parley.auth.access.Permission.BILLING_STATUS_READ;

import app.parley.api.audit.Auditor;
import app.parley.api.billing.BillingBodies.*;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.auth.application.Users;
import app.parley.auth.model.UserId;
import app.parley.billing.application.BillingStanding;
import app.parley.billing.application.CheckingOut;
import app.parley.billing.application.CheckingOut.CheckoutStart;
import app.parley.billing.application.DownloadingInvoices;
import app.parley.billing.application.DownloadingInvoices.Download;
import app.parley.billing.application.Invoices;
import app.parley.billing.application.Plans;
import app.parley.billing.application.Subscriptions;
import app.parley.billing.model.Invoice;
import app.parley.billing.model.Subscription;
import app.parley.common.model.Page;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tenant's billing: standing, paying, invoices. Billing's own suspension never locks admins out:
 * they still sign in, see why and pay here.
 */
public final class BillingEndpoints {
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private final Subscriptions subscriptions;
    private final Plans plans;
    private final BillingStanding standing;
    private final CheckingOut checkingOut;
    private final Invoices invoices;
    private final DownloadingInvoices downloading;
    private final Tenants tenants;
    private final Users users;
    private final Auditor audit;

    public BillingEndpoints(Subscriptions subscriptions, Plans plans, BillingStanding standing, CheckingOut checkingOut, Invoices invoices,
                            DownloadingInvoices downloading, Tenants tenants, Users users, Auditor audit) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.standing = standing;
        this.checkingOut = checkingOut;
        this.invoices = invoices;
        this.downloading = downloading;
        this.tenants = tenants;
        this.users = users;
        this.audit = audit;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/billing").tag("billing").requires(BILLING_STATUS_READ)
                        .summary("Subscription status, plan, trial and grace deadlines, whether automatic replies are allowed")
                        .returns(BillingView.class).handle(this::standing),
                Operation.post("/api/billing/checkout").tag("billing").requires(BILLING_PAY)
                        .summary("Start paying (the oldest unpaid invoice, else one month of the plan); answers the payment page URL."
                                + " Works while suspended for non-payment.")
                        .acceptsOptionally(CheckoutInput.class, "{\"successUrl\":\"https://admin.example.com/billing?paid=1\","
                                + "\"cancelUrl\":\"https://admin.example.com/billing\"}")
                        .returns(CheckoutView.class).handle(this::checkout),
                Operation.get("/api/billing/invoices").tag("billing").requires(BILLING_READ).summary("Invoices, newest period first")
                        .paged().returnsList(InvoiceSummary.class).handle(this::list),
                Operation.get("/api/billing/invoices/{period}").tag("billing").requires(BILLING_READ)
                        .summary("One invoice (period yyyy-MM) with its lines; amounts are decimal strings")
                        .returns(InvoiceView.class).handle(c -> Reply.ok(InvoiceView.of(invoice(c)))),
                Operation.get("/api/billing/invoices/{period}/pdf").tag("billing").requires(BILLING_READ)
                        .summary("One invoice as a PDF document").returnsFile("application/pdf").handle(this::pdf));
    }

    private Reply standing(Call call) {
        Optional<Subscription> subscription = subscriptions.find(call.tenant());
        return Reply.ok(BillingView.of(subscription, subscription.flatMap(s -> plans.find(s.plan())),
                standing.allowsAutomaticReplies(call.tenant())));
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

    private Reply list(Call call) {
        Page<Invoice> page = call.page((limit, cursor) -> {
            if (cursor != null && !PERIOD.matcher(cursor).matches()) throw new IllegalArgumentException("not a period");
            List<Invoice> after = invoices.list(call.tenant()).stream()
                    .filter(i -> cursor == null || i.period().compareTo(cursor) < 0).toList();
            List<Invoice> items = after.stream().limit(limit).toList();
            return new Page<>(items, after.size() > limit ? Optional.of(items.getLast().period()) : Optional.empty());
        });
        return Reply.ok(Listing.of(page, InvoiceSummary::of));
    }

    private Reply pdf(Call call) {
        Invoice invoice = invoice(call);
        return switch (downloading.download(call.tenant(), current(call.tenant()).name(), invoice.number())) {
            case Download.Found found -> Reply.file("application/pdf", found.invoice().number().text() + ".pdf", found.pdf());
            case Download.NotFound missing -> throw ApiProblem.notFound();
        };
    }

    /** The caller's own invoice of a period; any other period, format or tenant is simply not found. */
    private Invoice invoice(Call call) {
        String period = call.path("period");
        if (!PERIOD.matcher(period).matches()) throw ApiProblem.notFound();
        return invoices.find(call.tenant(), period).orElseThrow(ApiProblem::notFound);
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
