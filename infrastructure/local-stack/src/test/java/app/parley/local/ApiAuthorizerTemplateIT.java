package app.parley.local;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.engines.CloudTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * template.yaml's HTTP API authorizer against the API's own operations (its OpenAPI document): every public
 * operation has a route without authorizer, every other /api operation is reached only through the JWT
 * authorizer, which trusts the issuer and audience the API function signs with.
 */
class ApiAuthorizerTemplateIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTHORIZER = "AccessToken";
    private static LocalStack stack;
    private static JsonNode openApi;
    private static JsonNode resources;

    record Route(String function, String method, String path, String authorizer) {
        String key() { return method + " " + path; }
        boolean open() { return "NONE".equals(authorizer); }
    }

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(new LaunchOptions(Optional.empty(), 0, TEMPLATE, Optional.empty()), List.of(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        HttpResponse<String> doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.baseUrl().resolve("/api/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(doc.statusCode()).isEqualTo(200);
        openApi = JSON.readTree(doc.body());
        resources = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(TEMPLATE)).path("Resources");
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void every_public_operation_has_its_own_route_without_the_authorizer_and_no_other_api_route_skips_it() {
        Set<String> publicOps = operations(true);
        Set<String> openApiRoutes = new TreeSet<>();
        routes().stream().filter(r -> r.open() && r.function().equals("ApiFunction")).forEach(r -> openApiRoutes.add(r.key()));

        assertThat(publicOps).contains("POST /api/auth/login", "POST /api/auth/refresh", "GET /api/auth/jwks.json", "GET /health");
        assertThat(openApiRoutes).isEqualTo(publicOps);
    }

    @Test
    void every_other_operation_is_reached_only_through_the_catch_all_or_a_payments_or_documents_route_behind_the_jwt_authorizer() {
        Set<String> signedIn = operations(false);
        List<Route> apiRoutes = routes().stream().filter(r -> r.path().startsWith("/api/")).toList();

        assertThat(signedIn).hasSizeGreaterThan(50).allMatch(op -> op.split(" ")[1].startsWith("/api/"));
        assertThat(apiRoutes).filteredOn(r -> !r.open()).extracting(Route::key, Route::authorizer, Route::function)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ANY /api/{proxy+}", "", "ApiFunction"),
                        org.assertj.core.groups.Tuple.tuple("POST /api/billing/checkout", "", "PaymentsFunction"),
                        org.assertj.core.groups.Tuple.tuple("GET /api/billing/invoices/{period}/pdf", "", "DocumentsFunction"),
                        org.assertj.core.groups.Tuple.tuple("GET /api/quotations/{quotationId}/pdf", "", "DocumentsFunction"),
                        org.assertj.core.groups.Tuple.tuple("POST /api/quotations/{quotationId}/send", "", "DocumentsFunction"));
        assertThat(signedIn).as("the payments and documents functions' routes are documented signed-in operations")
                .containsAll(apiRoutes.stream().filter(r -> !r.function().equals("ApiFunction")).map(Route::key).toList());
        assertThat(apiRoutes).filteredOn(Route::open).extracting(Route::key).doesNotContainAnyElementsOf(signedIn);
        assertThat(resources.path("HttpApi").path("Properties").path("Auth").path("DefaultAuthorizer").asText()).isEqualTo(AUTHORIZER);
    }

    @Test
    void only_the_webhooks_and_health_are_open_outside_the_api() {
        List<String> outside = routes().stream().filter(r -> !r.path().startsWith("/api/")).map(r -> r.key() + " " + r.authorizer()).toList();

        assertThat(outside).containsExactlyInAnyOrder("GET /health NONE", "GET /webhooks/whatsapp NONE",
                "POST /webhooks/whatsapp NONE", "POST /webhooks/stripe NONE");
    }

    @Test
    void the_authorizer_trusts_the_issuer_and_audience_the_api_function_signs_with() {
        JsonNode authorizer = resources.path("HttpApi").path("Properties").path("Auth").path("Authorizers").path(AUTHORIZER);
        JsonNode env = resources.path("ApiFunction").path("Properties").path("Environment").path("Variables");

        assertThat(authorizer.path("IdentitySource").asText()).isEqualTo("$request.header.Authorization");
        assertThat(authorizer.path("JwtConfiguration").path("issuer")).isEqualTo(env.path("JWT_ISSUER"));
        assertThat(authorizer.path("JwtConfiguration").path("audience")).containsExactly(env.path("JWT_AUDIENCE"));
        assertThat(openApi.path("paths").path("/api/auth/.well-known/openid-configuration").path("get").path("security")).isEmpty();
    }

    @Test
    void the_local_stack_reads_the_same_authorizer_for_each_route() {
        List<String> routes = new ArrayList<>();
        CloudTemplate.load(TEMPLATE, LocalStack.STACK_NAME).functions().forEach(f -> f.events().forEach(e -> {
            if (e instanceof CloudTemplate.EventSpec.HttpRoute r) {
                routes.add(r.method() + " " + r.path() + " " + r.authorizer().map(a -> a.name() + a.audience()).orElse("NONE"));
            }
        }));

        assertThat(routes).contains("ANY /api/{proxy+} AccessToken[parley-admin-api]", "POST /api/auth/login NONE",
                "POST /webhooks/stripe NONE", "GET /health NONE");
    }

    private static Set<String> operations(boolean open) {
        Set<String> ops = new TreeSet<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().path("security").isEmpty() == open) ops.add(op.getKey().toUpperCase() + " " + path.getKey());
        }));
        return ops;
    }

    private static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        resources.fields().forEachRemaining(resource -> resource.getValue().path("Properties").path("Events").forEach(event -> {
            JsonNode props = event.path("Properties");
            if (!"HttpApi".equals(event.path("Type").asText())) return;
            assertThat(props.path("ApiId").asText()).as(resource.getKey()).isEqualTo("HttpApi");
            routes.add(new Route(resource.getKey(), props.path("Method").asText(), props.path("Path").asText(),
                    props.path("Auth").path("Authorizer").asText()));
        }));
        return routes;
    }
}
