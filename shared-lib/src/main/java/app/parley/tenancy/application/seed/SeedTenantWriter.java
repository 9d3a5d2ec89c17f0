package app.parley.tenancy.application.seed;

import app.parley.auth.application.Users;
import app.parley.auth.model.Email;
import app.parley.auth.model.Role;
import app.parley.auth.model.User;
import app.parley.auth.model.UserCreation;
import app.parley.auth.model.UserId;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.catalog.application.Faqs;
import app.parley.catalog.application.LookupTables;
import app.parley.catalog.application.Services;
import app.parley.catalog.model.Faq;
import app.parley.catalog.model.FaqId;
import app.parley.catalog.model.LookupTable;
import app.parley.catalog.model.Service;
import app.parley.catalog.model.ServiceId;
import app.parley.catalog.model.ServiceKind;
import app.parley.common.model.Money;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.application.RegisteringTenants;
import app.parley.tenancy.application.TenantPurge;
import app.parley.tenancy.application.seed.SeedFile.SeedTenant;
import app.parley.tenancy.model.AiSettings;
import app.parley.tenancy.model.LifecycleAction;
import app.parley.tenancy.model.LifecycleChange;
import app.parley.tenancy.model.RegisterTenant;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantProfile;
import app.parley.tenancy.model.TenantRegistration;
import app.parley.tenancy.model.WhatsAppConnection;
import app.parley.tenancy.model.WorkingHours;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** Writes one validated seed tenant, active, with its staff, catalog, FAQs and lookup tables. */
public final class SeedTenantWriter {
    private final RegisteringTenants registering;
    private final ChangingTenantLifecycle lifecycle;
    private final Users users;
    private final Services services;
    private final Faqs faqs;
    private final LookupTables lookups;
    private final TenantPurge purge;
    private final PasswordHasher hasher;

    public SeedTenantWriter(RegisteringTenants registering, ChangingTenantLifecycle lifecycle, Users users,
                            Services services, Faqs faqs, LookupTables lookups, TenantPurge purge, PasswordHasher hasher) {
        this.registering = registering;
        this.lifecycle = lifecycle;
        this.users = users;
        this.services = services;
        this.faqs = faqs;
        this.lookups = lookups;
        this.purge = purge;
        this.hasher = hasher;
    }

    public sealed interface Outcome {}

    public record Written(Tenant tenant) implements Outcome {}

    /** Someone else claimed a unique value while the seed was loading; this tenant was removed again. */
    public record Conflict(String field, String message) implements Outcome {}

    public Outcome write(SeedTenant t) {
        return switch (registering.register(command(t))) {
            case TenantRegistration.SlugTaken taken -> new Conflict("slug", "\"" + taken.slug() + "\" is taken");
            case TenantRegistration.PhoneNumberTaken taken ->
                    new Conflict("whatsapp.phoneNumberId", "\"" + taken.phoneNumberId() + "\" is connected to another tenant");
            case TenantRegistration.Registered registered -> fill(registered.tenant(), t);
        };
    }

    private Outcome fill(Tenant tenant, SeedTenant t) {
        try {
            for (int i = 0; i < t.users().size(); i++) {
                SeedFile.SeedUser u = t.users().get(i);
                User user = User.ofTenant(tenant.id(), UserId.newId(), new Email(u.email()), u.name(), Role.valueOf(u.role()), hasher.hash(u.password()));
                if (users.create(user) instanceof UserCreation.EmailTaken) {
                    purge.purge(tenant);
                    return new Conflict("users[" + i + "].email", "\"" + u.email() + "\" already belongs to an account");
                }
            }
            t.services().forEach(s -> services.save(service(tenant, s)));
            t.faqs().forEach(f -> faqs.save(new Faq(tenant.id(), FaqId.newId(), f.question(), f.answer())));
            t.lookups().forEach((name, values) -> lookups.save(new LookupTable(tenant.id(), name, values)));
            return activate(tenant);
        } catch (RuntimeException e) {
            purge.purge(tenant);
            throw e;
        }
    }

    private Outcome activate(Tenant tenant) {
        return switch (lifecycle.change(tenant.id(), LifecycleAction.ACTIVATE)) {
            case LifecycleChange.Changed changed -> new Written(changed.tenant());
            case LifecycleChange other -> throw new IllegalStateException("a new tenant could not be activated: " + other);
        };
    }

    private static Service service(Tenant tenant, SeedFile.SeedService s) {
        return new Service(tenant.id(), ServiceId.newId(), ServiceKind.valueOf(s.kind()), s.name(),
                Money.of(s.price(), tenant.currency().getCurrencyCode()), s.description(), s.keywords(), s.includes());
    }

    private static RegisterTenant command(SeedTenant t) {
        WhatsAppConnection whatsapp = t.whatsapp().mode().equals("cloud")
                ? new WhatsAppConnection.Cloud(t.whatsapp().phoneNumberId(), t.whatsapp().displayPhoneNumber())
                : new WhatsAppConnection.Unofficial();
        TenantProfile profile = new TenantProfile(t.profile().getOrDefault("about", ""),
                t.profile().getOrDefault("address", ""), t.profile().getOrDefault("phone", ""));
        return new RegisterTenant(t.slug(), t.name(), Currency.getInstance(t.currency()), ZoneId.of(t.timezone()),
                Locale.forLanguageTag(t.locale()), profile,
                t.workingHours().isEmpty() ? WorkingHours.always() : new WorkingHours(t.workingHours()),
                whatsapp, new AiSettings(t.ai().enabled(), t.ai().confidenceThreshold(), t.ai().allowedResponseTypes()));
    }
}
