package app.parley.local;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.engines.CloudTemplate;
import app.parley.local.seed.SeedStep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin API as a browser reaches it: through the front door, with the local secret store. */
class ApiThroughFrontDoorIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalStack stack;

    @BeforeAll
    static void start() {
        Path seed = TEMPLATE.getParent().resolveSibling("shared").resolve("eval/seed.json");
        stack = LocalStack.start(new LaunchOptions(Optional.of(seed), 0, TEMPLATE, Optional.empty()), List.of(new SeedStep()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void a_tenant_admin_logs_in_and_lists_only_the_own_catalog() throws Exception {
        String token = login("admin@bloom.example", "Bloom-Admin-2026!").path("accessToken").asText();

        HttpResponse<String> services = HTTP.send(HttpRequest.newBuilder(stack.baseUrl().resolve("/api/services"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(services.statusCode()).isEqualTo(200);
        List<String> names = JSON.readTree(services.body()).path("items").findValuesAsText("name");
        assertThat(names).contains("Classic rose bouquet", "Orchid in ceramic pot").doesNotContain("Teeth whitening");
    }

    @Test
    void a_token_issued_by_one_function_container_verifies_in_the_next_request() throws Exception {
        JsonNode pair = login("owner@platform.example", "Platform-Owner-2026!");

        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(stack.baseUrl().resolve("/api/me"))
                .header("Authorization", "Bearer " + pair.path("accessToken").asText()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(pair.path("refreshToken").asText()).isNotBlank();
    }

    private static JsonNode login(String email, String password) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(stack.baseUrl().resolve("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("email", email, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
