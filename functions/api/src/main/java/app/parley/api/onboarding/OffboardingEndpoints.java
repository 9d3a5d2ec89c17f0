package app.parley.api.onboarding;

import static app.parley.auth.access.Permission.BILLING_PAY;
import static app.parley.auth.access.Permission.DATA_EXPORT;

import app.parley.api.audit.Auditor;
import app.parley.api.auth.Accounts;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.mail.model.Mail;
import app.parley.mail.application.Mailer;
import app.parley.api.onboarding.OnboardingBodies.CancelAccount;
import app.parley.api.onboarding.OnboardingBodies.Cancelled;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Leaving: download everything, then cancel (soft delete now, erasure after the cooling-off period). */
public final class OffboardingEndpoints {
    private final TenantExport export;
    private final CancellingAccounts cancelling;
    private final Tenants tenants;
    private final Accounts accounts;
    private final Mailer mailer;
    private final Auditor audit;
    private final Clock clock;

    public OffboardingEndpoints(TenantExport export, CancellingAccounts cancelling, Tenants tenants, Accounts accounts, Mailer mailer,
                                Auditor audit, Clock clock) {
        this.export = export;
        this.cancelling = cancelling;
        this.tenants = tenants;
        this.accounts = accounts;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/account/export").tag("offboarding").requires(DATA_EXPORT)
                        .summary("Everything of the business as a zip: data.json, one CSV per kind, the customers' media")
                        .returnsFile("application/zip").handle(this::export),
                Operation.post("/api/account/cancel").tag("offboarding").requires(BILLING_PAY)
                        .summary("Cancel the subscription and close the account; data is erased after the cooling-off period")
                        .accepts(CancelAccount.class, "{\"confirmSlug\":\"harbour-bikes-1a2b3c\"}").returns(Cancelled.class).handle(this::cancel));
    }

    private Reply export(Call call) {
        Tenant tenant = tenant(call);
        Instant now = clock.instant();
        byte[] zip = export.zip(tenant, now);
        audit.record(call, "DATA_EXPORTED", null, zip.length + " bytes");
        accounts.of(call.principal()).ifPresent(user -> mailer.send(new Mail(user.email().value(), "Your Parley data export",
                "You downloaded a full export of " + tenant.name() + " (" + zip.length + " bytes) at " + now
                        + ". If this was not you, change your password and tell us.\n")));
        return Reply.file("application/zip", tenant.slug() + "-export.zip", zip);
    }

    private Reply cancel(Call call) {
        Tenant tenant = tenant(call);
        if (!tenant.slug().equals(call.body(CancelAccount.class).confirmSlug())) {
            throw ApiProblem.invalid("confirmSlug", "must repeat the account's slug exactly (" + tenant.slug() + ").");
        }
        return switch (cancelling.cancel(tenant)) {
            case CancellingAccounts.Outcome.Cancelled c -> {
                audit.record(call, "ACCOUNT_CANCELLED", tenant.status().name(), "erasure due " + c.erasureDueAt());
                yield Reply.ok(new Cancelled(c.tenant().status().name(), c.subscriptionStatus().orElse(null), c.erasureDueAt().toString()));
            }
            case CancellingAccounts.Outcome.NotAllowed n -> throw ApiProblem.conflict("lifecycle_refused",
                    "A " + n.status().toLowerCase() + " account cannot be cancelled.");
            case CancellingAccounts.Outcome.Conflict c -> throw ApiProblem.conflict("concurrent_change", "The account changed meanwhile; try again.");
        };
    }

    private Tenant tenant(Call call) {
        return tenants.find(call.tenant()).orElseThrow(ApiProblem::notFound);
    }
}
