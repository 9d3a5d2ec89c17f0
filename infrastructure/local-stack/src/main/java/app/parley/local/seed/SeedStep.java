package app.parley.local.seed;

import app.parley.auth.passwords.PasswordHasher;
import app.parley.local.StartupContext;
import app.parley.local.StartupFailure;
import app.parley.local.StartupStep;
import app.parley.persistence.Tables;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.tenancy.application.seed.SeedLoad;
import app.parley.tenancy.infrastructure.SeedWiring;
import app.parley.tenancy.model.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Loads the {@code --seed} file, or the built-in demo tenant when none is given, through the
 * same validation as the admin API. A bad file stops the start with the problem named by field.
 */
public final class SeedStep implements StartupStep {
    static final String DEMO_SEED = "/demo-seed.json";

    @Override
    public void run(StartupContext context) {
        byte[] content = context.seedFile().map(SeedStep::read).orElseGet(SeedStep::demo);
        SeedLoad load = SeedWiring.loadingSeed(Tables.fromEnvironment(TenantCryptos.fromEnvironment()), PasswordHasher.owasp(), Clock.systemUTC()).load(content);
        switch (load) {
            case SeedLoad.Refused refused -> throw new StartupFailure(refused.summary());
            case SeedLoad.Loaded loaded -> announce(loaded, context);
        }
    }

    private static void announce(SeedLoad.Loaded loaded, StartupContext context) {
        PrintStream out = context.console();
        for (Tenant tenant : loaded.tenants()) out.println("Tenant loaded: " + tenant.name() + " (" + tenant.slug() + ")");
        for (String slug : loaded.alreadyPresent()) out.println("Tenant kept from earlier run: " + slug);
        if (context.seedFile().isEmpty()) DemoLogins.print(out);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StartupFailure("the seed file " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static byte[] demo() {
        try (InputStream in = SeedStep.class.getResourceAsStream(DEMO_SEED)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new StartupFailure("the demo seed is missing from the build");
        }
    }
}
