package app.parley.api.onboarding;

import app.parley.mail.model.Mail;
import app.parley.mail.application.Mailer;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.LifecycleAction;
import app.parley.tenancy.model.LifecycleChange;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantStatus;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule's sweep: each cancelled business whose cooling-off period has passed and that is still soft-deleted
 * is erased (every item, login, slug and number route) and its admins are told; one the platform restored meanwhile
 * keeps its data and leaves the list.
 */
public final class ErasingDueTenants {
    private static final Logger LOG = LoggerFactory.getLogger(ErasingDueTenants.class);
    private final Erasures erasures;
    private final Tenants tenants;
    private final ChangingTenantLifecycle lifecycle;
    private final Mailer mailer;
    private final Clock clock;

    public ErasingDueTenants(Erasures erasures, Tenants tenants, ChangingTenantLifecycle lifecycle, Mailer mailer, Clock clock) {
        this.erasures = erasures;
        this.tenants = tenants;
        this.lifecycle = lifecycle;
        this.mailer = mailer;
        this.clock = clock;
    }

    public record Sweep(int erased, int restoredMeanwhile) {}

    public Sweep eraseDue() {
        int erased = 0;
        int restored = 0;
        for (Erasures.Due due : erasures.dueBy(clock.instant())) {
            Optional<Tenant> tenant = tenants.find(due.tenant());
            if (tenant.isPresent() && tenant.get().status() == TenantStatus.SOFT_DELETED) {
                if (!(lifecycle.change(due.tenant(), LifecycleAction.HARD_DELETE) instanceof LifecycleChange.Changed)) continue;
                erased++;
                LOG.info("tenant erased after cooling-off: {}", due.tenant().value());
                String name = tenant.get().name();
                due.recipients().forEach(to -> mailer.send(new Mail(to, "Your Parley data is erased",
                        "As announced when " + name + " was cancelled, all its data is now erased from Parley. Thank you for having been with us.\n")));
            } else if (tenant.isPresent() && tenant.get().lifecycle().isLive()) {
                restored++;
            }
            erasures.done(due);
        }
        return new Sweep(erased, restored);
    }
}
