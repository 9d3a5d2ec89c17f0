package app.parley.api.onboarding;

import app.parley.mail.model.Mail;
import app.parley.mail.application.Mailer;
import app.parley.auth.application.Users;
import app.parley.auth.model.Email;
import app.parley.auth.model.Role;
import app.parley.auth.model.User;
import app.parley.auth.model.UserCreation;
import app.parley.auth.model.UserId;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.billing.application.Plans;
import app.parley.billing.application.StartingTrials;
import app.parley.billing.application.StartingTrials.TrialStart;
import app.parley.billing.model.Plan;
import app.parley.billing.model.PlanId;
import app.parley.billing.model.Subscription;
import app.parley.onboarding.application.Funnel;
import app.parley.onboarding.application.Onboardings;
import app.parley.onboarding.model.Consent;
import app.parley.onboarding.model.FunnelStep;
import app.parley.onboarding.model.Onboarding;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.application.RegisteringTenants;
import app.parley.tenancy.model.*;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * A business signs itself up: the tenant (not live yet), its owner (inactive until the email is verified), the
 * plan's free trial, the onboarding record with the consent, the funnel's first step and the verification mail.
 * Checks (format, rates, disposable and taken addresses) happen before anything is written.
 */
public final class SigningUp {
    private static final int SLUG_ATTEMPTS = 4;
    private final RegisteringTenants registering;
    private final ChangingTenantLifecycle lifecycle;
    private final Users users;
    private final PasswordHasher hasher;
    private final Plans plans;
    private final StartingTrials trials;
    private final Onboardings onboardings;
    private final Funnel funnel;
    private final SignUpVerifications verifications;
    private final Mailer mailer;
    private final OnboardingSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SigningUp(RegisteringTenants registering, ChangingTenantLifecycle lifecycle, Users users, PasswordHasher hasher, Plans plans,
                     StartingTrials trials, Onboardings onboardings, Funnel funnel, SignUpVerifications verifications, Mailer mailer,
                     OnboardingSettings settings, Clock clock) {
        this.registering = registering;
        this.lifecycle = lifecycle;
        this.users = users;
        this.hasher = hasher;
        this.plans = plans;
        this.trials = trials;
        this.onboardings = onboardings;
        this.funnel = funnel;
        this.verifications = verifications;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    /** A checked sign-up form. */
    public record Form(String businessName, String ownerName, Email email, String passwordHash, String country, Currency currency,
                       ZoneId timezone, String sourceIp) {}

    public sealed interface Outcome {
        record SignedUp(Tenant tenant, User owner, Plan plan, Subscription trial) implements Outcome {}
        record EmailTaken() implements Outcome {}
        record NoPlan() implements Outcome {}
    }

    public Outcome signUp(Form form) {
        if (users.findByEmail(form.email()).isPresent()) return new Outcome.EmailTaken();
        Optional<Plan> plan = plan();
        if (plan.isEmpty()) return new Outcome.NoPlan();
        Tenant tenant = register(form);
        User owner = User.ofTenant(tenant.id(), UserId.newId(), form.email(), form.ownerName(), Role.TENANT_ADMIN, form.passwordHash());
        owner = owner.deactivated();
        if (users.create(owner) instanceof UserCreation.EmailTaken) {
            lifecycle.change(tenant.id(), LifecycleAction.SOFT_DELETE);
            lifecycle.change(tenant.id(), LifecycleAction.HARD_DELETE);
            return new Outcome.EmailTaken();
        }
        Subscription trial = switch (trials.start(tenant.id(), plan.get().id())) {
            case TrialStart.Started s -> s.subscription();
            case TrialStart.AlreadySubscribed a -> a.subscription();
            case TrialStart.UnknownPlan u -> throw new IllegalStateException("the plan vanished meanwhile");
        };
        var consent = new Consent(settings.termsVersion(), settings.privacyVersion(), clock.instant(), form.sourceIp());
        onboardings.create(Onboarding.started(tenant.id(), owner.id().value(), owner.email().value(), consent));
        funnel.reached(tenant.id(), tenant.name(), FunnelStep.SIGNED_UP, clock.instant());
        mailVerification(tenant, owner);
        return new Outcome.SignedUp(tenant, owner, plan.get(), trial);
    }

    private void mailVerification(Tenant tenant, User owner) {
        String token = verifications.issue(tenant.id(), owner.id().value(), clock.instant().plus(OnboardingSettings.VERIFICATION_VALIDITY));
        mailer.send(new Mail(owner.email().value(), "Verify your email for Parley",
                "Hello " + owner.name() + ",\n\nyou signed up " + tenant.name() + " on Parley. Confirm this address within 48 hours:\n\n"
                        + settings.appUrl() + "/verify?token=" + token + "\n\nIf this was not you, ignore this mail; nothing happens.\n"));
    }

    private Tenant register(Form form) {
        for (int attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
            var command = new RegisterTenant(slug(form.businessName()), form.businessName(), form.currency(), form.timezone(),
                    Locale.of("en", form.country()), new TenantProfile(null, null, null), WorkingHours.always(),
                    new WhatsAppConnection.Unofficial(), AiSettings.defaults());
            if (registering.register(command) instanceof TenantRegistration.Registered r) return r.tenant();
        }
        throw new IllegalStateException("no free slug after " + SLUG_ATTEMPTS + " attempts");
    }

    /** The configured plan, else the cheapest one with a free trial. */
    private Optional<Plan> plan() {
        if (settings.planId().isPresent()) return plans.find(new PlanId(settings.planId().get()));
        return plans.list().stream().filter(p -> p.trialDays() > 0)
                .min(Comparator.comparing((Plan p) -> p.monthlyPrice().amount()).thenComparing(Plan::name));
    }

    private String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (ascii.length() > 40) ascii = ascii.substring(0, 40).replaceAll("-+$", "");
        String suffix = Integer.toString(1_000_000 + random.nextInt(35_000_000), 36);
        return (ascii.isEmpty() ? "business" : ascii) + "-" + suffix;
    }
}
