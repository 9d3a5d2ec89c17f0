package app.parley.tenancy.application.seed;

import app.parley.tenancy.model.Tenant;
import java.util.List;

/** The outcome of loading a seed file: all of it, or nothing and why. */
public sealed interface SeedLoad {
    /** {@code alreadyPresent}: slugs that an earlier load (durable data) had put there already. */
    record Loaded(List<Tenant> tenants, List<String> alreadyPresent) implements SeedLoad {}

    record Refused(List<SeedProblem> problems) implements SeedLoad {
        public String summary() {
            return new SeedReading.Invalid(problems).summary();
        }
    }
}
