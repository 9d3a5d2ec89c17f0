package app.parley.api.platform;

import static app.parley.auth.access.Permission.PLATFORM_AI_PROVIDERS;
import static app.parley.auth.access.Permission.PLATFORM_AUDIT_READ;
import static app.parley.auth.access.Permission.PLATFORM_BILLING;
import static app.parley.auth.access.Permission.PLATFORM_KILL_SWITCH;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.platform.PlatformBodies.*;
import app.parley.api.reports.ReportEndpoints;
import app.parley.api.reports.ReportEndpoints.AuditView;
import app.parley.audit.application.AuditEvents;
import app.parley.audit.model.AuditEvent;
import app.parley.common.model.Page;
import app.parley.platform.application.AiProviders;
import app.parley.platform.application.Secrets;
import app.parley.platform.model.AiProviderSettings;
import app.parley.tenancy.application.PlatformSwitches;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Platform-wide controls: the global AI kill switch, AI providers, the system-wide audit log and usage. */
public final class PlatformEndpoints {
    private static final int AUDIT_SCAN_LIMIT = 1000;
    private final PlatformSwitches switches;
    private final AiProviders providers;
    private final Secrets secrets;
    private final AuditEvents events;
    private final Tenants tenants;
    private final Auditor audit;
    private final Clock clock;

    public PlatformEndpoints(PlatformSwitches switches, AiProviders providers, Secrets secrets, AuditEvents events, Tenants tenants,
                             Auditor audit, Clock clock) {
        this.switches = switches;
        this.providers = providers;
        this.secrets = secrets;
        this.events = events;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/platform/kill-switch").tag("platform").requires(PLATFORM_KILL_SWITCH).summary("The global AI switch")
                        .returns(KillSwitchView.class).handle(c -> Reply.ok(new KillSwitchView(switches.aiEnabled()))),
                Operation.patch("/api/platform/kill-switch").tag("platform").requires(PLATFORM_KILL_SWITCH)
                        .summary("Switch every tenant's AI off or on at once (effective for the next message)")
                        .accepts(Switch.class, "{\"aiEnabled\":false}").returns(KillSwitchView.class).handle(this::killSwitch),
                Operation.get("/api/platform/ai-providers").tag("platform").requires(PLATFORM_AI_PROVIDERS)
                        .summary("AI providers, models and fallback order (keys only as configured: true/false)")
                        .returns(ProvidersView.class).handle(c -> Reply.ok(view(providers.current()))),
                Operation.put("/api/platform/ai-providers").tag("platform").requires(PLATFORM_AI_PROVIDERS)
                        .summary("Set AI providers; API keys go to the secret store and never come back")
                        .accepts(ProvidersInput.class, "{\"providers\":[{\"name\":\"local\",\"model\":\"embedded\",\"enabled\":true}],"
                                + "\"fallbackOrder\":[\"local\"]}")
                        .returns(ProvidersView.class).handle(this::setProviders),
                Operation.get("/api/platform/audit").tag("platform").requires(PLATFORM_AUDIT_READ)
                        .summary("System-wide audit log of one day (?day=), optionally ?tenantId= and ?action=").query("day", "tenantId", "action")
                        .paged().returnsList(AuditView.class).handle(this::auditLog),
                Operation.get("/api/platform/usage").tag("platform").requires(PLATFORM_BILLING)
                        .summary("Usage per tenant (empty until the pipeline writes usage counters)").returnsList(Usage.class)
                        .handle(this::usage));
    }

    private Reply killSwitch(Call call) {
        boolean before = switches.aiEnabled();
        boolean on = call.body(Switch.class).aiEnabled();
        switches.switchAi(on);
        audit.record(call, "PLATFORM_AI_SWITCHED", new KillSwitchView(before), new KillSwitchView(on));
        return Reply.ok(new KillSwitchView(switches.aiEnabled()));
    }

    private Reply setProviders(Call call) {
        ProvidersInput in = call.body(ProvidersInput.class);
        AiProviderSettings before = providers.current();
        AiProviderSettings after = in.settings();
        in.providers().stream().filter(p -> p.apiKey() != null && !p.apiKey().isBlank())
                .forEach(p -> secrets.put(AiProviderSettings.secretName(p.name()), p.apiKey()));
        providers.save(after);
        audit.record(call, "AI_PROVIDERS_CHANGED", before, after); // settings only: keys never reach the trail
        return Reply.ok(view(after));
    }

    private ProvidersView view(AiProviderSettings s) {
        return new ProvidersView(s.providers().stream().map(p -> new ProviderView(p.name(), p.model(), p.enabled(),
                secrets.exists(AiProviderSettings.secretName(p.name())))).toList(), s.fallbackOrder());
    }

    private Reply auditLog(Call call) {
        Optional<String> tenant = call.query("tenantId");
        Optional<String> action = call.query("action");
        Predicate<AuditEvent> wanted = e -> tenant.map(t -> e.tenant().map(TenantId::value).filter(t::equals).isPresent()).orElse(true)
                && action.map(a -> a.equals(e.action())).orElse(true);
        Page<AuditEvent> page = call.page((limit, cursor) -> filtered(ReportEndpoints.day(call, clock), wanted, limit, cursor));
        return Reply.ok(Listing.of(page, AuditView::of));
    }

    /** Filters page by page (at most {@value #AUDIT_SCAN_LIMIT} events read per call); the cursor continues the scan. */
    private Page<AuditEvent> filtered(java.time.LocalDate day, Predicate<AuditEvent> wanted, int limit, String cursor) {
        List<AuditEvent> found = new java.util.ArrayList<>();
        Optional<String> next = Optional.ofNullable(cursor);
        int read = 0;
        do {
            Page<AuditEvent> page = events.platformPage(day, limit, next.orElse(null));
            read += page.items().size();
            page.items().stream().filter(wanted).forEach(found::add);
            next = page.nextCursor();
        } while (next.isPresent() && found.size() < limit && read < AUDIT_SCAN_LIMIT);
        return new Page<>(found, next);
    }

    private Reply usage(Call call) {
        List<Usage> items = tenants.list().stream().map(t -> new Usage(t.id().value(), t.slug(), null,
                "no usage counters exist yet; message counts appear once the pipeline writes them")).toList();
        return Reply.ok(new Listing<>(items, null));
    }

}
