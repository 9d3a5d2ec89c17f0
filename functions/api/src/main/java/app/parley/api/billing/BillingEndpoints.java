package app.parley.api.billing;

import static app.parley.auth.access.Permission.BILLING_READ;
import static app.parley.auth.access.Permission.BILLING_STATUS_READ;

import app.parley.api.audit.Auditor;
import app.parley.api.billing.BillingBodies.*;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.billing.application.BillingStanding;
import app.parley.billing.application.Invoices;
import app.parley.billing.application.Plans;
import app.parley.billing.application.Subscriptions;
import app.parley.billing.model.Invoice;
import app.parley.billing.model.Subscription;
import app.parley.common.model.Page;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tenant's billing: standing, paying, invoices. Billing's own suspension never locks admins out:
 * they still sign in, see why and pay here. Paying and invoice PDFs are {@link PaymentEndpoints} (the documents function).
 */
public final class BillingEndpoints {
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private final Subscriptions subscriptions;
    private final Plans plans;
    private final BillingStanding standing;
    private final Invoices invoices;

    public BillingEndpoints(Subscriptions subscriptions, Plans plans, BillingStanding standing, Invoices invoices) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.standing = standing;
        this.invoices = invoices;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/billing").tag("billing").requires(BILLING_STATUS_READ)
                        .summary("Subscription status, plan, trial and grace deadlines, whether automatic replies are allowed")
                        .returns(BillingView.class).handle(this::standing),
                Operation.get("/api/billing/invoices").tag("billing").requires(BILLING_READ).summary("Invoices, newest period first")
                        .paged().returnsList(InvoiceSummary.class).handle(this::list),
                Operation.get("/api/billing/invoices/{period}").tag("billing").requires(BILLING_READ)
                        .summary("One invoice (period yyyy-MM) with its lines; amounts are decimal strings")
                        .returns(InvoiceView.class).handle(c -> Reply.ok(InvoiceView.of(invoice(invoices, c)))));
    }

    private Reply standing(Call call) {
        Optional<Subscription> subscription = subscriptions.find(call.tenant());
        return Reply.ok(BillingView.of(subscription, subscription.flatMap(s -> plans.find(s.plan())),
                standing.allowsAutomaticReplies(call.tenant())));
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

    /** The caller's own invoice of a period; any other period, format or tenant is simply not found. */
    static Invoice invoice(Invoices invoices, Call call) {
        String period = call.path("period");
        if (!PERIOD.matcher(period).matches()) throw ApiProblem.notFound();
        return invoices.find(call.tenant(), period).orElseThrow(ApiProblem::notFound);
    }
}
