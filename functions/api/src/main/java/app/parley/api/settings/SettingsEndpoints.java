package app.parley.api.settings;

import static app.parley.auth.access.Permission.SETTINGS_READ;
import static app.parley.auth.access.Permission.SETTINGS_WRITE;
import static app.parley.auth.access.Permission.WHATSAPP_CONNECT;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.settings.SettingsBodies.*;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.NumberChange;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantProfile;
import app.parley.tenancy.model.WhatsAppConnection;
import app.parley.tenancy.model.WorkingHours;
import java.util.List;

/** The tenant's own settings: business profile, working hours, WhatsApp connection and AI controls. */
public final class SettingsEndpoints {
    private final TenantChanges changes;
    private final Tenants tenants;
    private final WhatsAppTokenSecrets tokens;
    private final Auditor audit;

    public SettingsEndpoints(Tenants tenants, WhatsAppTokenSecrets tokens, Auditor audit) {
        this.tenants = tenants;
        this.changes = new TenantChanges(tenants);
        this.tokens = tokens;
        this.audit = audit;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/settings").tag("settings").requires(SETTINGS_READ).summary("All settings of the business")
                        .returns(SettingsView.class).handle(c -> Reply.ok(view(changes.current(c.tenant())))),
                Operation.patch("/api/settings/ai").tag("settings").requires(SETTINGS_WRITE)
                        .summary("AI switch, confidence threshold and allowed response types (effective for the next message)")
                        .accepts(AiPatch.class, "{\"enabled\":false,\"confidenceThreshold\":0.9,\"allowedResponseTypes\":[\"catalog\",\"faq\"]}")
                        .returns(AiView.class).handle(this::ai),
                Operation.put("/api/settings/profile").tag("settings").requires(SETTINGS_WRITE).summary("Business profile")
                        .accepts(ProfileInput.class, "{\"name\":\"Clinic\",\"about\":\"Dental care\",\"address\":\"1 Main St\",\"phone\":\"+1 555 0100\"}")
                        .returns(SettingsView.class).handle(this::profile),
                Operation.put("/api/settings/working-hours").tag("settings").requires(SETTINGS_WRITE).summary("Working hours per day")
                        .accepts(WorkingHoursInput.class, "{\"byDay\":{\"mon\":\"09:00-18:00\",\"sat\":\"10:00-14:00\"}}")
                        .returns(SettingsView.class).handle(this::workingHours),
                Operation.put("/api/settings/whatsapp").tag("settings").requires(WHATSAPP_CONNECT)
                        .summary("WhatsApp connection: switch to the unofficial gateway (Cloud API numbers come from the platform)")
                        .accepts(WhatsAppInput.class, "{\"mode\":\"unofficial\"}").returns(WhatsAppView.class).handle(this::whatsapp));
    }

    private Reply ai(Call call) {
        AiPatch patch = call.body(AiPatch.class);
        TenantChanges.Change change = changes.apply(call.tenant(), t -> t.withAi(patch.applyTo(t.ai())));
        audit.record(call, "AI_SETTINGS_CHANGED", AiView.of(change.before().ai()), AiView.of(change.after().ai()));
        return Reply.ok(AiView.of(change.after().ai()));
    }

    private Reply profile(Call call) {
        ProfileInput in = call.body(ProfileInput.class);
        TenantChanges.Change change = changes.apply(call.tenant(),
                t -> t.withProfile(in.name(), new TenantProfile(in.about(), in.address(), in.phone()), t.workingHours()));
        audit.record(call, "PROFILE_CHANGED", SettingsView.of(change.before()), SettingsView.of(change.after()));
        return Reply.ok(view(change.after()));
    }

    private Reply workingHours(Call call) {
        WorkingHours hours = new WorkingHours(call.body(WorkingHoursInput.class).byDay());
        TenantChanges.Change change = changes.apply(call.tenant(), t -> t.withProfile(t.name(), t.profile(), hours));
        audit.record(call, "WORKING_HOURS_CHANGED", change.before().workingHours().byDay(), hours.byDay());
        return Reply.ok(view(change.after()));
    }

    private Reply whatsapp(Call call) {
        Tenant before = changes.current(call.tenant());
        Tenant after = reconnect(tenants, before, new WhatsAppConnection.Unofficial());
        audit.record(call, "WHATSAPP_CONNECTION_CHANGED", WhatsAppView.of(before.whatsapp()), WhatsAppView.of(after.whatsapp()));
        return Reply.ok(WhatsAppView.of(after.whatsapp()));
    }

    private SettingsView view(Tenant tenant) {
        return SettingsView.of(tenant, tokens.configured(tenant.id()));
    }

    /** Shared with the platform's number assignment: one transaction for settings and phone route. */
    public static Tenant reconnect(Tenants tenants, Tenant tenant, WhatsAppConnection next) {
        return switch (tenants.reconnect(tenant, next)) {
            case NumberChange.Changed changed -> changed.tenant();
            case NumberChange.NumberTaken taken -> throw ApiProblem.conflict("number_taken",
                    "Another business uses the phone number id " + taken.phoneNumberId() + ".");
            case NumberChange.Stale stale -> throw ApiProblem.conflict("concurrent_change", "The settings changed meanwhile; try again.");
        };
    }
}
