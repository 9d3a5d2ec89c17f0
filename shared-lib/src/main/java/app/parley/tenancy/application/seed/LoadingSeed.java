package app.parley.tenancy.application.seed;

import app.parley.auth.application.Users;
import app.parley.auth.model.Email;
import app.parley.auth.model.User;
import app.parley.auth.model.UserCreation;
import app.parley.auth.model.UserId;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.tenancy.application.PhoneNumberRoutes;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.application.TenantPurge;
import app.parley.tenancy.application.seed.SeedFile.SeedTenant;
import app.parley.tenancy.model.Tenant;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a seed file through the same validation and repositories as the admin API: the file is
 * validated whole and checked against what is stored before anything is written, and a failure
 * while writing removes every tenant this load created, so nothing half-loaded stays behind.
 * Tenants whose slug is already stored (a durable data dir loaded earlier) are left as they are.
 */
public final class LoadingSeed {
    private static final String SUPER_ADMIN_NAME = "Platform owner";

    private final Tenants tenants;
    private final Users users;
    private final PhoneNumberRoutes routes;
    private final TenantPurge purge;
    private final SeedTenantWriter writer;
    private final PasswordHasher hasher;

    public LoadingSeed(Tenants tenants, Users users, PhoneNumberRoutes routes, TenantPurge purge,
                       SeedTenantWriter writer, PasswordHasher hasher) {
        this.tenants = tenants;
        this.users = users;
        this.routes = routes;
        this.purge = purge;
        this.writer = writer;
        this.hasher = hasher;
    }

    public SeedLoad load(byte[] content) {
        return switch (SeedReader.read(content)) {
            case SeedReading.Invalid invalid -> new SeedLoad.Refused(invalid.problems());
            case SeedReading.Valid valid -> load(valid.seed());
        };
    }

    private SeedLoad load(SeedFile seed) {
        List<SeedTenant> fresh = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (SeedTenant t : seed.tenants()) {
            if (tenants.idForSlug(t.slug()).isPresent()) present.add(t.slug());
            else fresh.add(t);
        }
        List<SeedProblem> conflicts = conflictsWithStoredData(seed, fresh);
        if (!conflicts.isEmpty()) return new SeedLoad.Refused(conflicts);
        return write(seed, fresh, present);
    }

    private List<SeedProblem> conflictsWithStoredData(SeedFile seed, List<SeedTenant> fresh) {
        List<SeedProblem> problems = new ArrayList<>();
        for (SeedTenant t : fresh) {
            String at = "tenants[" + seed.tenants().indexOf(t) + "]";
            if (t.whatsapp().mode().equals("cloud") && routes.tenantFor(t.whatsapp().phoneNumberId()).isPresent()) {
                problems.add(new SeedProblem(at + ".whatsapp.phoneNumberId", "\"" + t.whatsapp().phoneNumberId() + "\" is connected to another tenant"));
            }
            for (int u = 0; u < t.users().size(); u++) {
                if (users.findByEmail(new Email(t.users().get(u).email())).isPresent()) {
                    problems.add(new SeedProblem(at + ".users[" + u + "].email", "\"" + t.users().get(u).email() + "\" already belongs to an account"));
                }
            }
        }
        return problems;
    }

    private SeedLoad write(SeedFile seed, List<SeedTenant> fresh, List<String> present) {
        List<Tenant> created = new ArrayList<>();
        try {
            for (SeedTenant t : fresh) {
                switch (writer.write(t)) {
                    case SeedTenantWriter.Written written -> created.add(written.tenant());
                    case SeedTenantWriter.Conflict conflict -> {
                        undo(created);
                        return new SeedLoad.Refused(List.of(new SeedProblem(
                                "tenants[" + seed.tenants().indexOf(t) + "]." + conflict.field(), conflict.message())));
                    }
                }
            }
            seed.superAdmin().ifPresent(this::ensureSuperAdmin);
            return new SeedLoad.Loaded(List.copyOf(created), List.copyOf(present));
        } catch (RuntimeException e) {
            undo(created);
            throw e;
        }
    }

    private void ensureSuperAdmin(SeedFile.Login login) {
        Email email = new Email(login.email());
        if (users.findByEmail(email).isPresent()) return;
        UserCreation creation = users.create(User.ofPlatform(UserId.newId(), email, SUPER_ADMIN_NAME, hasher.hash(login.password())));
        if (creation instanceof UserCreation.EmailTaken) {
            throw new IllegalStateException("the super admin email was claimed while the seed was loading");
        }
    }

    private void undo(List<Tenant> created) {
        created.forEach(purge::purge);
    }
}
