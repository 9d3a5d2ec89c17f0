package app.parley.api.onboarding;

import static app.parley.auth.access.Permission.PLATFORM_TENANTS_READ;

import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.onboarding.OnboardingBodies.FunnelView;
import app.parley.onboarding.application.Funnel;
import java.util.List;

/** The platform's view of self-service onboarding: totals per step and each business's dates. */
public final class FunnelEndpoints {
    private final Funnel funnel;

    public FunnelEndpoints(Funnel funnel) { this.funnel = funnel; }

    public List<Operation> operations() {
        return List.of(Operation.get("/api/platform/onboarding-funnel").tag("platform").requires(PLATFORM_TENANTS_READ)
                .summary("Onboarding funnel: how many businesses reached each step, and when each business did")
                .returns(FunnelView.class).handle(c -> Reply.ok(FunnelView.of(funnel.totals(), funnel.lines()))));
    }
}
