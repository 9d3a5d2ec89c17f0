package app.parley.local.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.model.Email;
import app.parley.local.LaunchOptions;
import app.parley.local.LocalStack;
import app.parley.local.StartupFailure;
import app.parley.local.engines.CloudTemplate;
import app.parley.persistence.Tables;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.TenantStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedStepIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(printed, true, StandardCharsets.UTF_8);

    static Path evalSeed() {
        return TEMPLATE.getParent().resolveSibling("shared").resolve("eval/seed.json");
    }

    private LocalStack start(Optional<Path> seed) {
        return LocalStack.start(new LaunchOptions(seed, 0, TEMPLATE, Optional.empty()), List.of(new SeedStep()), console);
    }

    @Test
    void the_evaluation_seed_loads_both_tenants_before_ready() {
        try (LocalStack stack = start(Optional.of(evalSeed()))) {
            var tenants = new DynamoTenants(Tables.fromEnvironment(TenantCryptos.fromEnvironment()));
            assertThat(tenants.idForSlug("sunrise-dental")).isPresent();
            assertThat(tenants.find(tenants.idForSlug("bloom-and-stem").orElseThrow()).orElseThrow().status())
                    .isEqualTo(TenantStatus.ACTIVE);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Sunrise Dental Clinic", "Bloom & Stem Florist");
        }
    }

    @Test
    void without_a_seed_the_demo_tenant_and_its_logins_are_there() {
        try (LocalStack stack = start(Optional.empty())) {
            assertThat(new DynamoTenants(Tables.fromEnvironment(TenantCryptos.fromEnvironment())).idForSlug("harbour-bikes")).isPresent();
            assertThat(new DynamoUsers(Tables.fromEnvironment(TenantCryptos.fromEnvironment())).findByEmail(new Email("admin@harbour-bikes.example"))).isPresent();
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("admin@harbour-bikes.example");
        }
    }

    @Test
    void a_bad_seed_file_stops_the_start_naming_the_field(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("seed.json");
        Files.writeString(bad, Files.readString(evalSeed()).replace("\"currency\": \"USD\"", "\"currency\": \"DOLLARS\""));

        assertThatThrownBy(() -> start(Optional.of(bad)))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("tenants[1].currency");
    }
}
