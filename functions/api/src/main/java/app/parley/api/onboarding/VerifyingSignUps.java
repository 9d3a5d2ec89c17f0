package app.parley.api.onboarding;

import app.parley.mail.model.Mail;
import app.parley.mail.application.Mailer;
import app.parley.auth.application.Users;
import app.parley.auth.model.User;
import app.parley.auth.model.UserId;
import app.parley.common.model.SaveOutcome;
import app.parley.onboarding.application.Funnel;
import app.parley.onboarding.application.Onboardings;
import app.parley.onboarding.model.FunnelStep;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.Tenant;
import java.time.Clock;
import java.util.Optional;

/** A mailed link is followed: the owner may sign in from now on, and the funnel notes the verification. */
public final class VerifyingSignUps {
    private final SignUpVerifications verifications;
    private final Users users;
    private final Tenants tenants;
    private final Onboardings onboardings;
    private final Funnel funnel;
    private final Mailer mailer;
    private final Clock clock;

    public VerifyingSignUps(SignUpVerifications verifications, Users users, Tenants tenants, Onboardings onboardings, Funnel funnel,
                            Mailer mailer, Clock clock) {
        this.verifications = verifications;
        this.users = users;
        this.tenants = tenants;
        this.onboardings = onboardings;
        this.funnel = funnel;
        this.mailer = mailer;
        this.clock = clock;
    }

    public record Verified(User owner, Tenant tenant) {}

    /** Empty when the token is unknown, used or expired (or its business is gone). */
    public Optional<Verified> verify(String token) {
        var holder = verifications.redeem(token, clock.instant());
        if (holder.isEmpty()) return Optional.empty();
        Optional<Tenant> tenant = tenants.find(holder.get().tenant()).filter(t -> t.lifecycle().isLive());
        Optional<User> owner = users.find(holder.get().tenant(), new UserId(holder.get().userId()));
        if (tenant.isEmpty() || owner.isEmpty()) return Optional.empty();
        User u = owner.get();
        User active = new User(u.id(), u.tenant(), u.email(), u.name(), u.role(), u.passwordHash(), true);
        users.update(active);
        markVerified(tenant.get());
        funnel.reached(tenant.get().id(), tenant.get().name(), FunnelStep.VERIFIED, clock.instant());
        mailer.send(new Mail(active.email().value(), "Your Parley account is ready",
                "Hello " + active.name() + ",\n\nyour email is verified. Sign in to set up " + tenant.get().name()
                        + ": the setup wizard takes you through your catalog, WhatsApp and a test chat before you go live.\n"));
        return Optional.of(new Verified(active, tenant.get()));
    }

    private void markVerified(Tenant tenant) {
        for (int attempt = 0; attempt < 3; attempt++) {
            var current = onboardings.find(tenant.id());
            if (current.isEmpty()) return;
            if (onboardings.update(current.get().verified(clock.instant())) instanceof SaveOutcome.Saved<?>) return;
        }
    }
}
