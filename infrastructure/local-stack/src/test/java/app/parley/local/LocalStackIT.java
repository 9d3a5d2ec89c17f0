package app.parley.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.local.engines.CloudTemplate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LocalStackIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private final HttpClient http = HttpClient.newHttpClient();
    private final PrintStream console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void starts_from_the_template_and_answers_health_only_once_every_step_ran() throws Exception {
        AtomicInteger healthDuringSteps = new AtomicInteger();
        AtomicReference<StartupContext> seen = new AtomicReference<>();
        StartupStep seeding = context -> {
            seen.set(context);
            healthDuringSteps.set(statusOrMinusOne(context.baseUrl().resolve("/health")));
        };
        LaunchOptions options = new LaunchOptions(Optional.of(Path.of("seed.json")), 0, TEMPLATE, Optional.empty());

        try (LocalStack stack = LocalStack.start(options, List.of(seeding), console)) {
            assertThat(healthDuringSteps).hasValue(503);
            assertThat(status(stack.baseUrl().resolve("/health"))).isEqualTo(200);
            assertThat(seen.get().seedFile()).contains(Path.of("seed.json"));
            assertThat(seen.get().environment())
                    .containsEntry("TENANT_TABLE", "parley-tenant-data")
                    .containsEntry("STAGE", "dev")
                    .containsEntry("AWS_REGION", "us-east-1")
                    .containsEntry("AI_PROVIDER", "local")
                    .containsKeys("WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN", "AWS_ENDPOINT_URL_DYNAMODB");
            assertThat(seen.get().environment().get("INBOUND_QUEUE_URL"))
                    .matches("http://127\\.0\\.0\\.1:\\d+/000000000000/parley-inbound\\.fifo");
            assertThat(app.parley.config.Env.require("TENANT_TABLE")).isEqualTo("parley-tenant-data");
            assertThat(stack.startupTime()).isLessThan(java.time.Duration.ofSeconds(60));
        }
    }

    @Test
    void a_refusing_step_stops_the_start_and_releases_the_port() {
        AtomicReference<URI> baseUrl = new AtomicReference<>();
        StartupStep badSeed = context -> {
            baseUrl.set(context.baseUrl());
            throw new StartupFailure("tenants[0].currency: 'EURO' is not an ISO-4217 code");
        };
        LaunchOptions options = new LaunchOptions(Optional.empty(), 0, TEMPLATE, Optional.empty());

        assertThatThrownBy(() -> LocalStack.start(options, List.of(badSeed), console))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("tenants[0].currency");
        assertThatThrownBy(() -> status(baseUrl.get().resolve("/health"))).isInstanceOf(ConnectException.class);
    }

    private int status(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.discarding()).statusCode();
    }

    private int statusOrMinusOne(URI uri) {
        try {
            return status(uri);
        } catch (Exception e) {
            return -1;
        }
    }
}
