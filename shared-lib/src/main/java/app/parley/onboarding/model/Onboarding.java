package app.parley.onboarding.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A self-registered business's way through setup: who owns it, what they consented to, whether the
 * owner's email is verified, which wizard steps are done and where the wizard resumes.
 */
public record Onboarding(TenantId tenant, String ownerUserId, String ownerEmail, Consent consent, Optional<Instant> verifiedAt,
                         Set<WizardStep> done, WizardStep current, long version) {
    public Onboarding {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        Objects.requireNonNull(current, "current");
        done = done.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(done));
    }

    public static Onboarding started(TenantId tenant, String ownerUserId, String ownerEmail, Consent consent) {
        return new Onboarding(tenant, ownerUserId, ownerEmail, consent, Optional.empty(), Set.of(), WizardStep.PROFILE, 0);
    }

    public boolean verified() { return verifiedAt.isPresent(); }

    public Onboarding verified(Instant at) {
        return new Onboarding(tenant, ownerUserId, ownerEmail, consent, verifiedAt.or(() -> Optional.of(at)), done, current, version);
    }

    /** The step is done; the wizard resumes at the first step after it that is not. */
    public Onboarding completed(WizardStep step) {
        EnumSet<WizardStep> next = done.isEmpty() ? EnumSet.noneOf(WizardStep.class) : EnumSet.copyOf(done);
        next.add(step);
        WizardStep resume = step;
        for (WizardStep s : WizardStep.values()) {
            if (s.ordinal() > step.ordinal() && !next.contains(s)) {
                resume = s;
                break;
            }
        }
        return new Onboarding(tenant, ownerUserId, ownerEmail, consent, verifiedAt, next, resume, version);
    }

    /** The owner goes back (or forward) to a step without completing the one they were on. */
    public Onboarding at(WizardStep step) {
        return new Onboarding(tenant, ownerUserId, ownerEmail, consent, verifiedAt, done, step, version);
    }

    public Onboarding withVersion(long next) {
        return new Onboarding(tenant, ownerUserId, ownerEmail, consent, verifiedAt, done, current, next);
    }
}
