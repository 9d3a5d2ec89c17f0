package app.parley.api.platform;

import static app.parley.auth.access.Permission.PLATFORM_KILL_SWITCH;
import static app.parley.auth.access.Permission.PLATFORM_TENANTS_READ;
import static app.parley.auth.access.Permission.PLATFORM_TENANTS_WRITE;

import app.parley.api.audit.Auditor;
import app.parley.api.auth.Accounts;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.platform.PlatformBodies.*;
import app.parley.api.settings.SettingsBodies.AiView;
import app.parley.api.settings.SettingsBodies.SettingsView;
import app.parley.api.settings.SettingsBodies.WhatsAppView;
import app.parley.api.settings.SettingsEndpoints;
import app.parley.api.settings.TenantChanges;
import app.parley.api.settings.WhatsAppTokenSecrets;
import app.parley.auth.application.Users;
import app.parley.auth.model.Email;
import app.parley.auth.model.Role;
import app.parley.auth.model.User;
import app.parley.auth.model.UserCreation;
import app.parley.auth.model.UserId;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.common.model.Page;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.application.RegisteringTenants;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.*;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The platform's tenants: register, read, move through the lifecycle, per-tenant AI switch, Cloud API number. */
public final class TenantAdministration {
    private final Tenants tenants;
    private final RegisteringTenants registering;
    private final ChangingTenantLifecycle lifecycle;
    private final Users users;
    private final PasswordHasher hasher;
    private final Accounts accounts;
    private final WhatsAppTokenSecrets tokens;
    private final Auditor audit;

    public TenantAdministration(Tenants tenants, RegisteringTenants registering, ChangingTenantLifecycle lifecycle, Users users,
                                PasswordHasher hasher, Accounts accounts, WhatsAppTokenSecrets tokens, Auditor audit) {
        this.tenants = tenants;
        this.registering = registering;
        this.lifecycle = lifecycle;
        this.users = users;
        this.hasher = hasher;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
    }

    public List<Operation> operations() {
        String base = "/api/platform/tenants";
        return List.of(
                Operation.get(base).tag("platform").requires(PLATFORM_TENANTS_READ).summary("List tenants (by slug)").paged()
                        .returnsList(TenantLine.class).handle(this::list),
                Operation.post(base).tag("platform").requires(PLATFORM_TENANTS_WRITE).summary("Register a tenant, optionally with its first admin")
                        .accepts(NewTenant.class, "{\"slug\":\"new-clinic\",\"name\":\"New Clinic\",\"currency\":\"USD\","
                                + "\"timezone\":\"America/New_York\",\"locale\":\"en-US\",\"admin\":{\"email\":\"owner@new-clinic.example\",\"name\":\"Owner\"}}")
                        .returns(SettingsView.class).status(201).handle(this::register),
                Operation.get(base + "/{tenantId}").tag("platform").requires(PLATFORM_TENANTS_READ).summary("One tenant")
                        .returns(SettingsView.class).handle(this::one),
                lifecycleOp(base + "/{tenantId}/activate", "Activate a new tenant, or resume a suspended one", null),
                lifecycleOp(base + "/{tenantId}/suspend", "Suspend a tenant (staff can no longer sign in or refresh)", LifecycleAction.SUSPEND),
                lifecycleOp(base + "/{tenantId}/restore", "Restore a soft-deleted tenant", LifecycleAction.RESTORE),
                Operation.delete(base + "/{tenantId}").tag("platform").requires(PLATFORM_TENANTS_WRITE).summary("Soft-delete a tenant (restorable)")
                        .returns(SettingsView.class).handle(c -> change(c, LifecycleAction.SOFT_DELETE)),
                Operation.post(base + "/{tenantId}/hard-delete").tag("platform").requires(PLATFORM_TENANTS_WRITE)
                        .summary("Erase a soft-deleted tenant and all its data; the body repeats the tenant's slug")
                        .accepts(HardDelete.class, "{\"confirmSlug\":\"new-clinic\"}").status(204).handle(this::hardDelete),
                Operation.patch(base + "/{tenantId}/ai").tag("platform").requires(PLATFORM_KILL_SWITCH).summary("The tenant's AI switch")
                        .accepts(TenantAiSwitch.class, "{\"enabled\":false}").returns(AiView.class).handle(this::switchAi),
                Operation.put(base + "/{tenantId}/whatsapp-number").tag("platform").requires(PLATFORM_TENANTS_WRITE)
                        .summary("Assign an official Cloud API number (the phone route moves atomically)")
                        .accepts(CloudNumber.class, "{\"phoneNumberId\":\"109876543210\",\"displayPhoneNumber\":\"+1 555 0199\"}")
                        .returns(WhatsAppView.class).handle(this::assignNumber));
    }

    private Operation lifecycleOp(String path, String summary, LifecycleAction action) {
        return Operation.post(path).tag("platform").requires(PLATFORM_TENANTS_WRITE).summary(summary).returns(SettingsView.class)
                .handle(c -> change(c, action != null ? action
                        : existing(c).status() == TenantStatus.SUSPENDED ? LifecycleAction.RESUME : LifecycleAction.ACTIVATE));
    }

    private Reply list(Call call) {
        Page<TenantSummary> page = call.page((limit, cursor) -> {
            List<TenantSummary> all = tenants.list();
            List<TenantSummary> after = all.stream().filter(s -> cursor == null || s.slug().compareTo(cursor) > 0).limit(limit).toList();
            boolean more = !after.isEmpty() && all.stream().anyMatch(s -> s.slug().compareTo(after.getLast().slug()) > 0);
            return new Page<>(after, more ? Optional.of(after.getLast().slug()) : Optional.empty());
        });
        return Reply.ok(Listing.of(page, s -> new TenantLine(s.id().value(), s.slug(), s.name(), s.status().name())));
    }

    private Reply one(Call call) {
        Tenant tenant = existing(call);
        return Reply.ok(SettingsView.of(tenant, tokens.configured(tenant.id())));
    }

    private Reply register(Call call) {
        NewTenant in = call.body(NewTenant.class);
        RegisterTenant command = new RegisterTenant(in.slug(), in.name(), currency(in.currency()), zone(in.timezone()),
                Locale.forLanguageTag(in.locale()), new TenantProfile(null, null, null), WorkingHours.always(),
                new WhatsAppConnection.Unofficial(), AiSettings.defaults());
        Tenant tenant = switch (registering.register(command)) {
            case TenantRegistration.Registered r -> r.tenant();
            case TenantRegistration.SlugTaken t -> throw ApiProblem.conflict("slug_taken", "The slug " + t.slug() + " is taken.");
            case TenantRegistration.PhoneNumberTaken t -> throw ApiProblem.conflict("number_taken", "That number is taken.");
        };
        if (in.admin() != null) inviteAdmin(tenant, in.admin());
        audit.recordOnTenant(call, tenant.id(), "TENANT_REGISTERED", null, SettingsView.of(tenant));
        return Reply.created(SettingsView.of(tenant));
    }

    private void inviteAdmin(Tenant tenant, FirstAdmin admin) {
        Email email;
        try {
            email = new Email(admin.email());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("admin.email", "is not an email address.");
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        User user = User.ofTenant(tenant.id(), UserId.newId(), email, admin.name(), Role.TENANT_ADMIN,
                hasher.hash(Base64.getUrlEncoder().encodeToString(random)));
        if (users.create(user) instanceof UserCreation.EmailTaken) {
            throw ApiProblem.conflict("email_taken", "The tenant was registered, but that admin email already has an account.");
        }
        accounts.mailInvitation(user);
    }

    private Reply change(Call call, LifecycleAction action) {
        Tenant before = existing(call);
        return switch (lifecycle.change(before.id(), action)) {
            case LifecycleChange.Changed changed -> {
                audit.recordOnTenant(call, before.id(), "TENANT_" + action, before.status().name(), changed.tenant().status().name());
                yield Reply.ok(SettingsView.of(changed.tenant()));
            }
            case LifecycleChange.NotAllowed refused -> throw ApiProblem.conflict("lifecycle_refused",
                    "A " + refused.from() + " tenant cannot " + refused.action().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
            case LifecycleChange.NotFound n -> throw ApiProblem.notFound();
            case LifecycleChange.Conflict c -> throw ApiProblem.conflict("concurrent_change", "The tenant changed meanwhile; try again.");
        };
    }

    private Reply hardDelete(Call call) {
        Tenant before = existing(call);
        if (!before.slug().equals(call.body(HardDelete.class).confirmSlug())) {
            throw ApiProblem.invalid("confirmSlug", "must repeat the tenant's slug exactly.");
        }
        if (!(lifecycle.change(before.id(), LifecycleAction.HARD_DELETE) instanceof LifecycleChange.Changed)) {
            throw ApiProblem.conflict("lifecycle_refused", "Only a soft-deleted tenant can be erased.");
        }
        audit.recordOnPlatformOnly(call, before.id(), "TENANT_HARD_DELETED", before.slug(), null);
        return Reply.noContent();
    }

    private Reply switchAi(Call call) {
        boolean on = call.body(TenantAiSwitch.class).enabled();
        TenantChanges.Change change = new TenantChanges(tenants).apply(existing(call).id(), t -> t.withAi(t.ai().switchedTo(on)));
        audit.recordOnTenant(call, change.after().id(), "TENANT_AI_SWITCHED", AiView.of(change.before().ai()), AiView.of(change.after().ai()));
        return Reply.ok(AiView.of(change.after().ai()));
    }

    private Reply assignNumber(Call call) {
        CloudNumber in = call.body(CloudNumber.class);
        Tenant before = existing(call);
        Tenant after = SettingsEndpoints.reconnect(tenants, before, new WhatsAppConnection.Cloud(in.phoneNumberId(), in.displayPhoneNumber()));
        audit.recordOnTenant(call, before.id(), "WHATSAPP_NUMBER_ASSIGNED", WhatsAppView.of(before.whatsapp()), WhatsAppView.of(after.whatsapp()));
        return Reply.ok(WhatsAppView.of(after.whatsapp()));
    }

    private Tenant existing(Call call) {
        return tenants.find(call.id("tenantId", TenantId::new)).filter(t -> t.status() != TenantStatus.HARD_DELETED)
                .orElseThrow(ApiProblem::notFound);
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("currency", "is an ISO-4217 code such as USD.");
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            throw ApiProblem.invalid("timezone", "is an IANA zone such as Europe/Berlin.");
        }
    }
}
