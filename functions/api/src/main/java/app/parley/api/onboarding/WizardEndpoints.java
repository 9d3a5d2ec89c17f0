package app.parley.api.onboarding;

import static app.parley.auth.access.Permission.SETTINGS_READ;
import static app.parley.auth.access.Permission.SETTINGS_WRITE;
import static app.parley.auth.access.Permission.WHATSAPP_CONNECT;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.onboarding.OnboardingBodies.*;
import app.parley.api.settings.SettingsBodies.WhatsAppView;
import app.parley.api.settings.SettingsEndpoints;
import app.parley.api.settings.WhatsAppTokenSecrets;
import app.parley.catalog.application.Faqs;
import app.parley.catalog.application.Services;
import app.parley.common.model.SaveOutcome;
import app.parley.conversation.application.Answering;
import app.parley.conversation.model.Conversation;
import app.parley.crm.model.CustomerId;
import app.parley.onboarding.application.Funnel;
import app.parley.onboarding.application.Onboardings;
import app.parley.onboarding.model.Consent;
import app.parley.onboarding.model.FunnelStep;
import app.parley.onboarding.model.Onboarding;
import app.parley.onboarding.model.WizardStep;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.*;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The setup wizard's server side: where the owner is (kept on the tenant, so setup resumes anywhere), connecting a
 * Cloud API number, a test chat with the business's own assistant (no WhatsApp involved, nothing stored), and going live.
 */
public final class WizardEndpoints {
    private final Onboardings onboardings;
    private final Funnel funnel;
    private final Tenants tenants;
    private final ChangingTenantLifecycle lifecycle;
    private final Services services;
    private final Faqs faqs;
    private final Answering assistant;
    private final WhatsAppTokenSecrets tokens;
    private final Auditor audit;
    private final Clock clock;

    public WizardEndpoints(Onboardings onboardings, Funnel funnel, Tenants tenants, ChangingTenantLifecycle lifecycle, Services services,
                           Faqs faqs, Answering assistant, WhatsAppTokenSecrets tokens, Auditor audit, Clock clock) {
        this.onboardings = onboardings;
        this.funnel = funnel;
        this.tenants = tenants;
        this.lifecycle = lifecycle;
        this.services = services;
        this.faqs = faqs;
        this.assistant = assistant;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/onboarding").tag("onboarding").requires(SETTINGS_READ)
                        .summary("Setup progress: the step to resume at, the steps done, email verified, live").returns(ProgressView.class)
                        .handle(c -> Reply.ok(view(c.tenant(), current(c.tenant())))),
                Operation.put("/api/onboarding/progress").tag("onboarding").requires(SETTINGS_WRITE)
                        .summary("Mark a setup step done (the wizard moves on) or resume at a step")
                        .accepts(StepUpdate.class, "{\"step\":\"PROFILE\",\"done\":true}").returns(ProgressView.class).handle(this::progress),
                Operation.put("/api/onboarding/whatsapp").tag("onboarding").requires(WHATSAPP_CONNECT)
                        .summary("Connect a WhatsApp Cloud API number with its access token (the token is never shown again)")
                        .accepts(CloudNumberConnect.class, "{\"phoneNumberId\":\"109876543210\",\"displayPhoneNumber\":\"+351 910 000 000\","
                                + "\"accessToken\":\"EAAG...\"}").returns(WhatsAppView.class).handle(this::connect),
                Operation.post("/api/onboarding/test-chat").tag("onboarding").requires(SETTINGS_READ)
                        .summary("Ask the business's own assistant, as a customer would, without WhatsApp; memory carries the conversation")
                        .accepts(TestChat.class, "{\"text\":\"How much is a tune-up?\",\"memory\":null}").returns(TestChatAnswer.class)
                        .handle(this::testChat),
                Operation.post("/api/onboarding/go-live").tag("onboarding").requires(SETTINGS_WRITE)
                        .summary("Go live: the assistant starts answering customers on the connected number").returns(ProgressView.class)
                        .handle(this::goLive));
    }

    private Reply progress(Call call) {
        StepUpdate in = call.body(StepUpdate.class);
        WizardStep step = WizardStep.valueOf(in.step());
        if (in.done() && step == WizardStep.CATALOG && services.page(call.tenant(), 1, null).items().isEmpty()) {
            throw new ApiProblem(409, "catalog_empty", "Add at least one service (import a file or enter one) before moving on.");
        }
        Onboarding after = change(call.tenant(), o -> in.done() ? o.completed(step) : o.at(step));
        if (in.done() && step == WizardStep.CATALOG) reached(call.tenant(), FunnelStep.CATALOG_ADDED);
        return Reply.ok(view(call.tenant(), after));
    }

    private Reply connect(Call call) {
        CloudNumberConnect in = call.body(CloudNumberConnect.class);
        Tenant before = tenant(call.tenant());
        Tenant after = SettingsEndpoints.reconnect(tenants, before, new WhatsAppConnection.Cloud(in.phoneNumberId(), in.displayPhoneNumber()));
        tokens.store(after.id(), in.accessToken());
        audit.record(call, "WHATSAPP_CLOUD_NUMBER_CONNECTED", WhatsAppView.of(before.whatsapp()), WhatsAppView.of(after.whatsapp()));
        reached(after.id(), FunnelStep.WHATSAPP_CONNECTED);
        WhatsAppView view = WhatsAppView.of(after.whatsapp());
        return Reply.ok(new WhatsAppView(view.mode(), view.phoneNumberId(), view.displayPhoneNumber(), true));
    }

    private Reply testChat(Call call) {
        TestChat in = call.body(TestChat.class);
        Tenant tenant = tenant(call.tenant());
        var conversation = Conversation.open(tenant.id(), CustomerId.newId(), "test-chat", clock.instant());
        var question = new Answering.Question(tenant, services.list(tenant.id()), faqs.list(tenant.id()), conversation,
                Optional.ofNullable(in.memory()).filter(m -> !m.isBlank()), in.text());
        return Reply.ok(switch (assistant.answer(question)) {
            case Answering.Answer.Reply r -> new TestChatAnswer("reply", r.text(), r.memory().orElse(null));
            case Answering.Answer.RequestOrder o -> new TestChatAnswer("order_request", o.text(), o.memory().orElse(null));
            case Answering.Answer.HandOver h -> new TestChatAnswer("hand_over",
                    h.text().orElse("(The assistant hands this conversation to a person: " + h.reason() + ".)"), h.memory().orElse(null));
        });
    }

    private Reply goLive(Call call) {
        Tenant tenant = tenant(call.tenant());
        Onboarding onboarding = current(tenant.id());
        if (!onboarding.verified()) throw new ApiProblem(409, "email_unverified", "Verify the owner's email before going live.");
        if (!(tenant.whatsapp() instanceof WhatsAppConnection.Cloud) || !tokens.configured(tenant.id())) {
            throw new ApiProblem(409, "whatsapp_not_connected", "Connect a WhatsApp number before going live.");
        }
        if (tenant.status() == TenantStatus.CREATED) {
            if (!(lifecycle.change(tenant.id(), LifecycleAction.ACTIVATE) instanceof LifecycleChange.Changed)) {
                throw ApiProblem.conflict("concurrent_change", "The business changed meanwhile; try again.");
            }
            audit.record(call, "TENANT_WENT_LIVE", tenant.status().name(), TenantStatus.ACTIVE.name());
        } else if (tenant.status() != TenantStatus.ACTIVE) {
            throw new ApiProblem(409, "not_live_able", "A " + tenant.status().name().toLowerCase() + " business cannot go live.");
        }
        reached(tenant.id(), FunnelStep.LIVE);
        return Reply.ok(view(tenant.id(), change(tenant.id(), o -> o.completed(WizardStep.GO_LIVE))));
    }

    private void reached(TenantId tenant, FunnelStep step) {
        funnel.reached(tenant, tenant(tenant).name(), step, clock.instant());
    }

    /** The tenant's record; a business the platform registered gets one on first look (its staff signed in, so verified). */
    private Onboarding current(TenantId tenant) {
        Optional<Onboarding> found = onboardings.find(tenant);
        if (found.isPresent()) return found.get();
        var consent = new Consent("platform-registered", "platform-registered", clock.instant(), null);
        onboardings.create(Onboarding.started(tenant, null, null, consent).verified(clock.instant()));
        return onboardings.find(tenant).orElseThrow();
    }

    private Onboarding change(TenantId tenant, UnaryOperator<Onboarding> change) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (onboardings.update(change.apply(current(tenant))) instanceof SaveOutcome.Saved<Onboarding> saved) return saved.value();
        }
        throw ApiProblem.conflict("concurrent_change", "The setup progress changed meanwhile; try again.");
    }

    private ProgressView view(TenantId tenant, Onboarding onboarding) {
        return ProgressView.of(onboarding, tenant(tenant).status() == TenantStatus.ACTIVE);
    }

    private Tenant tenant(TenantId id) {
        return tenants.find(id).orElseThrow(ApiProblem::notFound);
    }
}
