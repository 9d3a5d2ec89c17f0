package app.parley.api.billing;

import static app.parley.auth.access.Permission.PLATFORM_BILLING;

import app.parley.api.audit.Auditor;
import app.parley.api.billing.BillingBodies.*;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.billing.application.BillingStanding;
import app.parley.billing.application.DefiningPlans;
import app.parley.billing.application.DefiningPlans.Definition;
import app.parley.billing.application.Plans;
import app.parley.billing.application.ReadingPlatformFigures;
import app.parley.billing.application.StartingTrials;
import app.parley.billing.application.StartingTrials.TrialStart;
import app.parley.billing.application.Subscriptions;
import app.parley.billing.model.Plan;
import app.parley.billing.model.PlanId;
import app.parley.billing.model.Subscription;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import app.parley.tenancy.model.TenantStatus;
import app.parley.tenancy.model.TenantSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The super admin's billing: plans, starting a tenant's trial, a tenant's standing, platform figures. */
public final class PlatformBillingEndpoints {
    private static final String PLAN_EXAMPLE = "{\"name\":\"Starter\",\"monthlyPrice\":\"49.00\",\"currency\":\"USD\","
            + "\"includedMessages\":1000,\"includedAiTokens\":500000,\"messageOverageRate\":\"0.02\",\"aiTokenOverageRate\":\"0.00001\","
            + "\"maxUsers\":5,\"maxNumbers\":1,\"trialDays\":14}";
    private final Plans plans;
    private final DefiningPlans defining;
    private final StartingTrials trials;
    private final Subscriptions subscriptions;
    private final BillingStanding standing;
    private final ReadingPlatformFigures figures;
    private final Tenants tenants;
    private final Auditor audit;

    public PlatformBillingEndpoints(Plans plans, DefiningPlans defining, StartingTrials trials, Subscriptions subscriptions,
                                    BillingStanding standing, ReadingPlatformFigures figures, Tenants tenants, Auditor audit) {
        this.plans = plans;
        this.defining = defining;
        this.trials = trials;
        this.subscriptions = subscriptions;
        this.standing = standing;
        this.figures = figures;
        this.tenants = tenants;
        this.audit = audit;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/platform/plans").tag("billing").requires(PLATFORM_BILLING).summary("Every plan, by name")
                        .returnsList(PlanView.class).handle(c -> Reply.ok(new Listing<>(plans.list().stream()
                                .sorted(Comparator.comparing(Plan::name)).map(PlanView::of).toList(), null))),
                Operation.post("/api/platform/plans").tag("billing").requires(PLATFORM_BILLING)
                        .summary("Define a plan: monthly price, included usage, overage rates per unit, limits, trial days")
                        .accepts(PlanInput.class, PLAN_EXAMPLE).returns(PlanView.class).status(201).handle(this::create),
                Operation.put("/api/platform/plans/{planId}").tag("billing").requires(PLATFORM_BILLING)
                        .summary("Change a plan (its currency never changes; running subscriptions keep their price)")
                        .accepts(PlanInput.class, PLAN_EXAMPLE).returns(PlanView.class).handle(this::update),
                Operation.post("/api/platform/tenants/{tenantId}/trial").tag("billing").requires(PLATFORM_BILLING)
                        .summary("Subscribe a tenant to a plan, starting with the plan's free trial")
                        .accepts(TrialInput.class, "{\"planId\":\"plan_01J00000000000000000000000\"}").returns(BillingView.class)
                        .status(201).handle(this::startTrial),
                Operation.get("/api/platform/tenants/{tenantId}/billing").tag("billing").requires(PLATFORM_BILLING)
                        .summary("A tenant's subscription and whether it may reply automatically").returns(BillingView.class)
                        .handle(c -> Reply.ok(view(existing(c).id()))),
                Operation.get("/api/platform/billing/figures").tag("billing").requires(PLATFORM_BILLING)
                        .summary("MRR, trial conversion, churn and revenue per tenant").returns(FiguresView.class)
                        .handle(c -> Reply.ok(FiguresView.of(figures.read(), slugs()))));
    }

    private Reply create(Call call) {
        Plan plan = call.body(PlanInput.class).plan(PlanId.newId());
        defining.define(plan);
        audit.record(call, "PLAN_DEFINED", null, PlanView.of(plan));
        return Reply.created(PlanView.of(plan));
    }

    private Reply update(Call call) {
        Plan before = plans.find(call.id("planId", PlanId::new)).orElseThrow(ApiProblem::notFound);
        Plan after = call.body(PlanInput.class).plan(before.id());
        return switch (defining.define(after)) {
            case Definition.Defined defined -> {
                audit.record(call, "PLAN_CHANGED", PlanView.of(before), PlanView.of(defined.plan()));
                yield Reply.ok(PlanView.of(defined.plan()));
            }
            case Definition.CurrencyChangeRefused refused -> throw ApiProblem.invalid("currency",
                    "stays " + refused.stored().currency().getCurrencyCode() + ": a plan's currency never changes.");
        };
    }

    private Reply startTrial(Call call) {
        Tenant tenant = existing(call);
        return switch (trials.start(tenant.id(), call.body(TrialInput.class).plan())) {
            case TrialStart.Started started -> {
                audit.recordOnTenant(call, tenant.id(), "TRIAL_STARTED", null, summary(started.subscription()));
                yield Reply.created(view(tenant.id()));
            }
            case TrialStart.AlreadySubscribed already -> throw ApiProblem.conflict("already_subscribed",
                    "This tenant already has a " + already.subscription().status().name().toLowerCase() + " subscription.");
            case TrialStart.UnknownPlan unknown -> throw ApiProblem.invalid("planId", "is not a plan.");
        };
    }

    private BillingView view(TenantId tenant) {
        Optional<Subscription> subscription = subscriptions.find(tenant);
        return BillingView.of(subscription, subscription.flatMap(s -> plans.find(s.plan())), standing.allowsAutomaticReplies(tenant));
    }

    private static Map<String, String> summary(Subscription s) {
        return Map.of("plan", s.plan().value(), "status", s.status().name(), "trialEndsAt", s.trialEndsAt().toString());
    }

    private Map<String, String> slugs() {
        return tenants.list().stream().collect(Collectors.toMap(t -> t.id().value(), TenantSummary::slug, (a, b) -> a));
    }

    private Tenant existing(Call call) {
        return tenants.find(call.id("tenantId", TenantId::new)).filter(t -> t.status() != TenantStatus.HARD_DELETED)
                .orElseThrow(ApiProblem::notFound);
    }
}
