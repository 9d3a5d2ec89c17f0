package app.parley.onboarding.application;

import app.parley.common.model.SaveOutcome;
import app.parley.onboarding.model.Onboarding;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** Each self-registered tenant's onboarding record. */
public interface Onboardings {
    /** False when the tenant already has one. */
    boolean create(Onboarding onboarding);

    Optional<Onboarding> find(TenantId tenant);

    /** Writes if the stored version is still {@code onboarding.version()}. */
    SaveOutcome<Onboarding> update(Onboarding onboarding);
}
