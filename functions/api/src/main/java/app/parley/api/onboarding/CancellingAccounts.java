package app.parley.api.onboarding;

import app.parley.mail.model.Mail;
import app.parley.mail.application.Mailer;
import app.parley.auth.application.Users;
import app.parley.auth.model.Role;
import app.parley.auth.model.User;
import app.parley.billing.application.AdvancingSubscriptions;
import app.parley.billing.application.AdvancingSubscriptions.Advance;
import app.parley.billing.application.Subscriptions;
import app.parley.billing.model.SubscriptionEvent;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.model.LifecycleAction;
import app.parley.tenancy.model.LifecycleChange;
import app.parley.tenancy.model.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A business leaves: its subscription is cancelled, it is soft-deleted at once (staff can no longer sign in; the
 * platform can still restore it) and its erasure is scheduled after the cooling-off period; its admins are told.
 */
public final class CancellingAccounts {
    private final AdvancingSubscriptions advancing;
    private final Subscriptions subscriptions;
    private final ChangingTenantLifecycle lifecycle;
    private final Erasures erasures;
    private final Users users;
    private final Mailer mailer;
    private final OnboardingSettings settings;
    private final Clock clock;

    public CancellingAccounts(AdvancingSubscriptions advancing, Subscriptions subscriptions, ChangingTenantLifecycle lifecycle, Erasures erasures,
                              Users users, Mailer mailer, OnboardingSettings settings, Clock clock) {
        this.advancing = advancing;
        this.subscriptions = subscriptions;
        this.lifecycle = lifecycle;
        this.erasures = erasures;
        this.users = users;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    public sealed interface Outcome {
        record Cancelled(Tenant tenant, Optional<String> subscriptionStatus, Instant erasureDueAt) implements Outcome {}
        record NotAllowed(String status) implements Outcome {}
        record Conflict() implements Outcome {}
    }

    public Outcome cancel(Tenant tenant) {
        Instant now = clock.instant();
        List<String> admins = users.list(tenant.id()).stream().filter(u -> u.role() == Role.TENANT_ADMIN && u.active())
                .map(u -> u.email().value()).toList();
        Advance advance = advancing.advance(tenant.id(), new SubscriptionEvent.CancellationRequested(now), Optional.empty());
        if (advance instanceof Advance.Conflict) return new Outcome.Conflict();
        Optional<String> subscription = subscriptions.find(tenant.id()).map(s -> s.status().name());
        return switch (lifecycle.change(tenant.id(), LifecycleAction.SOFT_DELETE)) {
            case LifecycleChange.Changed changed -> {
                Instant due = now.plus(settings.coolingOff());
                erasures.schedule(tenant.id(), due, admins);
                mail(admins, tenant, due);
                yield new Outcome.Cancelled(changed.tenant(), subscription, due);
            }
            case LifecycleChange.NotAllowed refused -> new Outcome.NotAllowed(refused.from().name());
            case LifecycleChange.NotFound n -> new Outcome.NotAllowed("HARD_DELETED");
            case LifecycleChange.Conflict c -> new Outcome.Conflict();
        };
    }

    private void mail(List<String> to, Tenant tenant, Instant due) {
        for (String address : to) {
            mailer.send(new Mail(address, "Your Parley account is cancelled",
                    tenant.name() + " is cancelled: the subscription ends, the assistant stops answering and nobody can sign in.\n\n"
                            + "All its data will be erased for good on " + due + ". Until then the platform can restore the account: "
                            + "reply to this mail if the cancellation was a mistake.\n"));
        }
    }
}
